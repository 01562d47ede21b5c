// Cypher for Neo4j 5 (https://neo4j.com/docs/cypher-manual/5/), loaded with
// `cypher-shell -f graph.cypher`. Private to export/.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct CypherWriterOptions {
  // Rows per UNWIND statement: Neo4j parses and plans each literal list as one query.
  std::size_t rows_per_statement = 500;
};

// Writes an idempotent script (running it twice leaves the same database as running it once):
//   - a `//` header saying how to load the file;
//   - CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
//   - entities grouped by type in EntityType order, in entity index order within a type, as
//     `UNWIND [{key: ..., ...}, ...] AS row MERGE (n:Entity {key: row.key}) SET n.name = ...`
//     statements of at most `rows_per_statement` rows, each giving its nodes the type label
//     (Person, Organization, Gpe, Location, Norp, Other) and removing the other type labels.
//     Properties: key (NodeId(entity), export/node_id.h), name, type, aliases (list), mentions, documents, degree,
//     sector when some entity has one (a state's sector node: "MIL", "GOV", ...) and
//     code_<name> per code name used by some entity (null, so absent, where an entity lacks it);
//   - relations grouped by relationship type (CypherRelationshipType of the label, in type name
//     order), in relation index order within a type, as `UNWIND [...] AS row MATCH (s:Entity
//     {key: row.source}) MATCH (t:Entity {key: row.target}) MERGE (s)-[r:TYPE {label: row.label}]
//     ->(t) SET r.relation = ..., ...` statements; properties label, relation (both the relation
//     label), weight, cameo, quad, goldstein (float, null when not finite), plover, documents,
//     first_seen, last_seen (Cypher dates, date('2024-03-01'); null, so absent, when undated)
//     and evidence (every entry as "[<document> #<sentence>] <text>").
// Only :Entity is MERGEd on, so its constraint covers every MERGE. Every statement ends with ';'.
// String literals are written by CypherString, so no value can end its literal early.
class CypherWriter final : public GraphWriter {
 public:
  explicit CypherWriter(CypherWriterOptions options = {}) : options_(options) {}

  std::string_view format() const override { return "cypher"; }
  std::string_view extension() const override { return "cypher"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  CypherWriterOptions options_;
};

}  // namespace newsgraph
