#include "cli/output_checks.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

#include "extract/text/corpus_reader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

bool IsInside(const fs::path& path, const fs::path& directory) {
  const auto [mismatch, end] =
      std::mismatch(directory.begin(), directory.end(), path.begin(), path.end());
  return mismatch == directory.end() ||
         (std::next(mismatch) == directory.end() && mismatch->empty());  // "dir/" ends in ""
}

}  // namespace

void CheckOutputIsNotAnInput(const std::string& output, const std::vector<std::string>& inputs) {
  std::error_code error;
  const fs::path target = fs::weakly_canonical(output, error);
  if (error) return;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    const fs::path source = fs::weakly_canonical(input, error);
    if (error) continue;
    if (source == target || fs::equivalent(source, target, error))
      throw std::runtime_error("refusing to write " + output + ": it is also an input");
    if (fs::is_directory(source, error) && IsInside(target, source) &&
        IsArticleFileName(target.string()))
      throw std::runtime_error("refusing to write " + output + ": it is inside the input directory " +
                               input + " and would be read as an article");
  }
}

}  // namespace newsgraph
