// GEXF 1.3 for Gephi and Gephi Lite (graphology-gexf). Format: https://gexf.net/schema.html,
// normative grammar gexf.rnc / viz.rnc of GEXF 1.3. Private to export/.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct GexfWriterOptions {
  NodeColoring node_coloring = NodeColoring::kByType;
  // Evidence entries written per edge (the first ones of its relations, heaviest relation first).
  std::size_t evidence_limit = 5;
  // The period unit of the graph's per-period counts; kNone writes a static file.
  PeriodUnit period = PeriodUnit::kNone;
};

// Writes one static, directed <graph> (mode="static", defaultedgetype="directed"): the node and
// edge attributes declared first in one <attributes mode="static"> block per class, each with
// id equal to its title and a GEXF type, then every node, then every edge.
//   node: label (the name, as the node's label), type, key (Entity::id), aliases (every alias
//         joined by ';', a ';' inside an alias written as ','), mentions, documents, degree,
//         in_degree, out_degree, community (integer), weighted_degree, pagerank, betweenness
//         (double; see NodeMetrics), sector (string, declared when some entity has one) and one
//         string attribute code_<name> per code name used by some entity;
//         viz:color by EntityType, or by community with NodeColoring::kByCommunity (palettes in
//         TypeColor / CommunityColor of gexf_writer.cc and in the README), and viz:size
//         5 + 45 * sqrt(pagerank / largest pagerank), rounded to 0.01: area grows with
//         PageRank, from 5 to 50.
//   edge: one edge per (source, target, PLOVER category), with kind="<PLOVER category>" (none
//         when the category is empty) so that Gephi keeps different kinds of relation between
//         the same actors apart instead of merging them; weight (the sum of its relations'
//         weights) and label (its heaviest relation's label, the first on a tie) as XML
//         attributes; attributes relation, cameo, plover, first_seen, last_seen, evidence
//         ("[<document> #<sentence>] <text>" lines, relation named when there are several),
//         relations ("accuses (3); criticizes (1)") (string), quad, documents (integer: the
//         largest of its relations'), goldstein (double: the heaviest relation's), and the weight
//         split by polarity (double): cooperation_weight (relations of QuadClass 1 and 2),
//         conflict_weight (QuadClass 3 and 4) and goldstein_sum (sum of weight * Goldstein).
// With a period unit (GexfWriterOptions::period) the graph is dynamic for Gephi's Timeline:
// <graph mode="dynamic" timeformat="date">, the same static attributes, values and colours, and
//   - one <attributes mode="dynamic"> block per class, written before the static one, with
//     values per period (start = the period's first day, end = its last, both included):
//       node: period_mentions, period_documents (integer: NodePeriodCounts);
//       edge: weight (double: events in the period, the weight Gephi draws at that time),
//             period_documents, period_quad1 .. period_quad4 (integer) and
//             period_goldstein_sum (double), the edge's relations' EdgePeriodCounts added up;
//   - <spells> on every node and edge with per-period counts: one spell per run of consecutive
//     periods, so an edge with no event in a period is absent from it; a node's periods are
//     those of its mentions and those of its edges;
//   - viz:size 5 + 45 * sqrt(degree / largest degree) instead of by PageRank.
// Facts without a date are in no period: they count in the static totals (weight, mentions,
// goldstein_sum, ...) only, and a node or edge that has nothing but undated facts has no spell,
// which Gephi reads as present at every time.
// Nodes are named by NodeId in entity index order and edges "<source>--<target>--<kind>" in
// (source, target, PLOVER) order. Text is escaped by XmlEscape, with line feeds and tabs written as
// &#10; and &#9; so that attribute-value normalisation keeps them; leading and trailing whitespace
// is trimmed and a string or double that ends up empty or non-finite is left out.
class GexfWriter final : public GraphWriter {
 public:
  explicit GexfWriter(GexfWriterOptions options = {}) : options_(options) {}

  std::string_view format() const override { return "gexf"; }
  std::string_view extension() const override { return "gexf"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  GexfWriterOptions options_;
};

}  // namespace newsgraph
