#include "cli/boilerplate_command.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/partial_commands.h"
#include "cli/terminal_text.h"
#include "extract/corpus_pipeline.h"

namespace newsgraph {
namespace {

struct LearnOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool merge = false;
};

// Learns (or adds up) the counts and writes them to `options.output`, a file made before the work.
void RunLearn(const LearnOptions& options, InterruptCleanup& interrupts) {
  PendingOutputFile file(options.output, options.inputs, interrupts);
  PipelineOptions pipeline;
  if (options.merge) {
    pipeline.boilerplate_counts = options.inputs;
  } else {
    pipeline.inputs = options.inputs;
  }
  const BoilerplateFilter filter = LearnBoilerplate(pipeline, /*always_observe=*/true);
  file.Commit([&](std::ostream& out) { filter.WriteCounts(out); });
  std::cerr << "newsgraph: " << filter.documents_observed() << " documents, "
            << filter.fingerprints() << " distinct edge lines written to "
            << EscapeForTerminal(options.output) << '\n';
}

}  // namespace

void AddLearnBoilerplateCommand(CLI::App& app, InterruptCleanup& interrupts) {
  auto options = std::make_shared<LearnOptions>();
  CLI::App* command = app.add_subcommand(
      "learn-boilerplate",
      "Count the lines repeated at the edges of articles (site boilerplate), for "
      "extract/build --boilerplate");
  command
      ->add_option("inputs", options->inputs,
                   "Articles (as for build), or with --merge counts files to add up")
      ->required();
  command->add_option("-o,--output", options->output, "Counts file (gzip when it ends in .gz)")
      ->required();
  command->add_flag("--merge", options->merge,
                    "The inputs are counts files: write their sum (independent of order and "
                    "grouping)");
  command->footer(
      "Example:\n  newsgraph learn-boilerplate shard1/ -o 1.counts.gz\n"
      "  newsgraph learn-boilerplate shard2/ -o 2.counts.gz\n"
      "  newsgraph learn-boilerplate --merge 1.counts.gz 2.counts.gz -o all.counts.gz\n"
      "  newsgraph extract shard1/ --boilerplate all.counts.gz --partial 1.partial.gz\n"
      "Extracting every shard with the merged counts makes `merge` equal a one-process build.");
  command->callback([options, &interrupts]() { RunLearn(*options, interrupts); });
}

}  // namespace newsgraph
