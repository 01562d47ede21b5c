// The newsgraph program: parses options, runs the pipeline, reports progress and errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/boilerplate_command.h"
#include "cli/diff_command.h"
#include "cli/graph_flags.h"
#include "cli/interrupt_cleanup.h"
#include "cli/output_checks.h"
#include "cli/partial_commands.h"
#include "cli/progress.h"
#include "cli/summary.h"
#include "cli/terminal_text.h"
#include "cli/train_command.h"
#include "cli/version.h"
#include "export/dyad_writer.h"
#include "export/graph_writer.h"
#include "export/period_snapshots.h"
#include "extract/corpus_pipeline.h"
#include "extract/extractor.h"
#include "extract/text/calendar.h"
#include "extract/text/gzip_stream.h"
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
  command
      .add_option("--date", options.pipeline.reader.text_date,
                  "Date (YYYY-MM-DD) of the .txt articles whose file name does not open with one "
                  "(\"2024-02-12-talks.txt\" is dated by its name)")
      ->check([](const std::string& date) {
        return ParseIsoDate(date) ? std::string() : "expected a date YYYY-MM-DD, got " + date;
      });
  CLI::Option* keep =
      command.add_flag("--keep-boilerplate", options.pipeline.keep_boilerplate,
                       "Do not remove site boilerplate (banners, footers, appeals)");
  command
      .add_option("--boilerplate", options.pipeline.boilerplate_counts,
                  "Counts file (newsgraph learn-boilerplate) to find repeated site lines with, "
                  "instead of learning them from the inputs; give every shard the same merged "
                  "counts so their partials merge into the graph of one build")
      ->check(CLI::ExistingFile)
      ->excludes(keep)
      ->expected(1);
  command
      .add_option("--threads", options.pipeline.threads,
                  "Extraction threads; output is the same for any number")
      ->default_str("one per core");
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
    std::cerr << "newsgraph: " << EscapeForTerminal(warnings[i]) << '\n';
  if (warnings.size() > kShown)
    std::cerr << "newsgraph: ... and " << warnings.size() - kShown
              << " more dictionary lines skipped or read with a warning\n";
}

void ReportDiagnostic(const Diagnostic& diagnostic) {
  std::cerr << "newsgraph: " << EscapeForTerminal(diagnostic.ToString()) << '\n';
}

// Runs the pipeline; throws when no usable document was read.
PipelineStats Run(RunOptions& options, const std::function<void(DocumentExtraction&&)>& sink,
                  const Extractor& extractor) {
  Progress progress(InputSize(options.pipeline.inputs));
  PipelineStats stats = RunPipeline(extractor, options.pipeline, sink, ReportDiagnostic,
                                    [&](const PipelineStats& running) { progress(running); });
  progress.Finish();
  if (stats.documents == 0 && stats.skipped == 0)
    throw std::runtime_error("no usable document in the input");
  return stats;
}

InterruptCleanup& Interrupts() {
  static InterruptCleanup cleanup;
  return cleanup;
}

// Every output is checked, and its staging place made, before the extraction starts. With
// `update`, the documents of the partial an earlier build left in `output` are kept and new
// documents with the same ids skipped.
void RunBuild(RunOptions& options, const std::string& output,
              const GraphPlan& plan, const std::string& merge_log, bool update) {
  options.pipeline.reader.rename_repeated_ids = false;  // PartialGraph names them canonically
  PartialGraph partial = StartBuildPartial(output, update, options.extractor.actors);
  const std::set<std::string> held = partial.DocumentIds();
  if (update) options.pipeline.skip = [&held](const Document& d) { return held.count(d.id) > 0; };
  if (!merge_log.empty()) CheckOutputIsNotAnInput(merge_log, options.pipeline.inputs);
  GraphDirectoryOutputs outputs(output, plan, merge_log, Interrupts());
  Extractor extractor(options.extractor);
  ReportDictionaryWarnings(extractor.actors());
  PipelineStats stats = Run(
      options, [&](DocumentExtraction&& extraction) { partial.Add(extraction); }, extractor);
  if (update)
    std::cerr << "newsgraph: " << stats.documents << " new documents added, " << stats.skipped
              << " skipped (ids the graph holds)\n";
  WriteGraphDirectory(std::move(partial), extractor.actors(), plan, outputs.staged(), outputs.log(),
                      EscapeForTerminal(output));
}

// `extract --partial`: the partial graph of the inputs.
void RunExtractPartial(RunOptions& options, const std::string& path) {
  options.pipeline.reader.rename_repeated_ids = false;  // PartialGraph names them canonically
  PendingOutputFile file(path, options.pipeline.inputs, Interrupts());
  Extractor extractor(options.extractor);
  ReportDictionaryWarnings(extractor.actors());
  PartialGraph partial;
  partial.set_dictionary(DictionaryFingerprint(options.extractor.actors));
  Run(
      options, [&](DocumentExtraction&& extraction) { partial.Add(extraction); }, extractor);
  file.Commit([&](std::ostream& out) { partial.Write(out); });
}

// Extraction to a file (through an AtomicFile made before the work) or to standard output; a
// failed write stops the run with the reason.
void RunExtract(RunOptions& options, const std::string& output) {
  std::unique_ptr<AtomicFile> file;
  if (!output.empty() && output != "-") {
    CheckOutputIsNotAnInput(output, options.pipeline.inputs);
    file = std::make_unique<AtomicFile>(output);
  }
  const std::string temporary = file ? file->temporary_path() : "";
  CleanupOnInterrupt cleanup(Interrupts(), [temporary] {
    if (!temporary.empty()) ::unlink(temporary.c_str());
  });
  DescriptorBuffer standard_output(STDOUT_FILENO);
  std::ostream console(&standard_output);
  std::unique_ptr<GzipOutputBuffer> gzip;
  if (file && HasGzipSuffix(output)) gzip = std::make_unique<GzipOutputBuffer>(file->stream());
  std::ostream compressed(gzip.get());
  std::ostream& out = gzip ? compressed : file ? file->stream() : console;
  auto check = [&] {
    if (file) file->CheckWrites();
    if (!file && (standard_output.error() != 0 || !console))
      throw std::runtime_error(std::string("cannot write to standard output: ") +
                               std::strerror(standard_output.error() ? standard_output.error() : EIO));
  };
  Extractor extractor(options.extractor);
  ReportDictionaryWarnings(extractor.actors());
  Run(
      options,
      [&](DocumentExtraction&& extraction) {
        WriteExtractionJson(extraction, out);
        check();
      },
      extractor);
  out.flush();
  if (gzip) gzip->Finish();
  check();
  if (file) file->Commit();
}

void AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto output = std::make_shared<std::string>();
  auto flags = std::make_shared<GraphFlags>();
  CLI::App* command = app.add_subcommand(
      "build", "Extract triples from the articles and write the merged actor graph");
  AddRunOptions(*command, *options);
  command->add_option("-o,--output", *output, "Output directory (created when missing)")
      ->required();
  AddGraphFlags(*command, *flags);
  auto update = std::make_shared<bool>(false);
  command->add_flag("--update", *update,
                    "Add the articles to the graph built earlier in DIR (kept there as " +
                        std::string(kBuildPartialName) +
                        "), skipping document ids it holds; equal to a build over all");
  command->footer(
      "Example:\n  newsgraph build samples/ -o out/\n"
      "  newsgraph build articles.jsonl -o out/ --formats graphml,json --merge-log out/merges.txt");
  command->callback([=]() {
    options->extractor.actors.capitals_as_countries = !options->no_capitals;
    RunBuild(*options, *output, MakeGraphPlan(*flags), flags->merge_log, *update);
  });
}

void AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto output = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("extract", "Write per-document mentions and triples as JSON lines");
  AddRunOptions(*command, *options);
  CLI::Option* output_option =
      command->add_option("-o,--output", *output, "Output file (gzip when it ends in .gz)")
          ->default_str("standard output");
  auto partial = std::make_shared<std::string>();
  command
      ->add_option("--partial", *partial,
                   "Write a partial graph for `newsgraph merge` instead (gzip when the name ends "
                   "in .gz, e.g. shard1.partial.gz)")
      ->excludes(output_option);
  command->footer(
      "Example:\n  newsgraph extract samples/ -o samples.jsonl\n"
      "  newsgraph extract samples/ --partial samples.partial.gz");
  command->callback([=]() {
    options->extractor.actors.capitals_as_countries = !options->no_capitals;
    if (!partial->empty()) {
      RunExtractPartial(*options, *partial);
      return;
    }
    RunExtract(*options, *output);
  });
}

// An option without a default shows none in --help (not "=[]" for an empty list).
void HideEmptyDefaults(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_default_str() == "[]") option->default_str("");
  }
  for (CLI::App* command : app.get_subcommands({})) HideEmptyDefaults(*command);
}

}  // namespace
}  // namespace newsgraph

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  newsgraph::Interrupts();
  CLI::App app("newsgraph: who-did-what-to-whom graphs from news articles");
  app.require_subcommand(1);
  app.set_version_flag("--version", newsgraph::VersionText());
  app.option_defaults()->always_capture_default();
  app.footer("Example:\n  newsgraph build samples/ -o out/\nEach subcommand has --help.");
  newsgraph::AddBuildCommand(app);
  newsgraph::AddExtractCommand(app);
  newsgraph::AddMergeCommand(app, newsgraph::Interrupts());
  newsgraph::AddLearnBoilerplateCommand(app, newsgraph::Interrupts());
  newsgraph::AddTrainCommand(app);
  newsgraph::AddDiffCommand(app);
  newsgraph::HideEmptyDefaults(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    std::cerr << "newsgraph: " << newsgraph::EscapeForTerminal(error.what()) << '\n';
    return 1;
  }
  return 0;
}
