// A fresh directory for one test, removed with everything in it when the test ends.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace newsgraph::testing {

// Made under the system's temporary directory ($TMPDIR, else /tmp), named after the process and
// the running test (and `tag`, when one test needs several), so tests running in parallel never
// share one.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag = "") {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("newsgraph_").append(std::to_string(::getpid()));
    if (info != nullptr)
      name.append("_").append(info->test_suite_name()).append("_").append(info->name());
    if (!tag.empty()) name.append("_").append(tag);
    for (char& c : name) {
      if (c == '/') c = '_';
    }
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    // A test may have taken permissions away; give them back so everything can go.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ignored);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ignored)) {
      std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ignored);
    }
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A directory for the whole test program, removed when the program exits: for helpers that run
// outside a fixture.
inline const std::filesystem::path& ProgramScratchDir() {
  static const ScratchDir dir("program");
  return dir.path();
}

}  // namespace newsgraph::testing
