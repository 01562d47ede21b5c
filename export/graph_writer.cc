#include "export/graph_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "export/cypher_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"

namespace newsgraph {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) joined += separator;
    joined += items[i];
  }
  return joined;
}

// Creates a new empty file next to `path` (same directory, so a rename over `path` stays on one
// file system) and returns its name. The name is hidden and unique; permissions follow the umask
// as for any new file. Throws std::runtime_error naming `path` when no file can be created.
std::string CreateTemporarySibling(const std::string& path) {
  const std::filesystem::path target(path);
  const std::filesystem::path directory = target.parent_path();
  std::random_device entropy;
  std::uniform_int_distribution<unsigned long long> digits;
  int error = 0;
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[20];
    std::snprintf(suffix, sizeof suffix, "%016llx", digits(entropy));
    const std::string name =
        (directory / ("." + target.filename().string() + ".tmp-" + suffix)).string();
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      return name;
    }
    error = errno;
    if (error != EEXIST) break;
  }
  throw std::runtime_error("cannot write " + path + ": " + std::strerror(error));
}

}  // namespace

std::unique_ptr<GraphWriter> MakeGraphWriter(std::string_view format) {
  if (format == "graphml") return std::make_unique<GraphmlWriter>();
  if (format == "cypher") return std::make_unique<CypherWriter>();
  if (format == "json") return std::make_unique<JsonWriter>();
  throw std::runtime_error("unknown graph format '" + std::string(format) +
                           "' (known formats: " + Join(GraphFormats(), ", ") + ")");
}

std::vector<std::string> GraphFormats() { return {"graphml", "cypher", "json"}; }

void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const std::string temporary = CreateTemporarySibling(path);
  try {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path + ": cannot open " + temporary);
    write(out);
    out.flush();
    if (!out)
      throw std::runtime_error("cannot write " + path + ": write to " + temporary + " failed");
    out.close();
    if (out.fail())
      throw std::runtime_error("cannot write " + path + ": closing " + temporary + " failed");
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
      throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    }
  } catch (...) {
    std::remove(temporary.c_str());
    throw;
  }
}

}  // namespace newsgraph
