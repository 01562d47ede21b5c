#include "cli/partial_commands.h"

#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli/output_checks.h"
#include "cli/summary.h"
#include "cli/terminal_text.h"
#include "export/dyad_writer.h"
#include "extract/text/calendar.h"
#include "extract/text/gzip_stream.h"

namespace newsgraph {
namespace {

// The graph options of `merge`, bound to its flags; the same flags and meanings as `build`'s.
struct MergeOptions {
  std::vector<std::string> parts;
  std::string output;
  std::string partial_output;
  std::vector<std::string> formats = DefaultGraphFormats();
  std::string merge_log;
  std::string color = "type";
  std::string sectors = "merge";
  std::string time_basis = "event";
  std::string period = "none";
  bool zero_fill = false;
  bool no_capitals = false;
  GraphOptions graph;
  ActorDictionaryOptions actors;
};

void AddGraphFlags(CLI::App& command, MergeOptions& options) {
  command
      .add_option("--formats", options.formats,
                  "Comma-separated formats, as for build: graphml, gexf, cypher, json, "
                  "graphology, neo4j-csv")
      ->delimiter(',')
      ->default_str(CLI::detail::join(DefaultGraphFormats(), ","));
  command.add_option("--color", options.color, "Node colours in the GEXF: type or community")
      ->check(CLI::IsMember({"type", "community"}));
  command.add_option("--merge-log", options.merge_log,
                     "Write which surface forms merged into each node, and by which rule");
  command.add_flag("--include-negated", options.graph.include_negated,
                   "Also draw negated facts, as edges labelled \"not ...\"");
  command.add_flag("--keep-isolated", options.graph.keep_isolated, "Keep nodes without an edge");
  command.add_option("--sectors", options.sectors, "merge or split, as for build")
      ->check(CLI::IsMember({"merge", "split"}));
  command.add_option("--time-basis", options.time_basis, "event or report, as for build")
      ->check(CLI::IsMember({"event", "report"}));
  command
      .add_option("--period", options.period,
                  "Per-period counts and DIR/dyads.csv: day, week, month, quarter or year")
      ->check(CLI::IsMember({"none", "day", "week", "month", "quarter", "year"}));
  command.add_flag("--zero-fill", options.zero_fill, "In dyads.csv, also write rows of zeros")
      ->needs(command.get_option("--period"));
}

void AddDictionaryFlags(CLI::App& command, MergeOptions& options) {
  command.add_flag("--no-capitals", options.no_capitals,
                   "Keep capitals apart from their countries (give it as to extract)");
  command
      .add_option("--aliases", options.actors.alias_file,
                  "User alias file (JSON); give the one the partials were extracted with")
      ->check(CLI::ExistingFile);
  command
      .add_option("--actors", options.actors.actor_files,
                  "PETRARCH/TABARI actor dictionary (repeatable), as given to extract")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)
      ->take_all();
}

std::vector<std::unique_ptr<GraphWriter>> MakeWriters(MergeOptions& options) {
  GraphWriterOptions writer_options;
  if (options.color == "community") writer_options.node_coloring = NodeColoring::kByCommunity;
  std::vector<std::unique_ptr<GraphWriter>> writers;
  for (const std::string& format : options.formats)
    writers.push_back(MakeGraphWriter(format, writer_options));
  options.graph.period = *ParsePeriodUnit(options.period);
  if (options.graph.period != PeriodUnit::kNone)
    writers.push_back(std::make_unique<DyadTableWriter>(options.graph.period, options.zero_fill));
  options.graph.time_basis =
      options.time_basis == "report" ? TimeBasis::kReport : TimeBasis::kEvent;
  options.graph.split_sectors = options.sectors == "split";
  return writers;
}

// Every part read (and checked against the dictionary options of the merge) before anything is
// written.
PartialGraph ReadParts(MergeOptions& options) {
  options.actors.capitals_as_countries = !options.no_capitals;
  const std::string dictionary = DictionaryFingerprint(options.actors);
  PartialGraph merged;
  merged.set_dictionary(dictionary);
  for (const std::string& part : options.parts) {
    PartialGraph partial = PartialGraph::Read(part);
    CheckSameDictionary(partial, dictionary, part);
    merged.Merge(std::move(partial));
  }
  return merged;
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read " + path);
  return text.str();
}

void MergeToDirectory(MergeOptions& options, InterruptCleanup& interrupts) {
  std::vector<std::unique_ptr<GraphWriter>> writers = MakeWriters(options);
  PartialGraph merged = ReadParts(options);
  const ActorDictionary actors = ActorDictionary::LoadEmbedded(options.actors);
  for (const std::string& warning : actors.warnings())
    std::cerr << "newsgraph: " << EscapeForTerminal(warning) << '\n';
  StagedOutputs staged(options.output, GraphDirectoryFiles(writers));
  CleanupOnInterrupt staged_cleanup(interrupts, [&staged] { staged.Abandon(); });
  std::unique_ptr<AtomicFile> log;
  if (!options.merge_log.empty()) log = std::make_unique<AtomicFile>(options.merge_log);
  const std::string log_temporary = log ? log->temporary_path() : "";
  CleanupOnInterrupt log_cleanup(interrupts, [log_temporary] {
    if (!log_temporary.empty()) ::unlink(log_temporary.c_str());
  });
  WriteGraphDirectory(merged, actors, options.graph, writers, staged, log.get(),
                      EscapeForTerminal(options.output));
}

void MergeToPartial(MergeOptions& options, InterruptCleanup& interrupts) {
  PartialGraphFile file(options.partial_output, {}, interrupts);
  PartialGraph merged = ReadParts(options);
  file.Commit(merged);
  std::cerr << "newsgraph: " << merged.documents() << " documents merged into "
            << EscapeForTerminal(options.partial_output) << '\n';
}

}  // namespace

std::string DictionaryFingerprint(const ActorDictionaryOptions& options) {
  std::string made_of = options.capitals_as_countries ? "capitals\n" : "no capitals\n";
  if (!options.alias_file.empty()) made_of += "aliases\n" + ReadWhole(options.alias_file);
  for (const std::string& file : options.actor_files) made_of += "\nactors\n" + ReadWhole(file);
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bits
  for (const char c : made_of) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char text[17];
  std::snprintf(text, sizeof text, "%016" PRIx64, hash);
  return text;
}

void CheckSameDictionary(const PartialGraph& partial, const std::string& fingerprint,
                         const std::string& name) {
  if (partial.dictionary() == fingerprint) return;
  throw std::runtime_error(name +
                           " was extracted with other actor dictionary options (--aliases, "
                           "--actors, --no-capitals, or their files' contents) than given "
                           "here; give the same ones");
}

PartialGraphFile::PartialGraphFile(const std::string& path, const std::vector<std::string>& inputs,
                                   InterruptCleanup& interrupts)
    : path_((CheckOutputIsNotAnInput(path, inputs), path)),
      file_(path),
      cleanup_(interrupts, [temporary = file_.temporary_path()] {
        if (!temporary.empty()) ::unlink(temporary.c_str());
      }) {}

void PartialGraphFile::Commit(PartialGraph& partial) {
  WritePartialGraph(partial, file_.stream(), HasGzipSuffix(path_));
  file_.Commit();
}

void WritePartialGraph(PartialGraph& partial, std::ostream& out, bool gzip) {
  if (!gzip) {
    partial.Write(out);
    return;
  }
  GzipOutputBuffer buffer(out);
  std::ostream compressed(&buffer);
  partial.Write(compressed);
  buffer.Finish();
}

std::vector<std::string> GraphDirectoryFiles(
    const std::vector<std::unique_ptr<GraphWriter>>& writers) {
  std::vector<std::string> names;
  for (const auto& writer : writers) {
    for (const std::string& name : writer->FileNames()) names.push_back(name);
  }
  names.push_back(kBuildPartialName);
  return names;
}

void WriteGraphDirectory(PartialGraph& partial, const ActorDictionary& actors,
                         const GraphOptions& options,
                         const std::vector<std::unique_ptr<GraphWriter>>& writers,
                         StagedOutputs& staged, AtomicFile* log, const std::string& output) {
  GraphBuilder builder(actors, options);
  partial.AddTo(builder);
  const KnowledgeGraph graph = builder.Build();
  for (const auto& writer : writers) {
    for (const std::string& name : writer->FileNames()) {
      staged.Write(
          name, [&](std::ostream& out) { writer->WriteFile(graph, name, out); },
          writer->IsExecutable(name));
    }
  }
  staged.Write(kBuildPartialName,
               [&](std::ostream& out) { WritePartialGraph(partial, out, true); });
  staged.Commit();
  if (log != nullptr) {
    builder.WriteMergeLog(log->stream());
    log->Commit();
  }
  std::cerr << "newsgraph: " << BuildSummary(partial.documents(), graph, output) << '\n';
  if (options.period != PeriodUnit::kNone)
    std::cerr << "newsgraph: " << PeriodSummary(graph) << '\n';
}

PartialGraph StartBuildPartial(const std::string& directory, bool update,
                               const ActorDictionaryOptions& actors) {
  const std::string dictionary = DictionaryFingerprint(actors);
  PartialGraph partial;
  if (update) {
    const std::filesystem::path path = std::filesystem::path(directory) / kBuildPartialName;
    std::error_code error;
    if (!std::filesystem::exists(path, error))
      throw std::runtime_error("cannot --update " + directory + ": it holds no " +
                               kBuildPartialName +
                               " from an earlier build (build without "
                               "--update first)");
    partial = PartialGraph::Read(path.string());
    CheckSameDictionary(partial, dictionary, path.string());
  }
  partial.set_dictionary(dictionary);
  return partial;
}

void AddMergeCommand(CLI::App& app, InterruptCleanup& interrupts) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge", "Merge partial graphs (extract --partial) into a graph, or into one partial");
  command->add_option("parts", options->parts, "Partial graph files (.partial or .partial.gz)")
      ->required()
      ->check(CLI::ExistingFile);
  CLI::Option* output =
      command->add_option("-o,--output", options->output, "Output directory, as for build");
  command
      ->add_option("--partial", options->partial_output,
                   "Write the merged partial graph to this file instead (gzip when it ends in "
                   ".gz), for merging in a tree")
      ->excludes(output);
  AddGraphFlags(*command, *options);
  AddDictionaryFlags(*command, *options);
  command->footer(
      "Example:\n  newsgraph extract shard1/ --partial 1.partial.gz\n"
      "  newsgraph extract shard2/ --partial 2.partial.gz\n"
      "  newsgraph merge 1.partial.gz 2.partial.gz -o out/\n"
      "The graph equals `newsgraph build shard1/ shard2/ -o out/` byte for byte (README, "
      "\"Extract once, merge anywhere\").");
  command->callback([options, &interrupts]() {
    if (options->output.empty() == options->partial_output.empty())
      throw std::runtime_error("merge needs -o DIR or --partial FILE");
    if (!options->partial_output.empty()) {
      MergeToPartial(*options, interrupts);
    } else {
      MergeToDirectory(*options, interrupts);
    }
  });
}

}  // namespace newsgraph
