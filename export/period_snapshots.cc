#include "export/period_snapshots.h"

#include <memory>

#include "graph/period_snapshot.h"

namespace newsgraph {

std::string SnapshotFileName(const std::string& key, const std::string& name) {
  return std::string(kSnapshotFolder).append("/").append(key).append("/").append(name);
}

std::size_t WritePeriodSnapshots(const KnowledgeGraph& graph, const SnapshotOptions& options,
                                 StagedOutputs& staged) {
  const std::vector<std::string> keys = SnapshotPeriods(graph, options.keep_isolated);
  for (const std::string& key : keys) {
    const KnowledgeGraph snapshot = PeriodSnapshot(graph, options.unit, key, options.keep_isolated);
    GraphWriterOptions writer_options = options.writer_options;
    writer_options.snapshot_period = key;
    writer_options.period_unit = PeriodUnit::kNone;  // a snapshot is static: it has no periods
    for (const std::string& format : options.formats) {
      const std::unique_ptr<GraphWriter> writer = MakeGraphWriter(format, writer_options);
      for (const std::string& name : writer->FileNames()) {
        staged.Write(
            SnapshotFileName(key, name),
            [&](std::ostream& out) { writer->WriteFile(snapshot, name, out); },
            writer->IsExecutable(name));
      }
    }
  }
  return keys.size();
}

}  // namespace newsgraph
