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
  GraphFlags graph;  // the same flags and meanings as build's
  bool no_capitals = false;
  ActorDictionaryOptions actors;
};

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
  const GraphPlan plan = MakeGraphPlan(options.graph);
  if (!options.graph.merge_log.empty())
    CheckOutputIsNotAnInput(options.graph.merge_log, options.parts);
  PartialGraph merged = ReadParts(options);
  const ActorDictionary actors = ActorDictionary::LoadEmbedded(options.actors);
  for (const std::string& warning : actors.warnings())
    std::cerr << "newsgraph: " << EscapeForTerminal(warning) << '\n';
  GraphDirectoryOutputs outputs(options.output, plan, options.graph.merge_log, interrupts);
  WriteGraphDirectory(std::move(merged), actors, plan, outputs.staged(), outputs.log(),
                      EscapeForTerminal(options.output));
}

void MergeToPartial(MergeOptions& options, InterruptCleanup& interrupts) {
  PendingOutputFile file(options.partial_output, {}, interrupts);
  PartialGraph merged = ReadParts(options);
  file.Commit([&](std::ostream& out) { merged.Write(out); });
  std::cerr << "newsgraph: " << merged.documents() << " documents merged into "
            << EscapeForTerminal(options.partial_output) << '\n';
}

}  // namespace

GraphDirectoryOutputs::GraphDirectoryOutputs(const std::string& output, const GraphPlan& plan,
                                             const std::string& merge_log,
                                             InterruptCleanup& interrupts)
    : staged_(output, GraphDirectoryFiles(plan.writers)),
      staged_cleanup_(interrupts, [this] { staged_.Abandon(); }),
      log_(merge_log.empty() ? nullptr : std::make_unique<AtomicFile>(merge_log)),
      log_cleanup_(interrupts, [temporary = log_ ? log_->temporary_path() : std::string()] {
        if (!temporary.empty()) ::unlink(temporary.c_str());
      }) {
  if (!plan.snapshots.formats.empty()) staged_.StageFolder(std::string(kSnapshotFolder));
}

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

PendingOutputFile::PendingOutputFile(const std::string& path,
                                     const std::vector<std::string>& inputs,
                                     InterruptCleanup& interrupts)
    : path_((CheckOutputIsNotAnInput(path, inputs), path)),
      file_(path),
      cleanup_(interrupts, [temporary = file_.temporary_path()] {
        if (!temporary.empty()) ::unlink(temporary.c_str());
      }) {}

void PendingOutputFile::Commit(const std::function<void(std::ostream&)>& write) {
  WriteMaybeGzip(file_.stream(), HasGzipSuffix(path_), write);
  file_.Commit();
}

void WriteMaybeGzip(std::ostream& out, bool gzip, const std::function<void(std::ostream&)>& write) {
  if (!gzip) {
    write(out);
    return;
  }
  GzipOutputBuffer buffer(out);
  std::ostream compressed(&buffer);
  write(compressed);
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

void WriteGraphDirectory(PartialGraph&& partial, const ActorDictionary& actors,
                         const GraphPlan& plan, StagedOutputs& staged, AtomicFile* log,
                         const std::string& output) {
  const auto write_partial = [&partial](std::ostream& out) { partial.Write(out); };
  staged.Write(kBuildPartialName,
               [&](std::ostream& out) { WriteMaybeGzip(out, /*gzip=*/true, write_partial); });
  const std::size_t documents = partial.documents();
  GraphBuilder builder(actors, plan.graph);
  std::move(partial).AddTo(builder);
  const KnowledgeGraph graph =
      std::move(builder).Build(log != nullptr ? &log->stream() : nullptr);
  for (const auto& writer : plan.writers) {
    for (const std::string& name : writer->FileNames()) {
      staged.Write(
          name, [&](std::ostream& out) { writer->WriteFile(graph, name, out); },
          writer->IsExecutable(name));
    }
  }
  const std::size_t snapshot_count = WritePeriodSnapshots(graph, plan.snapshots, staged);
  staged.Commit();
  if (log != nullptr) log->Commit();
  std::cerr << "newsgraph: " << BuildSummary(documents, graph, output) << '\n';
  if (plan.graph.period != PeriodUnit::kNone)
    std::cerr << "newsgraph: " << PeriodSummary(graph) << '\n';
  if (!plan.snapshots.formats.empty())
    std::cerr << "newsgraph: " << snapshot_count << " period snapshots written to " << output
              << (output.ends_with('/') ? "" : "/") << kSnapshotFolder << "/\n";
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
  AddGraphFlags(*command, options->graph);
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
