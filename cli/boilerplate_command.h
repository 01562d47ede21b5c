// The `newsgraph learn-boilerplate` subcommand: the mergeable counts of lines repeated at the
// edges of documents (site boilerplate), for `extract --boilerplate` and `build --boilerplate`.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/interrupt_cleanup.h"

namespace newsgraph {

// Registers `learn-boilerplate INPUT... -o COUNTS` (observes the articles as build's first pass
// does) and `learn-boilerplate --merge COUNTS... -o COUNTS` (adds counts files up; the result
// does not depend on their order or grouping). gzip when the output name ends in ".gz".
void AddLearnBoilerplateCommand(CLI::App& app, InterruptCleanup& interrupts);

}  // namespace newsgraph
