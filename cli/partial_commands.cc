#include "cli/partial_commands.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
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

// Every part read (and checked) before anything is written.
PartialGraph ReadParts(const std::vector<std::string>& parts) {
  PartialGraph merged;
  for (const std::string& part : parts) merged.Merge(PartialGraph::Read(part));
  return merged;
}

void MergeToDirectory(MergeOptions& options, InterruptCleanup& interrupts) {
  std::vector<std::unique_ptr<GraphWriter>> writers = MakeWriters(options);
  PartialGraph merged = ReadParts(options.parts);
  options.actors.capitals_as_countries = !options.no_capitals;
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

void MergeToPartial(const MergeOptions& options, InterruptCleanup& interrupts) {
  PartialGraphFile file(options.partial_output, {}, interrupts);
  PartialGraph merged = ReadParts(options.parts);
  file.Commit(merged);
  std::cerr << "newsgraph: " << merged.documents() << " documents merged into "
            << EscapeForTerminal(options.partial_output) << '\n';
}

}  // namespace

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

PartialGraph ReadBuildPartial(const std::string& directory) {
  const std::filesystem::path path = std::filesystem::path(directory) / kBuildPartialName;
  std::error_code error;
  if (!std::filesystem::exists(path, error))
    throw std::runtime_error("cannot --update " + directory + ": it holds no " +
                             kBuildPartialName + " from an earlier build (build without "
                             "--update first)");
  return PartialGraph::Read(path.string());
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
