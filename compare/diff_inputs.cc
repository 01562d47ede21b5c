#include "compare/diff_inputs.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "compare/graph_snapshot.h"
#include "export/output_files.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

bool IsFile(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

bool IsDirectory(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

// The names of the sub-folders of `periods` that hold a graph.json, sorted.
std::vector<std::string> PeriodsPresent(const fs::path& periods) {
  std::vector<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it(periods, error), end; !error && it != end; it.increment(error)) {
    if (IsFile(it->path() / "graph.json")) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

}  // namespace

std::string BuildGraphPath(const std::string& directory) {
  if (!IsDirectory(directory))
    throw std::runtime_error(directory + ": not a build directory (newsgraph build ... -o DIR)");
  const fs::path graph = fs::path(directory) / "graph.json";
  if (!IsFile(graph))
    throw std::runtime_error(directory +
                             " has no graph.json: build it with json among --formats "
                             "(e.g. --formats graphml,json)");
  return graph.string();
}

std::string PeriodGraphPath(const std::string& directory, const std::string& period) {
  if (period.empty() || period == "." || period == ".." || period.find('/') != std::string::npos)
    throw std::runtime_error("\"" + period + "\" is not a period key (e.g. 2024-06, 2024-Q1)");
  if (!IsDirectory(directory))
    throw std::runtime_error(directory + ": not a build directory (newsgraph build ... -o DIR)");
  const fs::path graph = fs::path(directory) / "periods" / period / "graph.json";
  if (IsFile(graph)) return graph.string();
  const std::vector<std::string> present = PeriodsPresent(fs::path(directory) / "periods");
  const std::string advice = "build with --period and --snapshots, with json among --formats";
  if (present.empty())
    throw std::runtime_error(directory +
                             " has no period snapshots (periods/<period>/graph.json): " + advice);
  throw std::runtime_error(directory + " has no snapshot of period " + period +
                           "; periods present: " + JoinNames(present) + " (" + advice + ")");
}

GraphDiff WriteDiffReport(const std::string& old_graph_path, const std::string& new_graph_path,
                          const DiffSubject& subject, const std::string& report_directory) {
  StagedOutputs outputs(report_directory, {"diff.json", "diff.md"});
  const GraphSnapshot older = ReadGraphSnapshotFile(old_graph_path);
  const GraphSnapshot newer = ReadGraphSnapshotFile(new_graph_path);
  GraphDiff diff = CompareGraphs(older, newer);
  outputs.Write("diff.json", [&](std::ostream& out) { WriteDiffJson(diff, subject, out); });
  outputs.Write("diff.md", [&](std::ostream& out) { WriteDiffMarkdown(diff, subject, out); });
  outputs.Commit();
  return diff;
}

}  // namespace newsgraph
