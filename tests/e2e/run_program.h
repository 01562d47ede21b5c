// Helpers for end-to-end tests that run the built newsgraph program.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newsgraph::e2e {

namespace fs = std::filesystem;

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

struct Result {
  int status = 0;
  std::string out;
  std::string err;
};

// Runs the newsgraph program with `arguments` (shell syntax, so they may redirect standard
// output themselves); captures stdout and stderr through files in `scratch`.
inline Result RunNewsgraph(const std::string& arguments, const fs::path& scratch) {
  fs::path out = scratch / "stdout.txt";
  fs::path err = scratch / "stderr.txt";
  std::string command =
      std::string(NEWSGRAPH_BINARY) + " " + arguments + " >" + out.string() + " 2>" + err.string();
  int status = std::system(command.c_str());
  return {WEXITSTATUS(status), ReadFile(out), ReadFile(err)};
}

}  // namespace newsgraph::e2e
