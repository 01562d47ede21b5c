// Cypher for Neo4j 5 (https://neo4j.com/docs/cypher-manual/5/), loaded with
// `cypher-shell -f graph.cypher`. Private to export/.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct CypherWriterOptions {
  // Rows per UNWIND statement: Neo4j parses and plans each literal list as one query.
  std::size_t rows_per_statement = 500;
  // Rows per transaction inside a statement (CALL { ... } IN TRANSACTIONS OF n ROWS).
  std::size_t rows_per_transaction = 100;
  // The period key of a snapshot (`build --snapshots`, GraphWriterOptions::period); empty for a
  // whole build.
  std::string period = "";
};

// Writes the model of export/neo4j_model.h as an idempotent script (running it twice leaves the
// same database as running it once; it needs Neo4j 5.23 or later for `CALL (row) { ... }`):
//   - a `//` header saying how to load the file;
//   - uniqueness constraints on :Actor(id) and :Article(id), which every MERGE uses;
//   - articles in id order: MERGE (a:Article {id}) SET title, date (date(), null when unknown),
//     source, url (null when empty);
//   - actors grouped by type label (kActorTypeLabels order, then those without one), in entity
//     index order within a group: MERGE (n:Actor {id: NodeId(entity)}) (export/node_id.h) SET name, type, aliases (list),
//     mentions, documents, degree ... community (not for a snapshot: see below), sector when some entity has one, code_<name> per code name
//     used by some entity (null, so absent, where an entity lacks it); then REMOVE of the other
//     type labels and SET of its own;
//   - MENTIONED_IN {count} from each actor to each article it is mentioned in;
//   - for a period's snapshot (CypherWriterOptions::period), a uniqueness constraint on
//     :Period(key) too, and the actors' counts and metrics (mentions ... community) set not on
//     the actor but on MERGE (n)-[x:IN_PERIOD]->(p:Period {key: period}), so that the snapshots
//     of several periods, and the whole build, loaded into one database keep each their own;
//   - relations grouped by EventRelationshipType in type name order, in relation index order
//     within a type: MATCH both actors, MERGE (s)-[r:TYPE {label, period}]->(t), with period the
//     snapshot's key or "all" for a whole build, SET cameo (string), quad,
//     goldstein (float, null when not finite), plover, weight, documents, first_seen and
//     last_seen (date(), null when unknown), and the evidence as three lists of equal length, one
//     entry per supporting sentence in (article, sentence) order: article_ids (Article ids),
//     sentences (sentence indices within the article) and evidence (the sentences' text).
// Every batch is `UNWIND [<at most rows_per_statement literal rows>] AS row CALL (row) { ... } IN
// TRANSACTIONS OF <rows_per_transaction> ROWS;`. String literals are written by CypherString, so
// no value can end its literal early.
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
