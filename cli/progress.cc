#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <system_error>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

bool IsArticleFile(const fs::path& path) { return IsArticleFileName(path.string()); }

// Adds the regular article files under `directory`; each real directory is walked once.
void AddDirectory(const fs::path& directory, std::set<fs::path>& visited, std::uint64_t& total) {
  std::error_code error;
  const fs::path canonical = fs::canonical(directory, error);
  if (error || !visited.insert(canonical).second) return;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code status_error;
    const fs::file_status status = fs::status(it->path(), status_error);
    if (fs::is_directory(status)) {
      AddDirectory(it->path(), visited, total);
    } else if (fs::is_regular_file(status) && IsArticleFile(it->path())) {
      total += fs::file_size(it->path(), status_error);
    }
  }
}

std::string Duration(double seconds) {
  const auto whole = static_cast<long long>(seconds + 0.5);
  char text[32];
  if (whole >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", whole / 3600, whole / 60 % 60,
                  whole % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
  }
  return text;
}

}  // namespace

std::uint64_t InputSize(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  std::set<fs::path> visited;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (fs::is_directory(status)) {
      AddDirectory(input, visited, total);
    } else if (fs::is_regular_file(status)) {
      if (IsArticleFile(input)) total += fs::file_size(input, error);
    } else if (fs::exists(status)) {
      return 0;  // a FIFO or device: read once, size unknown
    }
  }
  return total;
}

std::string ProgressLine(const PipelineStats& stats, std::uint64_t input_size, double seconds) {
  const bool known = input_size > 0 && stats.input_bytes > 0 && seconds > 0;
  const double share =
      known
          ? std::min(1.0, static_cast<double>(stats.input_bytes) / static_cast<double>(input_size))
          : 0;
  char text[160];
  std::snprintf(text, sizeof text, "%zu documents, %.1f MB, %zu triples, %.1f MB/s",
                stats.documents, stats.text_bytes / 1e6, stats.triples,
                seconds > 0 ? stats.text_bytes / 1e6 / seconds : 0.0);
  if (!known) return text;
  char percent[16];
  std::snprintf(percent, sizeof percent, "%3.0f%% ", 100 * share);
  const double left = seconds * (1 - share) / share;
  return percent + std::string(text) + ", about " + Duration(left) + " left";
}

Progress::Progress(std::uint64_t input_size)
    : start_(std::chrono::steady_clock::now()),
      input_size_(input_size),
      enabled_(isatty(STDERR_FILENO)) {}

void Progress::operator()(const PipelineStats& stats) {
  if (!enabled_) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (seconds < 2) return;
  std::fprintf(stderr, "\r%s   ", ProgressLine(stats, input_size_, seconds).c_str());
  shown_ = true;
}

void Progress::Finish() {
  if (shown_) std::fputc('\n', stderr);
}

}  // namespace newsgraph
