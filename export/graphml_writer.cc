#include "export/graphml_writer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::CodeAttributeNames;
using export_internal::FormatDouble;
using export_internal::JoinAliases;
using export_internal::JoinedEvidence;
using export_internal::RelationList;
using export_internal::TrimEscapedSpace;
using export_internal::XmlEscape;

// Key ids carry the domain so that a node key and an edge key may share an attr.name.
std::string NodeKeyId(std::string_view name) { return "n_" + std::string(name); }
std::string EdgeKeyId(std::string_view name) { return "e_" + std::string(name); }

struct KeyDeclaration {
  std::string name;
  std::string_view type;  // GraphML attr.type
};

const std::vector<KeyDeclaration>& FixedNodeKeys() {
  static const std::vector<KeyDeclaration> keys = {
      {"label", "string"},    {"type", "string"},
      {"key", "string"},      {"aliases", "string"},
      {"mentions", "int"},    {"documents", "int"},
      {"degree", "int"},      {"in_degree", "int"},
      {"out_degree", "int"},  {"weighted_degree", "double"},
      {"pagerank", "double"}, {"betweenness", "double"},
      {"community", "int"},
  };
  return keys;
}

const std::vector<KeyDeclaration>& EdgeKeys() {
  static const std::vector<KeyDeclaration> keys = {
      {"relation", "string"},  {"label", "string"},    {"weight", "double"},
      {"cameo", "string"},     {"quad", "int"},        {"goldstein", "double"},
      {"plover", "string"},    {"documents", "int"},   {"first_seen", "string"},
      {"last_seen", "string"}, {"evidence", "string"}, {"relations", "string"},
      {"first_period", "int"}, {"last_period", "int"},
  };
  return keys;
}

void WriteKey(std::ostream& out, std::string_view id, std::string_view domain,
              std::string_view name, std::string_view type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << name
      << "\" attr.type=\"" << type << "\"/>\n";
}

// Writes <data> holding `text` unless nothing is left of it once escaped and trimmed.
void WriteString(std::ostream& out, const std::string& key_id, std::string_view text) {
  const std::string escaped = XmlEscape(text);
  const std::string_view value = TrimEscapedSpace(escaped);
  if (value.empty()) return;
  out << "      <data key=\"" << key_id << "\">" << value << "</data>\n";
}

template <typename Integer>
void WriteInteger(std::ostream& out, const std::string& key_id, Integer value) {
  out << "      <data key=\"" << key_id << "\">" << value << "</data>\n";
}

void WriteDouble(std::ostream& out, const std::string& key_id, double value) {
  const std::optional<std::string> text = FormatDouble(value);
  if (!text) return;
  out << "      <data key=\"" << key_id << "\">" << *text << "</data>\n";
}

// The month of a YYYY-MM-DD date as the integer YYYYMM ("2024-03-15" -> 202403), the number a
// range filter (Gephi Lite's) can compare; 0 when the date does not start with YYYY-MM.
int MonthNumber(std::string_view date) {
  if (date.size() < 7 || date[4] != '-') return 0;
  int month = 0;
  for (char c : std::string(date.substr(0, 4)) + std::string(date.substr(5, 2))) {
    if (c < '0' || c > '9') return 0;
    month = month * 10 + (c - '0');
  }
  return month;
}

void WriteMetrics(std::ostream& out, const NodeMetrics& metrics) {
  WriteInteger(out, NodeKeyId("degree"), metrics.degree);
  WriteInteger(out, NodeKeyId("in_degree"), metrics.in_degree);
  WriteInteger(out, NodeKeyId("out_degree"), metrics.out_degree);
  WriteDouble(out, NodeKeyId("weighted_degree"), metrics.weighted_degree);
  WriteDouble(out, NodeKeyId("pagerank"), metrics.pagerank);
  WriteDouble(out, NodeKeyId("betweenness"), metrics.betweenness);
  WriteInteger(out, NodeKeyId("community"), metrics.community);
}

}  // namespace

namespace {

void WriteHeaderAndKeys(const KnowledgeGraph& graph,
                        const std::map<std::string, std::string>& code_names, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDeclaration& key : FixedNodeKeys()) {
    WriteKey(out, NodeKeyId(key.name), "node", key.name, key.type);
  }
  bool has_sectors = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    has_sectors = has_sectors || !graph.entity(i).sector.empty();
  if (has_sectors) WriteKey(out, NodeKeyId("sector"), "node", "sector", "string");
  for (const auto& [code, name] : code_names)
    WriteKey(out, NodeKeyId(name), "node", name, "string");
  for (const KeyDeclaration& key : EdgeKeys()) {
    WriteKey(out, EdgeKeyId(key.name), "edge", key.name, key.type);
  }
}

void WriteNode(const KnowledgeGraph& graph, std::size_t i,
               const std::map<std::string, std::string>& code_names, std::ostream& out) {
  const Entity& entity = graph.entity(i);
  out << "    <node id=\"" << NodeId(entity) << "\">\n";
  WriteString(out, NodeKeyId("label"), entity.name);
  WriteString(out, NodeKeyId("type"), EntityTypeName(entity.type));
  WriteString(out, NodeKeyId("key"), entity.id);
  WriteString(out, NodeKeyId("aliases"), JoinAliases(entity.aliases));
  WriteInteger(out, NodeKeyId("mentions"), entity.mentions);
  WriteInteger(out, NodeKeyId("documents"), entity.documents);
  WriteMetrics(out, graph.metrics(i));
  if (!entity.sector.empty()) WriteString(out, NodeKeyId("sector"), entity.sector);
  for (const auto& [code, value] : entity.codes) {
    WriteString(out, NodeKeyId(code_names.at(code)), value);
  }
  out << "    </node>\n";
}

// The relations of each ordered pair of actors: relations are sorted by (source, target, label),
// so each pair's relations are adjacent. Within a pair the heaviest comes first (the first on a
// tie): it speaks for the edge.
std::vector<std::vector<const Relation*>> RelationsByPair(const KnowledgeGraph& graph) {
  std::vector<std::vector<const Relation*>> pairs;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    if (pairs.empty() || pairs.back().front()->source != relation.source ||
        pairs.back().front()->target != relation.target) {
      pairs.emplace_back();
    }
    pairs.back().push_back(&relation);
  }
  for (std::vector<const Relation*>& pair : pairs) {
    std::stable_sort(pair.begin(), pair.end(),
                     [](const Relation* a, const Relation* b) { return a->weight > b->weight; });
  }
  return pairs;
}

void WriteEdge(const std::vector<const Relation*>& pair, std::size_t evidence_limit,
               std::ostream& out) {
  const Relation& lead = *pair.front();
  std::size_t weight = 0, documents = 0;
  std::string first_seen = lead.first_seen, last_seen = lead.last_seen;
  for (const Relation* relation : pair) {
    weight += relation->weight;
    documents = std::max(documents, relation->documents);
    if (!relation->first_seen.empty() && (first_seen.empty() || relation->first_seen < first_seen))
      first_seen = relation->first_seen;
    if (relation->last_seen > last_seen) last_seen = relation->last_seen;
  }
  const std::string source = NodeIdOfKey(lead.source), target = NodeIdOfKey(lead.target);
  out << "    <edge id=\"" << source << "--" << target << "\" source=\"" << source << "\" target=\""
      << target << "\">\n";
  WriteString(out, EdgeKeyId("relation"), lead.code.label);
  WriteString(out, EdgeKeyId("label"), lead.code.label);
  WriteDouble(out, EdgeKeyId("weight"), static_cast<double>(weight));
  WriteString(out, EdgeKeyId("cameo"), lead.code.cameo);
  WriteInteger(out, EdgeKeyId("quad"), lead.code.quad);
  WriteDouble(out, EdgeKeyId("goldstein"), lead.code.goldstein);
  WriteString(out, EdgeKeyId("plover"), lead.code.plover);
  WriteInteger(out, EdgeKeyId("documents"), documents);
  WriteString(out, EdgeKeyId("first_seen"), first_seen);
  WriteString(out, EdgeKeyId("last_seen"), last_seen);
  WriteString(out, EdgeKeyId("evidence"), JoinedEvidence(pair, evidence_limit));
  WriteString(out, EdgeKeyId("relations"), RelationList(pair));
  if (!first_seen.empty()) WriteInteger(out, EdgeKeyId("first_period"), MonthNumber(first_seen));
  if (!last_seen.empty()) WriteInteger(out, EdgeKeyId("last_period"), MonthNumber(last_seen));
  out << "    </edge>\n";
}

}  // namespace

void GraphmlWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const std::map<std::string, std::string> code_names = CodeAttributeNames(graph);
  WriteHeaderAndKeys(graph, code_names, out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (std::size_t i = 0; i < graph.entity_count(); ++i) WriteNode(graph, i, code_names, out);
  for (const std::vector<const Relation*>& pair : RelationsByPair(graph)) {
    WriteEdge(pair, options_.evidence_limit, out);
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph
