// The `newsgraph diff` subcommand.
#pragma once

#include <CLI/CLI.hpp>

namespace newsgraph {

// Registers `diff OLD NEW -o REPORT` (two build directories) and `diff DIR --from P --to Q -o
// REPORT` (two periods of one build): compares the graph.json files and writes REPORT/diff.json
// and REPORT/diff.md (compare/diff_inputs.h).
void AddDiffCommand(CLI::App& app);

}  // namespace newsgraph
