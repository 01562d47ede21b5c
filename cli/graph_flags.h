// The graph and export flags `build` and `merge` share, and what they resolve to.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "export/graph_writer.h"
#include "export/period_snapshots.h"
#include "graph/graph_builder.h"

namespace newsgraph {

// The flags as given; `graph` binds --include-negated and --keep-isolated directly.
struct GraphFlags {
  std::vector<std::string> formats = DefaultGraphFormats();
  std::string merge_log;
  std::string color = "type";
  std::string sectors = "merge";
  std::string time_basis = "event";
  std::string period = "none";
  bool zero_fill = false;
  bool snapshots = false;
  GraphOptions graph;
};

// What the flags ask for: the graph's options, the writers of the output directory (the chosen
// formats, then the dyad table with a period) and the per-period snapshots (none unless asked).
struct GraphPlan {
  GraphOptions graph;
  std::vector<std::unique_ptr<GraphWriter>> writers;
  SnapshotOptions snapshots;
};

// Adds --formats, --color, --merge-log, --include-negated, --keep-isolated, --sectors,
// --time-basis, --period, --zero-fill and --snapshots to `command`, bound to `flags`.
void AddGraphFlags(CLI::App& command, GraphFlags& flags);

// The plan of parsed `flags`.
GraphPlan MakeGraphPlan(const GraphFlags& flags);

}  // namespace newsgraph
