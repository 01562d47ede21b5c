// build --snapshots on the samples: one folder per period with every chosen format, node ids
// equal to the whole graph's, and an earlier build's periods replaced whole.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "tests/e2e/run_program.h"

namespace newsgraph {
namespace {

using namespace e2e;

const fs::path kArticles = fs::path(NEWSGRAPH_SOURCE_DIR) / "samples" / "articles.jsonl";

class Snapshots : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() / ("newsgraph_snapshots_" + std::to_string(::getpid()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }

  Result Build(const std::string& options) {
    return RunNewsgraph(
        "build " + kArticles.string() + " -o " + (scratch_ / "out").string() + " " + options,
        scratch_);
  }
  // The sub-folders of out/periods/, sorted.
  std::vector<std::string> Periods() const {
    std::vector<std::string> periods;
    for (const auto& entry : fs::directory_iterator(scratch_ / "out" / "periods"))
      periods.push_back(entry.path().filename().string());
    std::sort(periods.begin(), periods.end());
    return periods;
  }
  fs::path scratch_;
};

// Node id -> label of a graph.json.
std::map<std::string, std::string> NodeLabels(const fs::path& path) {
  rapidjson::Document graph;
  graph.Parse(ReadFile(path).c_str());
  EXPECT_FALSE(graph.HasParseError()) << path;
  std::map<std::string, std::string> labels;
  if (graph.HasParseError()) return labels;
  for (const auto& node : graph["nodes"].GetArray())
    labels[node["id"].GetString()] = node["label"].GetString();
  return labels;
}

TEST_F(Snapshots, WritesEveryFormatOfEveryPeriod) {
  const Result result =
      Build("--period quarter --snapshots --formats graphml,gexf,cypher,json,graphology,neo4j-csv");
  ASSERT_EQ(result.status, 0) << result.err;
  const std::vector<std::string> periods = Periods();
  EXPECT_EQ(periods, (std::vector<std::string>{"2024-Q1", "2024-Q2", "2024-Q3"}));
  EXPECT_NE(result.err.find("3 period snapshots written to "), std::string::npos) << result.err;
  for (const std::string& period : periods) {
    const fs::path folder = scratch_ / "out" / "periods" / period;
    for (const char* file :
         {"graph.graphml", "graph.gexf", "graph.cypher", "graph.json", "graph.graphology.json",
          "neo4j/actors.csv", "neo4j/events_consult.csv", "neo4j/import.sh"}) {
      EXPECT_TRUE(fs::is_regular_file(folder / file)) << folder / file;
    }
    EXPECT_FALSE(fs::exists(folder / "dyads.csv"));
    EXPECT_NE(ReadFile(folder / "graph.cypher").find("period: '" + period + "'"),
              std::string::npos);
  }
  // A snapshot is a static graph, for tools without time.
  EXPECT_EQ(ReadFile(scratch_ / "out" / "periods" / "2024-Q1" / "graph.gexf").find("dynamic"),
            std::string::npos);
}

TEST_F(Snapshots, NodeIdsAreTheWholeGraphs) {
  ASSERT_EQ(Build("--period month --snapshots --formats json").status, 0);
  const std::map<std::string, std::string> whole = NodeLabels(scratch_ / "out" / "graph.json");
  std::size_t nodes = 0;
  for (const std::string& period : Periods()) {
    for (const auto& [id, label] :
         NodeLabels(scratch_ / "out" / "periods" / period / "graph.json")) {
      ASSERT_EQ(whole.count(id), 1u) << period << " " << id;
      EXPECT_EQ(whole.at(id), label) << period << " " << id;
      ++nodes;
    }
  }
  EXPECT_GT(nodes, whole.size() / 2);
}

// A build with other periods replaces the folder whole; one without --snapshots leaves it.
TEST_F(Snapshots, AnEarlierBuildsPeriodsDoNotSurviveBesideNewOnes) {
  ASSERT_EQ(Build("--period quarter --snapshots --formats json").status, 0);
  ASSERT_EQ(Build("--period year --snapshots --formats graphml").status, 0);
  EXPECT_EQ(Periods(), std::vector<std::string>{"2024"});
  EXPECT_FALSE(fs::exists(scratch_ / "out" / "periods" / "2024" / "graph.json"));
  EXPECT_TRUE(fs::exists(scratch_ / "out" / "periods" / "2024" / "graph.graphml"));
  ASSERT_EQ(Build("--period quarter --formats graphml").status, 0);
  EXPECT_EQ(Periods(), std::vector<std::string>{"2024"});
}

TEST_F(Snapshots, NeedAPeriod) {
  const Result result = Build("--snapshots");
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("--period"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(scratch_ / "out"));
}

TEST_F(Snapshots, RefusePeriodsThatIsAFile) {
  fs::create_directories(scratch_ / "out");
  WriteFile(scratch_ / "out" / "periods", "mine");
  const Result result = Build("--period month --snapshots --formats json");
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("periods: it exists and is not a directory"), std::string::npos)
      << result.err;
  EXPECT_EQ(ReadFile(scratch_ / "out" / "periods"), "mine");
  EXPECT_FALSE(fs::exists(scratch_ / "out" / "graph.json"));
}

}  // namespace
}  // namespace newsgraph
