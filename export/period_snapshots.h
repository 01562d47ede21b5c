// `build --snapshots`: one static graph per period, in every chosen format, beside the whole
// graph in DIR/periods/<period key>/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph_writer.h"
#include "export/output_files.h"
#include "graph/knowledge_graph.h"
#include "graph/periods.h"

namespace newsgraph {

// The folder of the snapshots inside the output directory, replaced whole by every build that
// writes snapshots (StagedOutputs::StageFolder).
inline constexpr std::string_view kSnapshotFolder = "periods";

struct SnapshotOptions {
  std::vector<std::string> formats;     // MakeGraphWriter names; none, no snapshots
  GraphWriterOptions writer_options;    // GraphWriterOptions::period is set per snapshot
  PeriodUnit unit = PeriodUnit::kNone;  // the unit the graph's periods were counted in
  bool keep_isolated = false;           // as the whole graph's GraphOptions::keep_isolated
};

// The output name of the file `name` (a GraphWriter file name) of period `key`'s snapshot:
// "periods/2020-06/graph.graphml".
std::string SnapshotFileName(const std::string& key, const std::string& name);

// Writes, one period at a time, PeriodSnapshot (graph/period_snapshot.h) of every period of
// SnapshotPeriods in each format into SnapshotFileName(key, file) of `staged`, which must have
// staged kSnapshotFolder whole. Returns the number of periods written.
std::size_t WritePeriodSnapshots(const KnowledgeGraph& graph, const SnapshotOptions& options,
                                 StagedOutputs& staged);

}  // namespace newsgraph
