#include "export/gexf_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/gexf_time.h"
#include "export/node_id.h"
#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

using boost::property_tree::ptree;
using export_internal::PeriodCalendar;
using export_internal::SpellsOf;
using testing::HostileGraph;
using testing::MakeEntity;
using testing::MakeRelation;
using testing::PeriodGraph;
using testing::SmallGraph;
using testing::WriteToString;

struct Element {
  std::map<std::string, std::string> xml;     // XML attributes: id, label, source, kind, ...
  std::map<std::string, std::string> values;  // <attvalue for> -> value
  // <attvalue for> -> "value@start..end" of the timed values, in file order
  std::map<std::string, std::vector<std::string>> timed;
  std::vector<std::string> spells;           // "start..end"
  std::map<std::string, std::string> color;  // viz:color r, g, b
  std::string size;                          // viz:size value
};

// GEXF read back with an XML parser independent of the writer.
struct ParsedGexf {
  std::map<std::string, std::string> graph;  // <graph> attributes
  // class ("node", "edge"; "node:dynamic", "edge:dynamic" for dynamic blocks) -> id -> type
  std::map<std::string, std::map<std::string, std::string>> types;
  std::vector<std::string> blocks;  // the class of each <attributes> block, in file order
  std::vector<Element> nodes;
  std::vector<Element> edges;
};

std::map<std::string, std::string> Attributes(const ptree& element) {
  std::map<std::string, std::string> attributes;
  if (const auto found = element.get_child_optional("<xmlattr>")) {
    for (const auto& [name, value] : *found) attributes[name] = value.data();
  }
  return attributes;
}

Element ReadElement(const ptree& tree) {
  Element element;
  element.xml = Attributes(tree);
  for (const auto& [tag, child] : tree) {
    if (tag == "attvalues") {
      for (const auto& [value_tag, value] : child) {
        if (value_tag != "attvalue") continue;
        const auto attributes = Attributes(value);
        if (attributes.count("start") != 0) {
          element.timed[attributes.at("for")].push_back(
              attributes.at("value") + "@" + attributes.at("start") + ".." + attributes.at("end"));
          continue;
        }
        EXPECT_TRUE(element.values.emplace(attributes.at("for"), attributes.at("value")).second);
      }
    } else if (tag == "spells") {
      for (const auto& [spell_tag, spell] : child) {
        const auto attributes = Attributes(spell);
        if (spell_tag == "spell")
          element.spells.push_back(attributes.at("start") + ".." + attributes.at("end"));
      }
    } else if (tag == "viz:color") {
      element.color = Attributes(child);
    } else if (tag == "viz:size") {
      element.size = Attributes(child).at("value");
    }
  }
  return element;
}

ParsedGexf Parse(const std::string& xml) {
  std::istringstream in(xml);
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  ParsedGexf parsed;
  const ptree& graph = tree.get_child("gexf.graph");
  parsed.graph = Attributes(graph);
  for (const auto& [tag, child] : graph) {
    if (tag == "attributes") {
      const auto block = Attributes(child);
      const std::string element_class =
          block.at("class") + (block.at("mode") == "dynamic" ? ":dynamic" : "");
      parsed.blocks.push_back(element_class);
      for (const auto& [attribute_tag, attribute] : child) {
        if (attribute_tag != "attribute") continue;
        const auto declared = Attributes(attribute);
        EXPECT_EQ(declared.at("id"), declared.at("title"));
        parsed.types[element_class][declared.at("id")] = declared.at("type");
      }
    } else if (tag == "nodes" || tag == "edges") {
      for (const auto& [element_tag, element] : child) {
        if (element_tag == "node") parsed.nodes.push_back(ReadElement(element));
        if (element_tag == "edge") parsed.edges.push_back(ReadElement(element));
      }
    }
  }
  return parsed;
}

std::string Write(const KnowledgeGraph& graph, GexfWriterOptions options = {}) {
  return WriteToString(GexfWriter(options), graph);
}

TEST(GexfWriterTest, StaticDirectedGraphWithTypedAttributes) {
  const ParsedGexf parsed = Parse(Write(SmallGraph()));
  EXPECT_EQ(parsed.graph.at("mode"), "static");
  EXPECT_EQ(parsed.graph.at("defaultedgetype"), "directed");
  const std::map<std::string, std::string> node_types = {
      {"type", "string"},       {"key", "string"},         {"aliases", "string"},
      {"mentions", "integer"},  {"documents", "integer"},  {"degree", "integer"},
      {"in_degree", "integer"}, {"out_degree", "integer"}, {"weighted_degree", "double"},
      {"pagerank", "double"},   {"betweenness", "double"}, {"community", "integer"},
      {"code_cameo", "string"}, {"code_iso3166", "string"}};
  const std::map<std::string, std::string> edge_types = {{"relation", "string"},
                                                         {"relations", "string"},
                                                         {"cameo", "string"},
                                                         {"quad", "integer"},
                                                         {"goldstein", "double"},
                                                         {"plover", "string"},
                                                         {"cooperation_weight", "double"},
                                                         {"conflict_weight", "double"},
                                                         {"goldstein_sum", "double"},
                                                         {"documents", "integer"},
                                                         {"first_seen", "string"},
                                                         {"last_seen", "string"},
                                                         {"evidence", "string"}};
  EXPECT_EQ(parsed.types.at("node"), node_types);
  EXPECT_EQ(parsed.types.at("edge"), edge_types);
}

TEST(GexfWriterTest, NodesCarryMetricsColourAndSize) {
  const KnowledgeGraph graph = SmallGraph();
  const ParsedGexf parsed = Parse(Write(graph));
  ASSERT_EQ(parsed.nodes.size(), graph.entity_count());
  double largest_size = 0;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Element& node = parsed.nodes[i];
    const NodeMetrics& metrics = graph.metrics(i);
    EXPECT_EQ(node.xml.at("id"), NodeId(graph.entity(i)));
    EXPECT_EQ(node.xml.at("label"), graph.entity(i).name);
    EXPECT_EQ(node.values.at("degree"), std::to_string(metrics.degree));
    EXPECT_EQ(std::stod(node.values.at("pagerank")), metrics.pagerank);
    EXPECT_EQ(std::stod(node.values.at("betweenness")), metrics.betweenness);
    EXPECT_EQ(node.values.at("community"), std::to_string(metrics.community));
    const double size = std::stod(node.size);
    EXPECT_GE(size, 5.0);
    EXPECT_LE(size, 50.0);
    largest_size = std::max(largest_size, size);
  }
  EXPECT_EQ(largest_size, 50.0) << "the node of highest PageRank is drawn largest";
  // Russia (GPE) red, Vladimir Putin (PERSON) blue.
  EXPECT_EQ(parsed.nodes[graph.FindEntity("gpe:russia")].color,
            (std::map<std::string, std::string>{{"r", "225"}, {"g", "87"}, {"b", "89"}}));
  EXPECT_EQ(parsed.nodes[graph.FindEntity("person:vladimir_putin")].color,
            (std::map<std::string, std::string>{{"r", "78"}, {"g", "121"}, {"b", "167"}}));
  EXPECT_EQ(parsed.nodes[graph.FindEntity("gpe:russia")].values.at("aliases"),
            "Russia;Russian Federation");
}

TEST(GexfWriterTest, CommunityColouringGivesOneColourPerCommunity) {
  const KnowledgeGraph graph = SmallGraph();
  const ParsedGexf parsed = Parse(Write(graph, {.node_coloring = NodeColoring::kByCommunity}));
  std::map<std::size_t, std::map<std::string, std::string>> color_of_community;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const auto [it, inserted] =
        color_of_community.emplace(graph.metrics(i).community, parsed.nodes[i].color);
    EXPECT_EQ(it->second, parsed.nodes[i].color) << "node " << i;
  }
  std::set<std::map<std::string, std::string>> distinct;
  for (const auto& [community, color] : color_of_community) distinct.insert(color);
  EXPECT_EQ(distinct.size(), color_of_community.size());
}

// Russia -> Ukraine: an attack (conflict), a second attack coded apart, a cooperative
// consultation and a statement of unknown QuadClass; Ukraine -> Russia: one accusation.
KnowledgeGraph MixedPolarityGraph() {
  std::vector<Entity> entities = {
      MakeEntity("gpe:russia", "Russia", EntityType::kGpe, {"Russia"}, {}, 5, 2),
      MakeEntity("gpe:ukraine", "Ukraine", EntityType::kGpe, {"Ukraine"}, {}, 5, 2)};
  std::vector<Relation> relations = {
      MakeRelation("gpe:russia", "gpe:ukraine", {"attacks", "190", 4, -10.0, "ASSAULT"}, 3, 2,
                   "2024-03-02", "2024-03-05", {}),
      MakeRelation("gpe:russia", "gpe:ukraine", {"shells", "195", 4, -10.0, "ASSAULT"}, 1, 1,
                   "2024-03-01", "2024-03-01", {}),
      MakeRelation("gpe:russia", "gpe:ukraine", {"meets", "040", 1, 1.0, "CONSULT"}, 2, 1, "", "",
                   {}),
      MakeRelation("gpe:russia", "gpe:ukraine", {"mentions", "", 0, 0.0, ""}, 1, 1, "", "", {}),
      MakeRelation("gpe:ukraine", "gpe:russia", {"accuses", "112", 3, -2.0, "ACCUSE"}, 2, 2, "", "",
                   {})};
  return KnowledgeGraph(entities, relations);
}

TEST(GexfWriterTest, OneEdgePerActorPairAndPloverKindWithPolaritySplit) {
  const ParsedGexf parsed = Parse(Write(MixedPolarityGraph()));
  ASSERT_EQ(parsed.edges.size(), 4u);
  struct Expected {
    std::string kind, label, weight, cooperation, conflict, goldstein_sum, relations;
  };
  const std::vector<Expected> expected = {
      {"", "mentions", "1.0", "0.0", "0.0", "0.0", "mentions (1)"},
      {"ASSAULT", "attacks", "4.0", "0.0", "4.0", "-40.0", "attacks (3); shells (1)"},
      {"CONSULT", "meets", "2.0", "2.0", "0.0", "2.0", "meets (2)"},
      {"ACCUSE", "accuses", "2.0", "0.0", "2.0", "-4.0", "accuses (2)"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("edge " + std::to_string(i));
    const Element& edge = parsed.edges[i];
    EXPECT_EQ(edge.xml.count("kind") ? edge.xml.at("kind") : "", expected[i].kind);
    EXPECT_EQ(edge.xml.at("label"), expected[i].label);
    EXPECT_EQ(edge.xml.at("weight"), expected[i].weight);
    EXPECT_EQ(edge.values.at("cooperation_weight"), expected[i].cooperation);
    EXPECT_EQ(edge.values.at("conflict_weight"), expected[i].conflict);
    EXPECT_EQ(edge.values.at("goldstein_sum"), expected[i].goldstein_sum);
    EXPECT_EQ(edge.values.at("relations"), expected[i].relations);
  }
  EXPECT_EQ(parsed.edges[1].values.at("first_seen"), "2024-03-01");
  EXPECT_EQ(parsed.edges[1].values.at("last_seen"), "2024-03-05");
  EXPECT_EQ(parsed.edges[1].values.at("cameo"), "190") << "the heaviest relation's code";
  EXPECT_EQ(parsed.edges[0].values.count("plover"), 0u) << "empty strings are left out";
}

TEST(GexfWriterTest, HostileTextStaysInsideAttributeValues) {
  const std::string xml = Write(HostileGraph());
  // Every line is one tag: no line break or control character from a name escapes its value.
  std::istringstream lines(xml);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t start = line.find_first_not_of(' ');
    ASSERT_NE(start, std::string::npos);
    EXPECT_EQ(line[start], '<') << line;
    EXPECT_EQ(line.back(), '>') << line;
    for (unsigned char c : line) EXPECT_GE(c, 0x20) << line;
  }
  const ParsedGexf parsed = Parse(xml);
  const KnowledgeGraph graph = HostileGraph();
  const Element& line_node = parsed.nodes[graph.FindEntity("other:line")];
  EXPECT_EQ(line_node.xml.at("label"), "Line\nBreak\r\nName\tTab") << "kept through &#10;";
  const Element& obrien = parsed.nodes[graph.FindEntity("person:o'brien\\")];
  EXPECT_EQ(obrien.values.at("aliases"), "O'Brien\\;Pat | O'Brien, Jr.;Smith, \"Jr\",\nLtd")
      << "a ';' inside an alias does not split it";
  const Element& acme = parsed.nodes[graph.FindEntity("organization:acme")];
  EXPECT_EQ(acme.xml.at("label"), "Acme <&> \"Co\" Ltd");
}

TEST(GexfWriterTest, EmptyGraphIsAValidDocument) {
  const ParsedGexf parsed = Parse(Write(KnowledgeGraph({}, {})));
  EXPECT_TRUE(parsed.nodes.empty());
  EXPECT_TRUE(parsed.edges.empty());
}

GexfWriterOptions Monthly() { return GexfWriterOptions{.period = PeriodUnit::kMonth}; }

// The element of `elements` whose XML id is `id`.
const Element& Find(const std::vector<Element>& elements, const std::string& id) {
  for (const Element& element : elements) {
    if (element.xml.at("id") == id) return element;
  }
  ADD_FAILURE() << "no element " << id;
  static const Element kNone;
  return kNone;
}

TEST(GexfWriterTest, WithPeriodsTheGraphIsDynamicWithDatesAsDays) {
  const ParsedGexf parsed = Parse(Write(PeriodGraph(), Monthly()));
  EXPECT_EQ(parsed.graph.at("mode"), "dynamic");
  EXPECT_EQ(parsed.graph.at("timeformat"), "date");
  EXPECT_EQ(parsed.graph.at("defaultedgetype"), "directed");
  const std::vector<std::string> blocks = {"node:dynamic", "node", "edge:dynamic", "edge"};
  EXPECT_EQ(parsed.blocks, blocks) << "the static block of a class comes last (Gephi Lite)";
  const std::map<std::string, std::string> node_dynamic = {{"period_mentions", "integer"},
                                                           {"period_documents", "integer"}};
  const std::map<std::string, std::string> edge_dynamic = {{"weight", "double"},
                                                           {"period_documents", "integer"},
                                                           {"period_quad1", "integer"},
                                                           {"period_quad2", "integer"},
                                                           {"period_quad3", "integer"},
                                                           {"period_quad4", "integer"},
                                                           {"period_goldstein_sum", "double"}};
  EXPECT_EQ(parsed.types.at("node:dynamic"), node_dynamic);
  EXPECT_EQ(parsed.types.at("edge:dynamic"), edge_dynamic);
  EXPECT_EQ(parsed.types.at("edge"), Parse(Write(SmallGraph())).types.at("edge"));
  EXPECT_EQ(parsed.types.at("node").at("mentions"), "integer") << "static totals stay";
}

TEST(GexfWriterTest, AnEdgeWithoutEventsInAMonthIsAbsentFromIt) {
  const ParsedGexf parsed = Parse(Write(PeriodGraph(), Monthly()));
  const Element& attacks = Find(parsed.edges, "gpe:russia--gpe:ukraine--ASSAULT");
  const std::vector<std::string> spells = {"2024-01-01..2024-01-31", "2024-03-01..2024-03-31"};
  EXPECT_EQ(attacks.spells, spells);
  const std::vector<std::string> weights = {"2.0@2024-01-01..2024-01-31",
                                            "1.0@2024-03-01..2024-03-31"};
  EXPECT_EQ(attacks.timed.at("weight"), weights);
  const std::vector<std::string> conflict = {"2@2024-01-01..2024-01-31",
                                             "1@2024-03-01..2024-03-31"};
  EXPECT_EQ(attacks.timed.at("period_quad4"), conflict);
  const std::vector<std::string> no_cooperation = {"0@2024-01-01..2024-01-31",
                                                   "0@2024-03-01..2024-03-31"};
  EXPECT_EQ(attacks.timed.at("period_quad1"), no_cooperation);
  const std::vector<std::string> goldstein = {"-20.0@2024-01-01..2024-01-31",
                                              "-10.0@2024-03-01..2024-03-31"};
  EXPECT_EQ(attacks.timed.at("period_goldstein_sum"), goldstein);
  EXPECT_EQ(attacks.xml.at("weight"), "4.0") << "the static weight counts the undated event";
  EXPECT_EQ(attacks.values.at("goldstein_sum"), "-40.0");
}

TEST(GexfWriterTest, ConsecutivePeriodsMakeOneSpell) {
  const ParsedGexf parsed = Parse(Write(PeriodGraph(), Monthly()));
  const Element& appeals = Find(parsed.edges, "gpe:ukraine--organization:nato--REQUEST");
  EXPECT_EQ(appeals.spells, std::vector<std::string>{"2024-01-01..2024-03-31"});
  EXPECT_EQ(appeals.timed.at("weight").size(), 3u) << "values stay one per period";
  PeriodCalendar weeks(PeriodUnit::kWeek);
  const std::vector<export_internal::Spell> spells =
      SpellsOf({"2020-W52", "2020-W53", "2021-W01", "2021-W03", "not-a-week"}, weeks);
  ASSERT_EQ(spells.size(), 2u);
  EXPECT_EQ(spells[0].start + ".." + spells[0].end, "2020-12-21..2021-01-10");
  EXPECT_EQ(spells[1].start + ".." + spells[1].end, "2021-01-18..2021-01-24");
}

TEST(GexfWriterTest, UndatedFactsCountInTheStaticTotalsOnly) {
  const ParsedGexf parsed = Parse(Write(PeriodGraph(), Monthly()));
  const Element& hosts = Find(parsed.edges, "organization:nato--gpe:ukraine--CONSULT");
  EXPECT_TRUE(hosts.spells.empty()) << "no spell: present at every time";
  EXPECT_TRUE(hosts.timed.empty());
  EXPECT_EQ(hosts.xml.at("weight"), "2.0");
}

TEST(GexfWriterTest, NodeSpellsCoverItsMentionsAndItsEdges) {
  const ParsedGexf parsed = Parse(Write(PeriodGraph(), Monthly()));
  const Element& ukraine = Find(parsed.nodes, "gpe:ukraine");
  EXPECT_EQ(ukraine.spells, std::vector<std::string>{"2024-01-01..2024-03-31"})
      << "not mentioned in February, but an end of an edge then";
  const std::vector<std::string> mentions = {"3@2024-01-01..2024-01-31",
                                             "2@2024-03-01..2024-03-31"};
  EXPECT_EQ(ukraine.timed.at("period_mentions"), mentions);
  EXPECT_EQ(ukraine.values.at("mentions"), "6");
  const Element& putin = Find(parsed.nodes, NodeIdOfKey("person:vladimir_putin"));
  EXPECT_EQ(putin.spells, std::vector<std::string>{"2024-02-01..2024-02-29"});
  const std::vector<std::string> documents = {"1@2024-02-01..2024-02-29"};
  EXPECT_EQ(putin.timed.at("period_documents"), documents);
}

TEST(GexfWriterTest, DynamicNodeSizeGrowsWithDegree) {
  const KnowledgeGraph graph = PeriodGraph();
  const ParsedGexf parsed = Parse(Write(graph, Monthly()));
  std::size_t largest = 0;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    largest = std::max(largest, graph.metrics(i).degree);
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const double share = static_cast<double>(graph.metrics(i).degree) / largest;
    EXPECT_NEAR(std::stod(parsed.nodes[i].size), 5 + 45 * std::sqrt(share), 0.006)
        << graph.entity(i).id;
  }
}

TEST(GexfWriterTest, WithoutPeriodsThePeriodCountsAreNotWritten) {
  const std::string xml = Write(PeriodGraph());
  EXPECT_EQ(xml, Write(PeriodGraph(), GexfWriterOptions{.period = PeriodUnit::kNone}));
  EXPECT_EQ(xml.find("dynamic"), std::string::npos);
  EXPECT_EQ(xml.find("spell"), std::string::npos);
  EXPECT_EQ(xml.find("start="), std::string::npos);
}

TEST(GexfWriterTest, HostileNamesStayInsideTheDynamicFile) {
  const std::string xml = Write(PeriodGraph(), Monthly());
  std::istringstream lines(xml);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t start = line.find_first_not_of(' ');
    ASSERT_NE(start, std::string::npos);
    EXPECT_EQ(line[start], '<') << line;
    EXPECT_EQ(line.back(), '>') << line;
    for (unsigned char c : line) EXPECT_GE(c, 0x20) << line;
  }
  const ParsedGexf parsed = Parse(xml);
  const Element& acme = Find(parsed.nodes, "organization:acme");
  EXPECT_EQ(acme.xml.at("label"), "Acme <&> \"Co\" Ltd");
  EXPECT_EQ(Find(parsed.edges, "organization:acme--gpe:russia--ACCUSE").xml.at("label"),
            "\"}) DETACH DELETE n //");
}

// The dynamic file of the period graph, whole, against tests/export/golden/graph.dynamic.gexf
// (NEWSGRAPH_UPDATE_GOLDEN=1 rewrites it).
TEST(GexfWriterTest, DynamicFileMatchesGoldenFile) {
  const std::string path = std::string(NEWSGRAPH_TEST_DATA) + "/export/golden/graph.dynamic.gexf";
  const std::string written = Write(PeriodGraph(), Monthly());
  if (testing::UpdateGolden()) {
    std::ofstream(path, std::ios::binary) << written;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "missing golden file " << path;
  const std::string expected((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
  EXPECT_EQ(written, expected);
}

}  // namespace
}  // namespace newsgraph
