#include "cli/output_checks.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

bool IsInside(const fs::path& path, const fs::path& directory) {
  const auto [mismatch, end] =
      std::mismatch(directory.begin(), directory.end(), path.begin(), path.end());
  return mismatch == directory.end() ||
         (std::next(mismatch) == directory.end() && mismatch->empty());  // "dir/" ends in ""
}

bool IsArticleFileName(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".txt" || extension == ".jsonl";
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
    if (fs::is_directory(source, error) && IsInside(target, source) && IsArticleFileName(target))
      throw std::runtime_error("refusing to write " + output + ": it is inside the input directory " +
                               input + " and would be read as an article");
  }
}

}  // namespace newsgraph
