// build --period: graph.gexf is dynamic, and on dated articles each edge's per-period weights add
// up to its total weight; without --period it stays static.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "tests/e2e/run_program.h"

namespace newsgraph {
namespace {

using namespace e2e;

const fs::path kArticles = fs::path(NEWSGRAPH_SOURCE_DIR) / "samples" / "articles.jsonl";

class DynamicGexf : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() / ("newsgraph_dyngexf_" + std::to_string(::getpid()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }

  std::string BuildGexf(const std::string& options) {
    const fs::path out = scratch_ / "out";
    const Result result = RunNewsgraph(
        "build " + kArticles.string() + " -o " + out.string() + " --formats gexf " + options,
        scratch_);
    EXPECT_EQ(result.status, 0) << result.err;
    return ReadFile(out / "graph.gexf");
  }

  fs::path scratch_;
};

// The value of XML attribute `name` in `line`, or "".
std::string AttributeOf(const std::string& line, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const std::size_t start = line.find(key);
  if (start == std::string::npos) return "";
  const std::size_t begin = start + key.size();
  return line.substr(begin, line.find('"', begin) - begin);
}

// Every article of samples/articles.jsonl is dated: no fact is outside the periods.
TEST_F(DynamicGexf, PeriodWeightsAddUpToTheEdgeWeight) {
  const std::string gexf = BuildGexf("--period month");
  EXPECT_NE(gexf.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">"),
            std::string::npos);
  std::istringstream lines(gexf);
  std::string edge;
  double total = 0, in_periods = 0;
  std::size_t edges = 0, spells = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("<edge ") != std::string::npos) {
      edge = AttributeOf(line, "id");
      total = std::stod(AttributeOf(line, "weight"));
      in_periods = 0;
    } else if (line.find("<attvalue for=\"weight\"") != std::string::npos) {
      EXPECT_FALSE(AttributeOf(line, "start").empty()) << line;
      in_periods += std::stod(AttributeOf(line, "value"));
    } else if (line.find("<spell ") != std::string::npos) {
      ++spells;
    } else if (line.find("</edge>") != std::string::npos) {
      EXPECT_EQ(in_periods, total) << edge;
      ++edges;
    }
  }
  EXPECT_GT(edges, 0u);
  EXPECT_GE(spells, edges);
}

TEST_F(DynamicGexf, StaticWithoutPeriod) {
  const std::string gexf = BuildGexf("");
  EXPECT_NE(gexf.find("<graph mode=\"static\""), std::string::npos);
  EXPECT_EQ(gexf.find("<spells>"), std::string::npos);
  EXPECT_EQ(gexf.find("mode=\"dynamic\""), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
