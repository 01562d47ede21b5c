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

// Where each layout keeps its lists, the node key and the attributes.
struct Layout {
  const char* edges;     // member holding the edge list
  const char* node_key;  // member holding a node's id
  bool nested;           // attributes under "attributes" rather than beside the ids
};
constexpr Layout kNodeLink{"links", "id", false};
constexpr Layout kGraphology{"edges", "key", true};

const rapidjson::Value& Attributes(const rapidjson::Value& item, const Layout& layout) {
  return layout.nested ? item["attributes"] : item;
}

void ExpectNodeMatches(const rapidjson::Value& attributes, const KnowledgeGraph& graph,
                       std::size_t i) {
  const Entity& entity = graph.entity(i);
  EXPECT_EQ(Str(attributes["label"]), ToValidUtf8(entity.name));
  EXPECT_EQ(Str(attributes["type"]), EntityTypeName(entity.type));
  ASSERT_EQ(attributes["aliases"].Size(), entity.aliases.size());
  for (std::size_t a = 0; a < entity.aliases.size(); ++a) {
    EXPECT_EQ(Str(attributes["aliases"][static_cast<rapidjson::SizeType>(a)]),
              ToValidUtf8(entity.aliases[a]));
  }
  EXPECT_EQ(attributes["mentions"].GetUint64(), entity.mentions);
  EXPECT_EQ(attributes["documents"].GetUint64(), entity.documents);
  const NodeMetrics& metrics = graph.metrics(i);
  EXPECT_EQ(attributes["degree"].GetUint64(), metrics.degree);
  EXPECT_EQ(attributes["in_degree"].GetUint64(), metrics.in_degree);
  EXPECT_EQ(attributes["out_degree"].GetUint64(), metrics.out_degree);
  // RapidJSON parses without full precision by default: compare to within a few ulps.
  EXPECT_DOUBLE_EQ(attributes["weighted_degree"].GetDouble(), metrics.weighted_degree);
  EXPECT_DOUBLE_EQ(attributes["pagerank"].GetDouble(), metrics.pagerank);
  EXPECT_DOUBLE_EQ(attributes["betweenness"].GetDouble(), metrics.betweenness);
  EXPECT_EQ(attributes["community"].GetUint64(), metrics.community);
  ASSERT_EQ(attributes["codes"].MemberCount(), entity.codes.size());
  for (const auto& [code, value] : entity.codes) {
    EXPECT_EQ(Str(attributes["codes"][ToValidUtf8(code).c_str()]), ToValidUtf8(value));
  }
}

void ExpectEdgeMatches(const rapidjson::Value& attributes, const Relation& relation) {
  EXPECT_EQ(Str(attributes["relation"]), ToValidUtf8(relation.code.label));
  EXPECT_EQ(Str(attributes["label"]), ToValidUtf8(relation.code.label));
  EXPECT_EQ(attributes["weight"].GetUint64(), relation.weight);
  EXPECT_EQ(Str(attributes["cameo"]), ToValidUtf8(relation.code.cameo));
  EXPECT_EQ(attributes["quad"].GetInt(), relation.code.quad);
  if (std::isfinite(relation.code.goldstein)) {
    EXPECT_EQ(attributes["goldstein"].GetDouble(), relation.code.goldstein);
  } else {
    EXPECT_TRUE(attributes["goldstein"].IsNull());
  }
  EXPECT_EQ(Str(attributes["plover"]), ToValidUtf8(relation.code.plover));
  EXPECT_EQ(attributes["documents"].GetUint64(), relation.documents);
  EXPECT_EQ(Str(attributes["first_seen"]), relation.first_seen);
  EXPECT_EQ(Str(attributes["last_seen"]), relation.last_seen);
  ASSERT_EQ(attributes["evidence"].Size(), relation.evidence.size());
  for (std::size_t e = 0; e < relation.evidence.size(); ++e) {
    const auto& evidence = attributes["evidence"][static_cast<rapidjson::SizeType>(e)];
    EXPECT_EQ(Str(evidence["document"]), ToValidUtf8(relation.evidence[e].document_id));
    EXPECT_EQ(evidence["sentence"].GetUint64(), relation.evidence[e].sentence);
    EXPECT_EQ(Str(evidence["date"]), ToValidUtf8(relation.evidence[e].date));
    EXPECT_EQ(Str(evidence["text"]), ToValidUtf8(relation.evidence[e].text));
  }
}

// Every field of every node and edge against the graph it came from, strings as valid UTF-8.
void ExpectMatchesGraph(const rapidjson::Document& doc, const KnowledgeGraph& graph,
                        const Layout& layout = kNodeLink) {
  ASSERT_TRUE(doc.IsObject());
  const auto& nodes = doc["nodes"];
  ASSERT_EQ(nodes.Size(), graph.entity_count());
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const auto& node = nodes[static_cast<rapidjson::SizeType>(i)];
    EXPECT_EQ(Str(node[layout.node_key]), NodeId(graph.entity(i)));
    ExpectNodeMatches(Attributes(node, layout), graph, i);
  }
  const auto& edges = doc[layout.edges];
  ASSERT_EQ(edges.Size(), graph.relation_count());
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    const auto& edge = edges[static_cast<rapidjson::SizeType>(i)];
    EXPECT_EQ(Str(edge["source"]), NodeIdOfKey(relation.source));
    EXPECT_EQ(Str(edge["target"]), NodeIdOfKey(relation.target));
    ExpectEdgeMatches(Attributes(edge, layout), relation);
  }
}

TEST(JsonWriterTest, EveryFieldReadsBack) {
  const KnowledgeGraph graph = SmallGraph();
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), graph));
  EXPECT_TRUE(doc["directed"].GetBool());
  EXPECT_TRUE(doc["multigraph"].GetBool());
  EXPECT_EQ(doc["counts"]["nodes"].GetUint64(), graph.entity_count());
  EXPECT_EQ(doc["counts"]["links"].GetUint64(), graph.relation_count());
  ExpectMatchesGraph(doc, graph);
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
// find them; NetworkX's node_link_graph reads "links" by default (Debian 12's NetworkX 2.8).
TEST(JsonWriterTest, ListsSitAtTopLevelUnderNodesAndLinks) {
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), SmallGraph()));
  EXPECT_FALSE(doc.HasMember("graph"));
  EXPECT_TRUE(doc["nodes"].IsArray());
  EXPECT_TRUE(doc["links"].IsArray());
  EXPECT_FALSE(doc.HasMember("edges"));
}

TEST(JsonWriterTest, GoldsteinAlwaysHasADecimalPoint) {
  const std::string json = WriteToString(JsonWriter(), SmallGraph());
  EXPECT_NE(json.find("\"goldstein\": -10.0,"), std::string::npos);
  EXPECT_NE(json.find("\"goldstein\": 2.8,"), std::string::npos);
}

TEST(JsonWriterTest, EmptyGraph) {
  const rapidjson::Document doc = Parse(WriteToString(JsonWriter(), KnowledgeGraph({}, {})));
  EXPECT_EQ(doc["nodes"].Size(), 0u);
  EXPECT_EQ(doc["links"].Size(), 0u);
  EXPECT_EQ(doc["counts"]["nodes"].GetUint64(), 0u);
}

TEST(JsonWriterTest, EndsWithNewline) {
  const std::string json = WriteToString(JsonWriter(), SmallGraph());
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json.find("\n  \"directed\": true"), 1u);  // two-space indent
}

TEST(GraphologyWriterTest, EveryFieldReadsBack) {
  const KnowledgeGraph graph = SmallGraph();
  const rapidjson::Document doc = Parse(WriteToString(GraphologyWriter(), graph));
  EXPECT_EQ(Str(doc["options"]["type"]), "directed");
  EXPECT_TRUE(doc["options"]["multi"].GetBool());
  EXPECT_TRUE(doc["attributes"].IsObject());
  ExpectMatchesGraph(doc, graph, kGraphology);
}

TEST(GraphologyWriterTest, HostileTextReadsBackAsValidUtf8) {
  const KnowledgeGraph graph = HostileGraph();
  ExpectMatchesGraph(Parse(WriteToString(GraphologyWriter(), graph)), graph, kGraphology);
}

TEST(GraphologyWriterTest, EmptyGraph) {
  const rapidjson::Document doc =
      Parse(WriteToString(GraphologyWriter(), KnowledgeGraph({}, {})));
  EXPECT_EQ(doc["nodes"].Size(), 0u);
  EXPECT_EQ(doc["edges"].Size(), 0u);
}

}  // namespace
}  // namespace newsgraph
