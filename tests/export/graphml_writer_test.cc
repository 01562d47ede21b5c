#include "export/graphml_writer.h"
#include "export/node_id.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/text_escape.h"
#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

using boost::property_tree::ptree;
using testing::HostileGraph;
using testing::SmallGraph;
using testing::WriteToString;

struct Element {
  std::string id;
  std::string source;
  std::string target;
  std::map<std::string, std::string> data;  // attr.name -> decoded text
};

struct Key {
  std::string domain;
  std::string name;
  std::string type;
};

// GraphML read back with an XML parser independent of the writer.
struct ParsedGraphml {
  std::map<std::string, Key> keys;  // by key id
  std::vector<std::string> key_order;
  std::string edgedefault;
  std::vector<Element> nodes;
  std::vector<Element> edges;
};

// The XML attribute `name` of `element`, or "" without one. Attribute names hold dots, which
// property_tree would take for path separators.
std::string Attribute(const ptree& element, const std::string& name) {
  return element.get<std::string>(ptree::path_type("<xmlattr>/" + name, '/'), "");
}

ParsedGraphml Parse(const std::string& xml) {
  std::istringstream in(xml);
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  ParsedGraphml parsed;
  const ptree& root = tree.get_child("graphml");
  for (const auto& [tag, child] : root) {
    if (tag != "key") continue;
    const std::string id = Attribute(child, "id");
    parsed.keys[id] = {Attribute(child, "for"), Attribute(child, "attr.name"),
                       Attribute(child, "attr.type")};
    parsed.key_order.push_back(id);
  }
  const ptree& graph = root.get_child("graph");
  parsed.edgedefault = Attribute(graph, "edgedefault");
  for (const auto& [tag, child] : graph) {
    if (tag != "node" && tag != "edge") continue;
    Element element;
    element.id = Attribute(child, "id");
    element.source = Attribute(child, "source");
    element.target = Attribute(child, "target");
    for (const auto& [data_tag, data] : child) {
      if (data_tag != "data") continue;
      const Key& key = parsed.keys.at(Attribute(data, "key"));
      EXPECT_EQ(key.domain, tag) << "key used outside its domain";
      element.data[key.name] = data.data();
    }
    (tag == "node" ? parsed.nodes : parsed.edges).push_back(element);
  }
  return parsed;
}

std::string Write(const KnowledgeGraph& graph, GraphmlWriterOptions options = {}) {
  return WriteToString(GraphmlWriter(options), graph);
}

TEST(GraphmlWriterTest, DeclaresKeysThenNodesThenEdges) {
  const std::string xml = Write(SmallGraph());
  const std::size_t last_key = xml.rfind("<key ");
  const std::size_t graph = xml.find("<graph ");
  const std::size_t first_node = xml.find("<node ");
  const std::size_t last_node = xml.rfind("<node ");
  const std::size_t first_edge = xml.find("<edge ");
  ASSERT_NE(first_edge, std::string::npos);
  EXPECT_LT(last_key, graph);
  EXPECT_LT(graph, first_node);
  EXPECT_LT(last_node, first_edge);
  EXPECT_EQ(Parse(xml).edgedefault, "directed");
}

TEST(GraphmlWriterTest, KeysArePerDomainWithSchemaTypes) {
  const ParsedGraphml parsed = Parse(Write(SmallGraph()));
  const std::set<std::string> schema_types = {"boolean", "int",    "long",
                                              "float",   "double", "string"};
  std::map<std::string, std::map<std::string, std::string>> types;  // domain -> name -> type
  for (const auto& [id, key] : parsed.keys) {
    EXPECT_TRUE(key.domain == "node" || key.domain == "edge") << id;
    EXPECT_EQ(schema_types.count(key.type), 1u) << id;
    EXPECT_TRUE(types[key.domain].emplace(key.name, key.type).second) << "duplicate " << key.name;
  }
  const std::map<std::string, std::string> node_types = {
      {"label", "string"},   {"type", "string"},       {"key", "string"},
      {"aliases", "string"}, {"mentions", "int"},      {"documents", "int"},
      {"degree", "int"},     {"code_cameo", "string"}, {"code_iso3166", "string"},
      {"in_degree", "int"},  {"out_degree", "int"},    {"weighted_degree", "double"},
      {"pagerank", "double"}, {"betweenness", "double"}, {"community", "int"}};
  const std::map<std::string, std::string> edge_types = {
      {"relation", "string"},  {"label", "string"},   {"weight", "double"},
      {"cameo", "string"},     {"quad", "int"},       {"goldstein", "double"},
      {"plover", "string"},    {"documents", "int"},  {"first_seen", "string"},
      {"last_seen", "string"}, {"evidence", "string"}, {"relations", "string"},
      {"first_period", "int"}, {"last_period", "int"}};
  EXPECT_EQ(types["node"], node_types);
  EXPECT_EQ(types["edge"], edge_types);
}

TEST(GraphmlWriterTest, RelationsBetweenOnePairShareOneEdge) {
  std::vector<Relation> relations = testing::SmallGraphRelations();
  relations.push_back(testing::MakeRelation(
      "gpe:russia", "gpe:ukraine", {"warns", "130", 3, -4.4, "THREATEN"}, 2, 2, "2024-02-20",
      "2024-03-09",
      {testing::MakeEvidence("wire-0002", "2024-02-20", 1, "Russia warned Ukraine.")}));
  const ParsedGraphml parsed =
      Parse(Write(KnowledgeGraph(testing::SmallGraphEntities(), relations)));
  ASSERT_EQ(parsed.edges.size(), 4u);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Element& edge : parsed.edges)
    EXPECT_TRUE(pairs.emplace(edge.source, edge.target).second);
  const Element* merged = nullptr;
  for (const Element& edge : parsed.edges)
    if (edge.data.at("relations").find("; ") != std::string::npos) merged = &edge;
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->data.at("relations"), "attacks (6); warns (2)");
  EXPECT_EQ(merged->data.at("relation"), "attacks");
  EXPECT_EQ(merged->data.at("cameo"), "190");
  EXPECT_EQ(merged->data.at("weight"), "8.0");
  EXPECT_EQ(merged->data.at("documents"), "3");
  EXPECT_EQ(merged->data.at("first_seen"), "2024-02-20");
  EXPECT_EQ(merged->data.at("last_seen"), "2024-03-09");
  EXPECT_EQ(merged->data.at("first_period"), "202402");
  EXPECT_EQ(merged->data.at("last_period"), "202403");
  EXPECT_EQ(merged->data.at("evidence").rfind("(attacks) [wire-0001 #0]", 0), 0u);
}

TEST(GraphmlWriterTest, CodeKeysOnlyForCodesInUse) {
  std::vector<Entity> entities = testing::SmallGraphEntities();
  for (Entity& entity : entities) entity.codes.clear();
  const std::string xml = Write(KnowledgeGraph(entities, {}));
  EXPECT_EQ(xml.find("code_"), std::string::npos);
}

TEST(GraphmlWriterTest, SectorKeyOnlyWhenANodeHasOne) {
  std::vector<Entity> entities = testing::SmallGraphEntities();
  EXPECT_EQ(Write(KnowledgeGraph(entities, {})).find("sector"), std::string::npos);
  entities.front().sector = "MIL";
  const std::string id = entities.front().id;
  const KnowledgeGraph graph(entities, {});
  const std::size_t index = graph.FindEntity(id);
  const ParsedGraphml parsed = Parse(Write(graph));
  ASSERT_TRUE(parsed.keys.count("n_sector"));
  EXPECT_EQ(parsed.keys.at("n_sector").domain, "node");
  std::size_t with_sector = 0;
  for (const Element& node : parsed.nodes) with_sector += node.data.count("sector");
  EXPECT_EQ(with_sector, 1u);
  EXPECT_EQ(parsed.nodes.at(index).data.at("sector"), "MIL");
}

TEST(GraphmlWriterTest, NodesAndEdgesFollowIndexOrderNamedByTheirKeys) {
  const KnowledgeGraph graph = SmallGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  ASSERT_EQ(parsed.nodes.size(), graph.entity_count());
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Entity& entity = graph.entity(i);
    const Element& node = parsed.nodes[i];
    EXPECT_EQ(node.id, NodeId(entity));
    EXPECT_EQ(node.data.at("key"), entity.id);
    EXPECT_EQ(node.data.at("label"), entity.name);
    EXPECT_EQ(node.data.at("type"), EntityTypeName(entity.type));
    EXPECT_EQ(node.data.at("mentions"), std::to_string(entity.mentions));
    EXPECT_EQ(node.data.at("documents"), std::to_string(entity.documents));
    const NodeMetrics& metrics = graph.metrics(i);
    EXPECT_EQ(node.data.at("degree"), std::to_string(metrics.degree));
    EXPECT_EQ(node.data.at("in_degree"), std::to_string(metrics.in_degree));
    EXPECT_EQ(node.data.at("out_degree"), std::to_string(metrics.out_degree));
    EXPECT_EQ(std::stod(node.data.at("weighted_degree")), metrics.weighted_degree);
    EXPECT_EQ(std::stod(node.data.at("pagerank")), metrics.pagerank);
    EXPECT_EQ(std::stod(node.data.at("betweenness")), metrics.betweenness);
    EXPECT_EQ(node.data.at("community"), std::to_string(metrics.community));
    for (const auto& [code, value] : entity.codes) EXPECT_EQ(node.data.at("code_" + code), value);
  }
  ASSERT_EQ(parsed.edges.size(), graph.relation_count());
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    const Element& edge = parsed.edges[i];
    EXPECT_EQ(edge.id, NodeIdOfKey(relation.source) + "--" + NodeIdOfKey(relation.target));
    EXPECT_EQ(edge.source, NodeId(graph.entity(graph.FindEntity(relation.source))));
    EXPECT_EQ(edge.target, NodeId(graph.entity(graph.FindEntity(relation.target))));
    EXPECT_EQ(edge.data.at("relation"), relation.code.label);
    EXPECT_EQ(edge.data.at("label"), relation.code.label);
    EXPECT_EQ(std::stod(edge.data.at("weight")), static_cast<double>(relation.weight));
    EXPECT_EQ(edge.data.at("cameo"), relation.code.cameo);
    EXPECT_EQ(edge.data.at("quad"), std::to_string(relation.code.quad));
    EXPECT_EQ(std::stod(edge.data.at("goldstein")), relation.code.goldstein);
    EXPECT_EQ(edge.data.at("plover"), relation.code.plover);
    EXPECT_EQ(edge.data.at("documents"), std::to_string(relation.documents));
  }
}

TEST(GraphmlWriterTest, EmptyStringsAreLeftOut) {
  const KnowledgeGraph graph = SmallGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    EXPECT_EQ(parsed.edges[i].data.count("first_seen"), relation.first_seen.empty() ? 0u : 1u);
    EXPECT_EQ(parsed.edges[i].data.count("last_seen"), relation.last_seen.empty() ? 0u : 1u);
    EXPECT_EQ(parsed.edges[i].data.count("first_period"), relation.first_seen.empty() ? 0u : 1u);
    EXPECT_EQ(parsed.edges[i].data.count("last_period"), relation.last_seen.empty() ? 0u : 1u);
  }
}

// Splits `list` at every ';'.
std::vector<std::string> SplitAliases(const std::string& list) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t at; (at = list.find(';', begin)) != std::string::npos; begin = at + 1)
    parts.push_back(list.substr(begin, at - begin));
  parts.push_back(list.substr(begin));
  return parts;
}

TEST(GraphmlWriterTest, AliasesAreASemicolonList) {
  const KnowledgeGraph graph = SmallGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    EXPECT_EQ(SplitAliases(parsed.nodes[i].data.at("aliases")), graph.entity(i).aliases);
  EXPECT_EQ(parsed.nodes[graph.FindEntity("person:vladimir_putin")].data.at("aliases"),
            "President Putin;Putin;Vladimir Putin");
}

TEST(GraphmlWriterTest, SemicolonInsideAnAliasKeepsTheListWhole) {
  const KnowledgeGraph graph = HostileGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  bool found = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const std::string& list = parsed.nodes[i].data.at("aliases");
    EXPECT_EQ(SplitAliases(list).size(), graph.entity(i).aliases.size()) << list;
    found |= list.find("Pat | O'Brien, Jr.") != std::string::npos;
  }
  EXPECT_TRUE(found);
}

TEST(GraphmlWriterTest, EvidenceIsLimitedAndPrefixed) {
  const KnowledgeGraph graph = SmallGraph();
  const std::size_t attacks = 0;  // gpe:russia -> gpe:ukraine, six evidence entries
  ASSERT_EQ(graph.relation(attacks).evidence.size(), 6u);
  const std::string five = Parse(Write(graph)).edges[attacks].data.at("evidence");
  EXPECT_EQ(five,
            "[wire-0001 #0] Russia attacked Ukraine's power grid.\n"
            "[wire-0001 #4] Russian forces struck Kharkiv & Odesa.\n"
            "[wire-0003 #1] Russia launched drones at Kyiv.\n"
            "[wire-0003 #6] Missiles hit Lviv, officials said.\n"
            "[wire-0009 #3] Russia shelled villages near the border.");
  const std::string two =
      Parse(Write(graph, {.evidence_limit = 2})).edges[attacks].data.at("evidence");
  EXPECT_EQ(two,
            "[wire-0001 #0] Russia attacked Ukraine's power grid.\n"
            "[wire-0001 #4] Russian forces struck Kharkiv & Odesa.");
}

TEST(GraphmlWriterTest, NonFiniteDoubleIsLeftOut) {
  const KnowledgeGraph graph = HostileGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const bool finite = std::isfinite(graph.relation(i).code.goldstein);
    EXPECT_EQ(parsed.edges[i].data.count("goldstein"), finite ? 1u : 0u);
  }
}

TEST(GraphmlWriterTest, HostileTextStaysCharacterData) {
  const std::string xml = Write(HostileGraph());
  EXPECT_EQ(export_internal::ToValidUtf8(xml), xml) << "output is not valid UTF-8";
  for (std::size_t i = 0; i < xml.size(); ++i) {
    const auto byte = static_cast<unsigned char>(xml[i]);
    EXPECT_FALSE(byte < 0x20 && byte != '\t' && byte != '\n') << "raw control byte at " << i;
  }
  EXPECT_EQ(xml.find("\xef\xbf\xbe"), std::string::npos);
  EXPECT_EQ(xml.find("\xef\xbf\xbf"), std::string::npos);
  for (std::size_t at = xml.find('&'); at != std::string::npos; at = xml.find('&', at + 1)) {
    const std::string_view rest = std::string_view(xml).substr(at);
    bool known = false;
    for (std::string_view entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#13;"}) {
      known |= rest.substr(0, entity.size()) == entity;
    }
    EXPECT_TRUE(known) << "bare & at " << at << ": " << rest.substr(0, 12);
  }
  for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
    const std::string_view rest = std::string_view(xml).substr(at);
    bool known = false;
    for (std::string_view tag :
         {"<?xml ", "<graphml ", "</graphml>", "<key ", "<graph ", "</graph>", "<node ", "</node>",
          "<edge ", "</edge>", "<data ", "</data>"}) {
      known |= rest.substr(0, tag.size()) == tag;
    }
    EXPECT_TRUE(known) << "markup from data at " << at << ": " << rest.substr(0, 20);
  }
}

TEST(GraphmlWriterTest, HostileNamesReadBackCleaned) {
  const KnowledgeGraph graph = HostileGraph();
  const ParsedGraphml parsed = Parse(Write(graph));
  std::map<std::string, std::string> label_by_key;
  for (const Element& node : parsed.nodes)
    label_by_key[node.data.at("key")] = node.data.at("label");
  const std::string fffd = "\xef\xbf\xbd";
  const std::map<std::string, std::string> expected = {
      {"person:o'brien\\", "O'Brien\\"},
      {"organization:\"})", "\"}) DETACH DELETE n //"},
      {"organization:acme", "Acme <&> \"Co\" Ltd"},  // U+0001 and U+000B removed
      {"gpe:zurich", "Z" + fffd + "rich " + fffd + fffd + fffd + " " + fffd + fffd + " end"},
      {"other:line", "Line\nBreak\r\nName\tTab"},  // CR kept through &#13;
  };
  EXPECT_EQ(label_by_key, expected);
  // Leading and trailing whitespace, which Gephi would trim, is trimmed here.
  EXPECT_EQ(parsed.edges[1].data.at("evidence"), "[doc7 #0]  padded");
}

}  // namespace
}  // namespace newsgraph
