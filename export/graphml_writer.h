// GraphML for Gephi, Gephi Lite (graphology-graphml), NetworkX and igraph.
// Format: http://graphml.graphdrawing.org/specification.html, schema
// http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd. Private to export/.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct GraphmlWriterOptions {
  // Evidence entries written per edge (the first ones in the relation's order).
  std::size_t evidence_limit = 5;
};

// Writes one <graph edgedefault="directed"> with every <key> declared first and every node before
// the first edge. Keys are declared per domain (for="node" / for="edge", never "all") with
// attr.type from the XSD enum only:
//   node: label, type, key (Entity::id), aliases (every alias joined by ';', a ';' inside an
//         alias written as ','), mentions, documents, degree, in_degree, out_degree (int: the
//         edges of this file that touch, enter and leave the node), weighted_degree, pagerank,
//         betweenness (double) and community (int) as in NodeMetrics, sector (string, declared
//         when some entity has one: a state's
//         sector node, "MIL", "GOV", ...), and one string key
//         code_<name> per code name used by some entity;
//   edge: relation and label (both the relation label), weight (double), cameo, plover,
//         first_seen, last_seen (string), quad, documents (int), goldstein (double), evidence
//         (string: the first `evidence_limit` entries as "[<document> #<sentence>] <text>",
//         joined by "\n"), relations (string: "accuses (3); criticizes (1)"), first_period
//         and last_period (int: the month of first_seen and last_seen as YYYYMM, 202403, for
//         range filters that compare numbers; absent when the edge is undated).
// GraphML has no edge kind and Gephi merges parallel edges on import, keeping the attributes of
// one of them, so the writer draws one edge per ordered pair of nodes: its relation, codes and
// Goldstein value are those of the pair's heaviest relation, its weight the sum of their
// weights, `documents` the largest of their document counts, the dates the earliest and latest,
// `relations` lists every relation, and evidence entries name their relation. The JSON and
// Cypher exports keep one edge per relation.
// Nodes are written in entity index order with the id NodeId(entity) (export/node_id.h), the same
// in every build that has the actor; edges in pair order with the id "<source id>--<target id>".
// String values are valid UTF-8 with the characters XML 1.0 forbids removed and leading or
// trailing whitespace trimmed (Gephi and Cytoscape would trim it on import); a string that ends
// up empty, or a non-finite double, is left out rather than written as an empty <data>.
class GraphmlWriter final : public GraphWriter {
 public:
  explicit GraphmlWriter(GraphmlWriterOptions options = {}) : options_(options) {}

  std::string_view format() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  GraphmlWriterOptions options_;
};

}  // namespace newsgraph
