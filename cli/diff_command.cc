#include "cli/diff_command.h"

#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/terminal_text.h"
#include "compare/diff_inputs.h"

namespace newsgraph {
namespace {

struct DiffOptions {
  std::vector<std::string> builds;
  std::string from_period;
  std::string to_period;
  std::string report;
};

// "nodes: 1 appeared, 1 disappeared, 3 persisted; edges: ...; cooperation/conflict flips: 1;
// report in REPORT/diff.md and diff.json" for the terminal.
std::string DiffSummary(const GraphDiff& diff, const std::string& report) {
  const auto part = [](const char* what, const auto& set) {
    return std::string(what) + ": " + std::to_string(set.appeared.size()) + " appeared, " +
           std::to_string(set.disappeared.size()) + " disappeared, " +
           std::to_string(set.persisted.size()) + " persisted; ";
  };
  return part("nodes", diff.nodes) + part("edges", diff.edges) +
         "cooperation/conflict flips: " + std::to_string(diff.flips.size()) + "; report in " +
         EscapeForTerminal(report) + "/diff.md and diff.json";
}

void RunDiff(const DiffOptions& options) {
  const bool periods = !options.from_period.empty() || !options.to_period.empty();
  std::string old_path, new_path;
  DiffSubject subject;
  if (periods) {
    if (options.from_period.empty() || options.to_period.empty())
      throw std::runtime_error("diff: --from and --to go together");
    if (options.builds.size() != 1)
      throw std::runtime_error("diff: with --from and --to, give one build directory");
    old_path = PeriodGraphPath(options.builds[0], options.from_period);
    new_path = PeriodGraphPath(options.builds[0], options.to_period);
    subject = {options.from_period, options.to_period};
  } else {
    if (options.builds.size() != 2)
      throw std::runtime_error(
          "diff: give two build directories (OLD NEW), or one with --from and --to");
    old_path = BuildGraphPath(options.builds[0]);
    new_path = BuildGraphPath(options.builds[1]);
    subject = {options.builds[0], options.builds[1]};
  }
  const GraphDiff diff = WriteDiffReport(old_path, new_path, subject, options.report);
  std::cerr << "newsgraph: " << DiffSummary(diff, options.report) << '\n';
}

}  // namespace

void AddDiffCommand(CLI::App& app) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff",
      "Compare two graphs: two build directories (OLD NEW), or two periods of one build "
      "(DIR --from P --to Q). Writes REPORT/diff.json and REPORT/diff.md: nodes and edges that "
      "appeared, disappeared or persisted, weight changes, edge-set Jaccard, weight correlation, "
      "cooperation/conflict flips with their evidence, and the largest movers");
  command
      ->add_option("directories", options->builds,
                   "OLD NEW: two build directories holding graph.json (build with json among "
                   "--formats); or DIR with --from and --to")
      ->required();
  command->add_option("--from", options->from_period,
                      "The older period: compares DIR/periods/P/graph.json (build --period U "
                      "--snapshots) ...");
  command->add_option("--to", options->to_period, "... with DIR/periods/Q/graph.json");
  command
      ->add_option("-o,--output", options->report,
                   "Report directory (created when missing): diff.json and diff.md")
      ->required();
  command->footer(
      "Examples:\n  newsgraph diff out-spring out-summer -o diff/\n"
      "  newsgraph diff out --from 2024-Q1 --to 2024-Q3 -o out/diff");
  command->callback([options] { RunDiff(*options); });
}

}  // namespace newsgraph
