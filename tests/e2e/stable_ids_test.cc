// Node ids across builds: two builds over different halves of one corpus name every actor they
// share alike, in every format.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "tests/e2e/run_program.h"

namespace newsgraph {
namespace {

using namespace e2e;

const fs::path kSource = NEWSGRAPH_SOURCE_DIR;

class StableIds : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() / ("newsgraph_ids_" + std::to_string(::getpid()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }

  // Builds the articles in `inputs` (paths in scratch_) into scratch_/name; returns the JSON.
  std::string Build(const std::string& inputs, const std::string& name) {
    const Result result =
        RunNewsgraph("build " + inputs + " -o " + (scratch_ / name).string(), scratch_);
    EXPECT_EQ(result.status, 0) << result.err;
    return ReadFile(scratch_ / name / "graph.json");
  }
  fs::path scratch_;
};

struct NodeIds {
  std::map<std::string, std::string> by_alias;  // surface form -> node id
  std::map<std::string, std::string> by_label;  // node label -> node id
};

NodeIds ReadNodeIds(const std::string& json) {
  rapidjson::Document graph;
  graph.Parse(json.c_str());
  EXPECT_FALSE(graph.HasParseError());
  NodeIds ids;
  for (const auto& node : graph["nodes"].GetArray()) {
    ids.by_label[node["label"].GetString()] = node["id"].GetString();
    for (const auto& alias : node["aliases"].GetArray())
      ids.by_alias[alias.GetString()] = node["id"].GetString();
  }
  return ids;
}

// Expects every key of `first` also in `second` to map to the same id; returns how many did.
std::size_t ExpectSameIds(const std::map<std::string, std::string>& first,
                          const std::map<std::string, std::string>& second) {
  std::set<std::string> shared;
  for (const auto& [name, id] : first) {
    auto it = second.find(name);
    if (it == second.end()) continue;
    EXPECT_EQ(id, it->second) << name;
    shared.insert(id);
  }
  return shared.size();
}

// Splits samples/articles.jsonl into its first three and its last three articles, each half with
// one of the two briefings.
void WriteHalves(const fs::path& scratch) {
  std::istringstream lines(ReadFile(kSource / "samples/articles.jsonl"));
  std::string line, first, second;
  for (int n = 0; std::getline(lines, line); ++n) (n < 3 ? first : second) += line + "\n";
  fs::create_directories(scratch / "a");
  fs::create_directories(scratch / "b");
  WriteFile(scratch / "a/articles.jsonl", first);
  WriteFile(scratch / "b/articles.jsonl", second);
  fs::copy_file(kSource / "samples/2024-07-briefing.txt", scratch / "a/2024-07-briefing.txt");
  fs::copy_file(kSource / "samples/2024-09-briefing.txt", scratch / "b/2024-09-briefing.txt");
}

// Without an alias file an actor named alike in both halves has one id; a person one half names
// only by surname ("Lavrov") is that surname's node there, since nothing in that half says who.
TEST_F(StableIds, HalvesOfOneCorpusGiveActorsNamedAlikeTheSameId) {
  WriteHalves(scratch_);
  const NodeIds first = ReadNodeIds(Build((scratch_ / "a").string(), "out_a"));
  const NodeIds second = ReadNodeIds(Build((scratch_ / "b").string(), "out_b"));
  EXPECT_GE(ExpectSameIds(first.by_label, second.by_label), 5u);
}

// With an alias file every surface form both halves share names the same node in both.
TEST_F(StableIds, WithAnAliasFileEverySharedNameHasTheSameIdInBothHalves) {
  WriteHalves(scratch_);
  WriteFile(scratch_ / "aliases.json", R"({"actors": [
    {"name": "Sergei Lavrov", "type": "PERSON", "aliases": ["Lavrov"]},
    {"name": "Dmytro Kuleba", "type": "PERSON", "aliases": ["Kuleba"]},
    {"name": "Antony Blinken", "type": "PERSON", "aliases": ["Blinken"]}]})");
  const std::string aliases = " --aliases " + (scratch_ / "aliases.json").string();
  const NodeIds first = ReadNodeIds(Build((scratch_ / "a").string() + aliases, "out_a"));
  const NodeIds second = ReadNodeIds(Build((scratch_ / "b").string() + aliases, "out_b"));
  EXPECT_GE(ExpectSameIds(first.by_alias, second.by_alias), 8u);
}

TEST_F(StableIds, GraphmlJsonAndCypherNameNodesAlike) {
  const std::string json = Build((kSource / "samples").string(), "out");
  const std::string graphml = ReadFile(scratch_ / "out/graph.graphml");
  const std::string cypher = ReadFile(scratch_ / "out/graph.cypher");
  std::set<std::string> ids;
  for (const auto& [alias, id] : ReadNodeIds(json).by_alias) ids.insert(id);
  ASSERT_FALSE(ids.empty());
  for (const std::string& id : ids) {
    EXPECT_NE(graphml.find("<node id=\"" + id + "\">"), std::string::npos) << id;
    EXPECT_NE(cypher.find("{id: '" + id + "'"), std::string::npos) << id;
    EXPECT_TRUE(std::regex_match(id, std::regex("[A-Za-z0-9_.-]+"))) << id;
  }
}

}  // namespace
}  // namespace newsgraph
