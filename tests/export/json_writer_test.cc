#include "export/json_writer.h"
#include "export/node_id.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cmath>
#include <string>

#include "export/text_escape.h"
#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

using export_internal::ToValidUtf8;
using testing::HostileGraph;
using testing::SmallGraph;
using testing::WriteToString;

// The writer's output parsed back, failing the test unless it is valid UTF-8 JSON.
rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  EXPECT_FALSE(doc.HasParseError())
      << rapidjson::GetParseError_En(doc.GetParseError()) << " at byte " << doc.GetErrorOffset();
  return doc;
}

std::string Str(const rapidjson::Value& value) {
  return std::string(value.GetString(), value.GetStringLength());
}

// Every field of every node and edge against the graph it came from, strings as valid UTF-8.
void ExpectMatchesGraph(const rapidjson::Document& doc, const KnowledgeGraph& graph) {
  ASSERT_TRUE(doc.IsObject());
  EXPECT_TRUE(doc["directed"].GetBool());
  EXPECT_TRUE(doc["multigraph"].GetBool());
  EXPECT_EQ(doc["counts"]["nodes"].GetUint64(), graph.entity_count());
  EXPECT_EQ(doc["counts"]["edges"].GetUint64(), graph.relation_count());
  const auto& nodes = doc["nodes"];
  ASSERT_EQ(nodes.Size(), graph.entity_count());
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Entity& entity = graph.entity(i);
    const auto& node = nodes[static_cast<rapidjson::SizeType>(i)];
    EXPECT_EQ(Str(node["id"]), NodeId(entity));
    EXPECT_EQ(Str(node["label"]), ToValidUtf8(entity.name));
    EXPECT_EQ(Str(node["type"]), EntityTypeName(entity.type));
    ASSERT_EQ(node["aliases"].Size(), entity.aliases.size());
    for (std::size_t a = 0; a < entity.aliases.size(); ++a) {
      EXPECT_EQ(Str(node["aliases"][static_cast<rapidjson::SizeType>(a)]),
                ToValidUtf8(entity.aliases[a]));
    }
    EXPECT_EQ(node["mentions"].GetUint64(), entity.mentions);
    EXPECT_EQ(node["documents"].GetUint64(), entity.documents);
    EXPECT_EQ(node["degree"].GetUint64(), graph.Degree(i));
    ASSERT_EQ(node["codes"].MemberCount(), entity.codes.size());
    for (const auto& [code, value] : entity.codes) {
      EXPECT_EQ(Str(node["codes"][ToValidUtf8(code).c_str()]), ToValidUtf8(value));
    }
  }
  const auto& edges = doc["edges"];
  ASSERT_EQ(edges.Size(), graph.relation_count());
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    const auto& edge = edges[static_cast<rapidjson::SizeType>(i)];
    EXPECT_EQ(Str(edge["source"]), NodeIdOfKey(relation.source));
    EXPECT_EQ(Str(edge["target"]), NodeIdOfKey(relation.target));
    EXPECT_EQ(Str(edge["relation"]), ToValidUtf8(relation.code.label));
    EXPECT_EQ(Str(edge["label"]), ToValidUtf8(relation.code.label));
    EXPECT_EQ(edge["weight"].GetUint64(), relation.weight);
    EXPECT_EQ(Str(edge["cameo"]), ToValidUtf8(relation.code.cameo));
    EXPECT_EQ(edge["quad"].GetInt(), relation.code.quad);
    if (std::isfinite(relation.code.goldstein)) {
      EXPECT_EQ(edge["goldstein"].GetDouble(), relation.code.goldstein);
    } else {
      EXPECT_TRUE(edge["goldstein"].IsNull());
    }
    EXPECT_EQ(Str(edge["plover"]), ToValidUtf8(relation.code.plover));
    EXPECT_EQ(edge["documents"].GetUint64(), relation.documents);
    EXPECT_EQ(Str(edge["first_seen"]), relation.first_seen);
    EXPECT_EQ(Str(edge["last_seen"]), relation.last_seen);
    ASSERT_EQ(edge["evidence"].Size(), relation.evidence.size());
    for (std::size_t e = 0; e < relation.evidence.size(); ++e) {
      const auto& evidence = edge["evidence"][static_cast<rapidjson::SizeType>(e)];
      EXPECT_EQ(Str(evidence["document"]), ToValidUtf8(relation.evidence[e].document_id));
      EXPECT_EQ(evidence["sentence"].GetUint64(), relation.evidence[e].sentence);
      EXPECT_EQ(Str(evidence["date"]), ToValidUtf8(relation.evidence[e].date));
      EXPECT_EQ(Str(evidence["text"]), ToValidUtf8(relation.evidence[e].text));
    }
  }
}

TEST(JsonWriterTest, EveryFieldReadsBack) {
  const KnowledgeGraph graph = SmallGraph();
  ExpectMatchesGraph(Parse(WriteToString(JsonWriter(), graph)), graph);
}

TEST(JsonWriterTest, HostileTextReadsBackAsValidUtf8) {
  const KnowledgeGraph graph = HostileGraph();
  const std::string json = WriteToString(JsonWriter(), graph);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto byte = static_cast<unsigned char>(json[i]);
    EXPECT_FALSE(byte < 0x20 && byte != '\n') << "raw control byte at " << i;
  }
  ExpectMatchesGraph(Parse(json), graph);
}

TEST(JsonWriterTest, ControlCharactersSurviveEscaped) {
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), HostileGraph()));
  bool found = false;
  for (const auto& node : doc["nodes"].GetArray()) found |= Str(node["label"]) == testing::kMarkup;
  EXPECT_TRUE(found) << "U+0001 and U+000B must round-trip through \\u escapes";
}

// Readers that take a "graph" object, when present, as the container of the lists must still
// find them; NetworkX's node_link_graph is told to read "edges".
TEST(JsonWriterTest, ListsSitAtTopLevelUnderNodesAndEdges) {
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), SmallGraph()));
  EXPECT_FALSE(doc.HasMember("graph"));
  EXPECT_TRUE(doc["nodes"].IsArray());
  EXPECT_TRUE(doc["edges"].IsArray());
  EXPECT_FALSE(doc.HasMember("links"));
}

TEST(JsonWriterTest, GoldsteinAlwaysHasADecimalPoint) {
  const std::string json = WriteToString(JsonWriter(), SmallGraph());
  EXPECT_NE(json.find("\"goldstein\": -10.0,"), std::string::npos);
  EXPECT_NE(json.find("\"goldstein\": 2.8,"), std::string::npos);
}

TEST(JsonWriterTest, EmptyGraph) {
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), KnowledgeGraph({}, {})));
  EXPECT_EQ(doc["nodes"].Size(), 0u);
  EXPECT_EQ(doc["edges"].Size(), 0u);
  EXPECT_EQ(doc["counts"]["nodes"].GetUint64(), 0u);
}

TEST(JsonWriterTest, EndsWithNewline) {
  const std::string json = WriteToString(JsonWriter(), SmallGraph());
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json.find("\n  \"directed\": true"), 1u);  // two-space indent
}

}  // namespace
}  // namespace newsgraph
