// Where `newsgraph diff` finds its graphs, and the report it writes.
#pragma once

#include <string>

#include "compare/diff_report.h"
#include "compare/graph_diff.h"

namespace newsgraph {

// The graph.json of the build directory `directory`. Throws std::runtime_error, saying to build
// with json among --formats, when `directory` is not a directory or holds no graph.json.
std::string BuildGraphPath(const std::string& directory);

// The graph.json of period `period` of the build directory `directory`:
// `directory`/periods/`period`/graph.json. Throws std::runtime_error when `period` is not a
// single path component, or when the file is missing, naming the periods that are present and
// saying to build with --period and --snapshots.
std::string PeriodGraphPath(const std::string& directory, const std::string& period);

// Reads both graphs, compares them and writes `report_directory`/diff.json and diff.md together
// (export/output_files.h StagedOutputs: both files are replaced, or neither). Returns the diff.
GraphDiff WriteDiffReport(const std::string& old_graph_path, const std::string& new_graph_path,
                          const DiffSubject& subject, const std::string& report_directory);

}  // namespace newsgraph
