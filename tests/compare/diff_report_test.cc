// The report of `newsgraph diff` on a hand-made pair of graphs (data/spring, data/summer): every
// figure of diff.json asserted, and both files compared whole with golden/.
// NEWSGRAPH_UPDATE_GOLDEN=1 rewrites the golden files instead; review the diff before committing.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "compare/diff_inputs.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using rapidjson::Value;

const fs::path kData = fs::path(NEWSGRAPH_TEST_DATA) / "compare" / "data";
const fs::path kGolden = fs::path(NEWSGRAPH_TEST_DATA) / "compare" / "golden";

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void ExpectGolden(const fs::path& written, const std::string& golden_name) {
  const fs::path golden = kGolden / golden_name;
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN") != nullptr) {
    fs::copy_file(written, golden, fs::copy_options::overwrite_existing);
    return;
  }
  EXPECT_EQ(ReadText(written), ReadText(golden))
      << golden << " differs; rerun with NEWSGRAPH_UPDATE_GOLDEN=1 and review the diff";
}

class HandMadePair : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteDiffReport((kData / "spring" / "graph.json").string(),
                    (kData / "summer" / "graph.json").string(), {"spring", "summer"},
                    (scratch_.path() / "report").string());
    report_.Parse(ReadText(scratch_.path() / "report" / "diff.json").c_str());
    ASSERT_FALSE(report_.HasParseError());
  }
  const Value& At(const char* key) const { return report_[key]; }

  testing::ScratchDir scratch_;
  rapidjson::Document report_;
};

std::string Str(const Value& value, const char* key) { return value[key].GetString(); }

void ExpectEdge(const Value& edge, const std::string& source, const std::string& target,
                const std::string& label, int old_weight, int new_weight) {
  SCOPED_TRACE(source + " " + label + " " + target);
  EXPECT_EQ(Str(edge, "source"), source);
  EXPECT_EQ(Str(edge, "target"), target);
  if (label.empty())
    EXPECT_FALSE(edge.HasMember("label"));
  else
    EXPECT_EQ(Str(edge, "label"), label);
  EXPECT_EQ(edge["old_weight"].GetInt(), old_weight);
  EXPECT_EQ(edge["new_weight"].GetInt(), new_weight);
  EXPECT_EQ(edge["weight_change"].GetInt(), new_weight - old_weight);
}

void ExpectNode(const Value& node, const std::string& id, int old_degree, int new_degree,
                double old_pagerank, double new_pagerank) {
  SCOPED_TRACE(id);
  EXPECT_EQ(Str(node, "id"), id);
  EXPECT_EQ(node["old_degree"].GetInt(), old_degree);
  EXPECT_EQ(node["new_degree"].GetInt(), new_degree);
  EXPECT_EQ(node["degree_change"].GetInt(), new_degree - old_degree);
  EXPECT_DOUBLE_EQ(node["old_pagerank"].GetDouble(), old_pagerank);
  EXPECT_DOUBLE_EQ(node["new_pagerank"].GetDouble(), new_pagerank);
  EXPECT_DOUBLE_EQ(node["pagerank_change"].GetDouble(), new_pagerank - old_pagerank);
}

TEST_F(HandMadePair, Totals) {
  for (const auto& [side, name, weight] :
       {std::tuple{"old", "spring", 7}, std::tuple{"new", "summer", 8}}) {
    EXPECT_EQ(Str(At(side), "name"), name);
    EXPECT_EQ(At(side)["nodes"].GetInt(), 4);
    EXPECT_EQ(At(side)["edges"].GetInt(), 4);
    EXPECT_EQ(At(side)["dyads"].GetInt(), 4);
    EXPECT_EQ(At(side)["weight"].GetInt(), weight);
  }
}

TEST_F(HandMadePair, SimilarityOfTheEdgeSets) {
  EXPECT_DOUBLE_EQ(At("edge_jaccard").GetDouble(), 2.0 / 6.0);  // meets, accuses of six
  EXPECT_DOUBLE_EQ(At("dyad_jaccard").GetDouble(), 3.0 / 5.0);
  // Pearson's r of (0,2) (3,0) (1,3) (2,1) (0,2) (1,0), worked out by hand: -11/sqrt(...).
  EXPECT_NEAR(At("weight_correlation").GetDouble(), -0.6121460921524143, 1e-15);
}

TEST_F(HandMadePair, Nodes) {
  const Value& nodes = At("nodes");
  EXPECT_EQ(nodes["appeared_count"].GetInt(), 1);
  EXPECT_EQ(nodes["disappeared_count"].GetInt(), 1);
  EXPECT_EQ(nodes["persisted_count"].GetInt(), 3);
  ASSERT_EQ(nodes["appeared"].Size(), 1u);
  ExpectNode(nodes["appeared"][0], "iran", 0, 1, 0, 0.1);
  EXPECT_EQ(Str(nodes["appeared"][0], "label"), "Iran");
  EXPECT_EQ(Str(nodes["appeared"][0], "type"), "COUNTRY");
  EXPECT_DOUBLE_EQ(nodes["appeared"][0]["new_weighted_degree"].GetDouble(), 2.0);
  ASSERT_EQ(nodes["disappeared"].Size(), 1u);
  ExpectNode(nodes["disappeared"][0], "nato", 1, 0, 0.15, 0);
  EXPECT_DOUBLE_EQ(nodes["disappeared"][0]["old_weighted_degree"].GetDouble(), 3.0);
  // Persisted by newer degree, then newer weighted degree: Turkey (1, 5) before Ukraine (1, 1).
  ASSERT_EQ(nodes["persisted"].Size(), 3u);
  ExpectNode(nodes["persisted"][0], "russia", 2, 3, 0.3, 0.45);
  ExpectNode(nodes["persisted"][1], "turkey", 1, 1, 0.15, 0.25);
  ExpectNode(nodes["persisted"][2], "ukraine", 2, 1, 0.4, 0.2);
  EXPECT_EQ(Str(nodes["persisted"][1], "label"), "Türkiye | Turkey");
}

TEST_F(HandMadePair, EdgesAndWeightChanges) {
  const Value& edges = At("edges");
  EXPECT_EQ(edges["appeared_count"].GetInt(), 2);
  EXPECT_EQ(edges["disappeared_count"].GetInt(), 2);
  EXPECT_EQ(edges["persisted_count"].GetInt(), 2);
  ExpectEdge(edges["appeared"][0], "iran", "russia", "supplies", 0, 2);  // tie on 2: by identity
  ExpectEdge(edges["appeared"][1], "turkey", "russia", "criticizes", 0, 2);
  ExpectEdge(edges["disappeared"][0], "nato", "ukraine", "supports", 3, 0);
  ExpectEdge(edges["disappeared"][1], "turkey", "russia", "praises", 1, 0);
  ExpectEdge(edges["persisted"][0], "russia", "turkey", "meets", 1, 3);
  ExpectEdge(edges["persisted"][1], "russia", "ukraine", "accuses", 2, 1);
  EXPECT_EQ(Str(edges["persisted"][0], "target_label"), "Türkiye | Turkey");
  ASSERT_EQ(At("weight_increases").Size(), 1u);
  ExpectEdge(At("weight_increases")[0], "russia", "turkey", "meets", 1, 3);
  ASSERT_EQ(At("weight_decreases").Size(), 1u);
  ExpectEdge(At("weight_decreases")[0], "russia", "ukraine", "accuses", 2, 1);
}

TEST_F(HandMadePair, Dyads) {
  const Value& dyads = At("dyads");
  EXPECT_EQ(dyads["appeared_count"].GetInt(), 1);
  EXPECT_EQ(dyads["disappeared_count"].GetInt(), 1);
  EXPECT_EQ(dyads["persisted_count"].GetInt(), 3);
  ExpectEdge(dyads["appeared"][0], "iran", "russia", "", 0, 2);
  ExpectEdge(dyads["disappeared"][0], "nato", "ukraine", "", 3, 0);
  ExpectEdge(dyads["persisted"][0], "russia", "turkey", "", 1, 3);
  ExpectEdge(dyads["persisted"][1], "turkey", "russia", "", 1, 2);  // praises 1, criticizes 2
  ExpectEdge(dyads["persisted"][2], "russia", "ukraine", "", 2, 1);
}

TEST_F(HandMadePair, TheOneFlipWithItsEvidenceFromBothSides) {
  ASSERT_EQ(At("flips").Size(), 1u);
  const Value& flip = At("flips")[0];
  EXPECT_EQ(Str(flip, "source"), "turkey");
  EXPECT_EQ(Str(flip, "target"), "russia");
  EXPECT_EQ(Str(flip, "source_label"), "Türkiye | Turkey");
  EXPECT_EQ(Str(flip, "target_label"), "Russia");
  EXPECT_EQ(Str(flip["old"], "class"), "cooperation");
  EXPECT_EQ(flip["old"]["cooperation"].GetInt(), 1);
  EXPECT_EQ(flip["old"]["conflict"].GetInt(), 0);
  ASSERT_EQ(flip["old"]["evidence"].Size(), 1u);
  EXPECT_EQ(Str(flip["old"]["evidence"][0], "relation"), "praises");
  EXPECT_EQ(Str(flip["old"]["evidence"][0], "document"), "s-4");
  EXPECT_EQ(flip["old"]["evidence"][0]["sentence"].GetInt(), 2);
  EXPECT_EQ(Str(flip["old"]["evidence"][0], "date"), "2024-05-10");
  EXPECT_EQ(Str(flip["old"]["evidence"][0], "text"), "Ankara praised Moscow's *restraint*.");
  EXPECT_EQ(Str(flip["new"], "class"), "conflict");
  EXPECT_EQ(flip["new"]["cooperation"].GetInt(), 0);
  EXPECT_EQ(flip["new"]["conflict"].GetInt(), 2);
  ASSERT_EQ(flip["new"]["evidence"].Size(), 2u);
  EXPECT_EQ(Str(flip["new"]["evidence"][0], "document"), "u-4");
  EXPECT_EQ(Str(flip["new"]["evidence"][1], "document"), "u-5");
  EXPECT_EQ(Str(flip["new"]["evidence"][1], "text"), "Turkey criticizes\nRussia again.");
}

TEST_F(HandMadePair, MoversAmongPersistingNodes) {
  ASSERT_EQ(At("degree_movers").Size(), 2u);                      // Turkey keeps degree 1
  ExpectNode(At("degree_movers")[0], "russia", 2, 3, 0.3, 0.45);  // tie on 1: by id
  ExpectNode(At("degree_movers")[1], "ukraine", 2, 1, 0.4, 0.2);
  ASSERT_EQ(At("pagerank_movers").Size(), 3u);
  ExpectNode(At("pagerank_movers")[0], "ukraine", 2, 1, 0.4, 0.2);
  ExpectNode(At("pagerank_movers")[1], "russia", 2, 3, 0.3, 0.45);
  ExpectNode(At("pagerank_movers")[2], "turkey", 1, 1, 0.15, 0.25);
}

TEST_F(HandMadePair, WholeFilesMatchTheGoldenOnes) {
  ExpectGolden(scratch_.path() / "report" / "diff.json", "diff.json");
  ExpectGolden(scratch_.path() / "report" / "diff.md", "diff.md");
}

TEST_F(HandMadePair, TheSameInputsGiveTheSameBytes) {
  WriteDiffReport((kData / "spring" / "graph.json").string(),
                  (kData / "summer" / "graph.json").string(), {"spring", "summer"},
                  (scratch_.path() / "again").string());
  for (const char* name : {"diff.json", "diff.md"})
    EXPECT_EQ(ReadText(scratch_.path() / "again" / name),
              ReadText(scratch_.path() / "report" / name));
}

}  // namespace
}  // namespace newsgraph
