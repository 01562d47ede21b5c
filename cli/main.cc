// The newsgraph program: parses options, runs the pipeline, reports progress and errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/train_command.h"
#include "export/graph_writer.h"
#include "extract/corpus_pipeline.h"
#include "extract/extractor.h"
#include "graph/graph_builder.h"

namespace newsgraph {
namespace {

// Options shared by `build` and `extract`.
struct RunOptions {
  PipelineOptions pipeline;
  ExtractorOptions extractor;
  bool no_capitals = false;
};

void AddRunOptions(CLI::App& command, RunOptions& options) {
  command
      .add_option("inputs", options.pipeline.inputs,
                  "Articles: .txt files, .jsonl files (id, text, title, date, source, url), "
                  "directories (recursed), or - for JSONL on standard input")
      ->required();
  command.add_flag("--keep-boilerplate", options.pipeline.keep_boilerplate,
                   "Do not remove site boilerplate (banners, footers, appeals)");
  command.add_option("--threads", options.pipeline.threads,
                     "Extraction threads (default: one per core); output is the same for any "
                     "number");
  command
      .add_option("--verbs", options.extractor.verbs_file,
                  "Extra verb patterns in the resources/verbs.tsv format")
      ->check(CLI::ExistingFile);
  command.add_flag("--no-capitals", options.no_capitals,
                   "Keep capitals apart from their countries (\"Moscow\" is not Russia)");
  command
      .add_option("--aliases", options.extractor.actors.alias_file,
                  "User alias file (JSON), overriding the shipped names: {\"actors\": "
                  "[{\"name\": \"Sergei Lavrov\", \"type\": \"PERSON\", \"aliases\": "
                  "[\"Lavrov\"], \"codes\": {\"wikidata\": \"Q207184\", \"cameo\": "
                  "\"RUSGOV\"}}], \"do_not_merge\": [[\"Bush\", \"George W. Bush\"]]}; "
                  "each do_not_merge group names actors that must stay separate nodes. "
                  "Details in resources/README.md")
      ->check(CLI::ExistingFile);
  command
      .add_option("--actors", options.extractor.actors.actor_files,
                  "PETRARCH/TABARI actor dictionary (repeatable), e.g. Phoenix.*.actors.txt: "
                  "adds actors, aliases and date-restricted CAMEO codes; names already known "
                  "keep their meaning")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)
      ->take_all();
}

// Prints the lines the actor dictionaries skipped (the first ten, then a count).
void ReportDictionaryWarnings(const ActorDictionary& actors) {
  const std::vector<std::string>& warnings = actors.warnings();
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i)
    std::cerr << "newsgraph: " << warnings[i] << '\n';
  if (warnings.size() > kShown)
    std::cerr << "newsgraph: ... and " << warnings.size() - kShown
              << " more dictionary lines skipped or read with a warning\n";
}

// A progress line on a terminal for runs longer than two seconds; silent otherwise.
class Progress {
 public:
  Progress() : start_(std::chrono::steady_clock::now()), enabled_(isatty(STDERR_FILENO)) {}
  void operator()(const PipelineStats& stats) {
    if (!enabled_) return;
    double seconds = Elapsed();
    if (seconds < 2) return;
    std::fprintf(stderr, "\r%zu documents, %.1f MB, %zu triples, %.1f MB/s   ", stats.documents,
                 stats.text_bytes / 1e6, stats.triples, stats.text_bytes / 1e6 / seconds);
    shown_ = true;
  }
  void Finish() {
    if (shown_) std::fputc('\n', stderr);
  }

 private:
  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  std::chrono::steady_clock::time_point start_;
  bool enabled_;
  bool shown_ = false;
};

void ReportDiagnostic(const Diagnostic& diagnostic) {
  std::cerr << "newsgraph: " << diagnostic.ToString() << '\n';
}

// Runs the pipeline; throws when no usable document was read.
PipelineStats Run(RunOptions& options, const std::function<void(DocumentExtraction&&)>& sink,
                  const Extractor& extractor) {
  Progress progress;
  PipelineStats stats = RunPipeline(extractor, options.pipeline, sink, ReportDiagnostic,
                                    [&](const PipelineStats& running) { progress(running); });
  progress.Finish();
  if (stats.documents == 0) throw std::runtime_error("no usable document in the input");
  return stats;
}

void AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto output = std::make_shared<std::string>();
  auto formats = std::make_shared<std::vector<std::string>>(GraphFormats());
  auto merge_log = std::make_shared<std::string>();
  auto graph_options = std::make_shared<GraphOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Extract triples from the articles and write the merged actor graph");
  AddRunOptions(*command, *options);
  command->add_option("-o,--output", *output, "Output directory (created when missing)")
      ->required();
  command->add_option("--formats", *formats, "Comma-separated formats: graphml, cypher, json")
      ->delimiter(',');
  command->add_option("--merge-log", *merge_log,
                      "Write which surface forms merged into each node, and by which rule");
  command->add_flag("--include-negated", graph_options->include_negated,
                    "Also draw negated facts, as edges labelled \"not ...\"");
  command->add_flag("--keep-isolated", graph_options->keep_isolated,
                    "Keep nodes without an edge (by default they are left out of the exports "
                    "and listed with their counts at the end of the merge log)");
  auto sectors = std::make_shared<std::string>("merge");
  command
      ->add_option("--sectors", *sectors,
                   "Actor groups of a state (\"Russian forces\" MIL, \"the Kremlin\" GOV): "
                   "merge = one node per state, split = one node per state and sector")
      ->check(CLI::IsMember({"merge", "split"}));
  command->callback([=]() {
    std::vector<std::unique_ptr<GraphWriter>> writers;
    for (const std::string& format : *formats) writers.push_back(MakeGraphWriter(format));
    std::filesystem::create_directories(*output);
    options->extractor.actors.capitals_as_countries = !options->no_capitals;
    graph_options->split_sectors = *sectors == "split";
    Extractor extractor(options->extractor);
    ReportDictionaryWarnings(extractor.actors());
    GraphBuilder builder(extractor.actors(), *graph_options);
    PipelineStats stats = Run(
        *options, [&](DocumentExtraction&& extraction) { builder.Add(extraction); }, extractor);
    KnowledgeGraph graph = builder.Build();
    for (const auto& writer : writers) {
      std::string path =
          (std::filesystem::path(*output) / ("graph." + std::string(writer->extension()))).string();
      WriteFileAtomically(path, [&](std::ostream& out) { writer->Write(graph, out); });
    }
    if (!merge_log->empty())
      WriteFileAtomically(*merge_log, [&](std::ostream& out) { builder.WriteMergeLog(out); });
    std::cerr << "newsgraph: " << stats.documents << " documents, " << graph.entity_count()
              << " nodes, " << graph.relation_count() << " edges written to " << *output << '\n';
  });
}

void AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto output = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("extract", "Write per-document mentions and triples as JSON lines");
  AddRunOptions(*command, *options);
  command->add_option("-o,--output", *output, "Output file (default: standard output)");
  command->callback([=]() {
    options->extractor.actors.capitals_as_countries = !options->no_capitals;
    Extractor extractor(options->extractor);
    ReportDictionaryWarnings(extractor.actors());
    auto write = [&](std::ostream& out) {
      Run(
          *options, [&](DocumentExtraction&& extraction) { WriteExtractionJson(extraction, out); },
          extractor);
    };
    if (output->empty() || *output == "-") {
      write(std::cout);
      std::cout.flush();
    } else {
      WriteFileAtomically(*output, write);
    }
  });
}

}  // namespace
}  // namespace newsgraph

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app("newsgraph: who-did-what-to-whom graphs from news articles");
  app.require_subcommand(1);
  newsgraph::AddBuildCommand(app);
  newsgraph::AddExtractCommand(app);
  newsgraph::AddTrainCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    std::cerr << "newsgraph: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
