#include "export/cypher_writer.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::CodeAttributeNames;
using export_internal::CypherRelationshipType;
using export_internal::CypherString;
using export_internal::EvidenceLine;
using export_internal::FormatDouble;

// Every EntityType, in declaration order.
constexpr std::array<EntityType, 6> kEntityTypes = {
    EntityType::kPerson,   EntityType::kOrganization, EntityType::kGpe,
    EntityType::kLocation, EntityType::kNorp,         EntityType::kOther,
};

// "PERSON" -> "Person", "GPE" -> "Gpe".
std::string TypeLabel(EntityType type) {
  std::string label(EntityTypeName(type));
  for (std::size_t i = 1; i < label.size(); ++i) {
    if (label[i] >= 'A' && label[i] <= 'Z') label[i] = static_cast<char>(label[i] - 'A' + 'a');
  }
  return label;
}

std::string CypherList(const std::vector<std::string>& items) {
  std::string list = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) list += ", ";
    list += CypherString(items[i]);
  }
  return list + "]";
}

std::string CypherFloat(double value) {
  const std::optional<std::string> text = FormatDouble(value);
  return text ? *text : "null";
}

std::string EntityRow(const KnowledgeGraph& graph, std::size_t index,
                      const std::map<std::string, std::string>& code_names) {
  const Entity& entity = graph.entity(index);
  std::string row = "{key: " + CypherString(NodeId(entity)) + ", name: " + CypherString(entity.name) +
                    ", type: " + CypherString(EntityTypeName(entity.type)) +
                    ", aliases: " + CypherList(entity.aliases) +
                    ", mentions: " + std::to_string(entity.mentions) +
                    ", documents: " + std::to_string(entity.documents) +
                    ", degree: " + std::to_string(graph.Degree(index));
  if (!entity.sector.empty()) row += ", sector: " + CypherString(entity.sector);
  for (const auto& [code, value] : entity.codes) {
    row += ", " + code_names.at(code) + ": " + CypherString(value);
  }
  return row + "}";
}

// date('YYYY-MM-DD'), or null for an unknown date.
std::string CypherDate(const std::string& date) {
  return date.empty() ? "null" : "date(" + CypherString(date) + ")";
}

std::string RelationRow(const Relation& relation) {
  std::vector<std::string> evidence;
  evidence.reserve(relation.evidence.size());
  for (const Evidence& entry : relation.evidence) evidence.push_back(EvidenceLine(entry));
  return "{source: " + CypherString(NodeIdOfKey(relation.source)) +
         ", target: " + CypherString(NodeIdOfKey(relation.target)) +
         ", label: " + CypherString(relation.code.label) +
         ", weight: " + std::to_string(relation.weight) +
         ", cameo: " + CypherString(relation.code.cameo) +
         ", quad: " + std::to_string(relation.code.quad) +
         ", goldstein: " + CypherFloat(relation.code.goldstein) +
         ", plover: " + CypherString(relation.code.plover) +
         ", documents: " + std::to_string(relation.documents) +
         ", first_seen: " + CypherDate(relation.first_seen) +
         ", last_seen: " + CypherDate(relation.last_seen) +
         ", evidence: " + CypherList(evidence) + "}";
}

// Writes `rows` as UNWIND statements of at most `batch` rows, each followed by `body`.
void WriteBatches(std::ostream& out, const std::vector<std::string>& rows, std::size_t batch,
                  const std::string& body) {
  for (std::size_t begin = 0; begin < rows.size(); begin += batch) {
    const std::size_t end = std::min(rows.size(), begin + batch);
    out << "\nUNWIND [\n";
    for (std::size_t i = begin; i < end; ++i) {
      out << "  " << rows[i] << (i + 1 < end ? ",\n" : "\n");
    }
    out << "] AS row\n" << body << ";\n";
  }
}

std::string EntityStatementBody(EntityType type,
                                const std::map<std::string, std::string>& code_names,
                                bool has_sectors) {
  std::string body =
      "MERGE (n:Entity {key: row.key})\n"
      "SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, "
      "n.mentions = row.mentions,\n"
      "    n.documents = row.documents, n.degree = row.degree";
  if (has_sectors) body += ", n.sector = row.sector";
  for (const auto& [code, name] : code_names) body += ", n." + name + " = row." + name;
  body += "\nREMOVE n";
  for (EntityType other : kEntityTypes) {
    if (other != type) body += ":" + TypeLabel(other);
  }
  return body + "\nSET n:" + TypeLabel(type);
}

std::string RelationStatementBody(const std::string& type) {
  return "MATCH (s:Entity {key: row.source})\n"
         "MATCH (t:Entity {key: row.target})\n"
         "MERGE (s)-[r:" +
         type +
         " {label: row.label}]->(t)\n"
         "SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, "
         "r.quad = row.quad,\n"
         "    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,\n"
         "    r.first_seen = row.first_seen, r.last_seen = row.last_seen, "
         "r.evidence = row.evidence";
}

}  // namespace

void CypherWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const std::size_t batch = std::max<std::size_t>(1, options_.rows_per_statement);
  const std::map<std::string, std::string> code_names = CodeAttributeNames(graph);
  bool has_sectors = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    has_sectors = has_sectors || !graph.entity(i).sector.empty();

  out << "// newsgraph knowledge graph for Neo4j 5: " << graph.entity_count() << " entities, "
      << graph.relation_count() << " relations.\n"
      << "// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher\n"
      << "// Idempotent: entities are merged on :Entity(key) and relations on (source, type, "
         "label, target),\n"
      << "// so running the script again changes nothing.\n"
      << "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;\n";

  for (EntityType type : kEntityTypes) {
    std::vector<std::string> rows;
    for (std::size_t i = 0; i < graph.entity_count(); ++i) {
      if (graph.entity(i).type == type) rows.push_back(EntityRow(graph, i, code_names));
    }
    WriteBatches(out, rows, batch, EntityStatementBody(type, code_names, has_sectors));
  }

  std::map<std::string, std::vector<std::string>> rows_by_type;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    rows_by_type[CypherRelationshipType(relation.code.label)].push_back(RelationRow(relation));
  }
  for (const auto& [type, rows] : rows_by_type) {
    WriteBatches(out, rows, batch, RelationStatementBody(type));
  }
}

}  // namespace newsgraph
