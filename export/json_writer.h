// JSON graphs for Python and JavaScript readers. Private to export/.
//   graph.json             node-link JSON that NetworkX's json_graph.node_link_graph(data) reads
//                          with its default arguments (NetworkX 2.8 to 3.5; from 3.6 on, whose
//                          default list key is "edges", pass edges="links").
//   graph.graphology.json  graphology's serialisation format, read by Graph.from(data) or
//                          graph.import(data) (https://graphology.github.io/serialization.html).
// Both hold the same attributes:
//   node: "label", "type", "aliases": [...], "mentions", "documents", "degree", "in_degree",
//         "out_degree" (actor pairs, integers), "weighted_degree", "pagerank", "betweenness"
//         (numbers), "community" (integer) as in NodeMetrics, "sector" (only on a state's sector
//         node), "codes": {name: value};
//   edge: "relation", "label", "weight", "cameo", "quad", "goldstein", "plover", "documents",
//         "first_seen", "last_seen", "evidence": [{"document", "sentence", "date", "text"}, ...];
// nodes in entity index order, edges in relation index order, pretty-printed with a two-space
// indent. Strings are valid UTF-8 (ill-formed bytes become U+FFFD, controls are \u-escaped);
// weight and the counts are integers; goldstein is a number with a decimal point in shortest
// round-trip form, or null when not finite.
#pragma once

#include <ostream>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// Writes {"directed": true, "multigraph": true, "counts": {"nodes": n, "links": m},
//         "nodes": [{"id": Entity::id, <node attributes>}, ...],
//         "links": [{"source": id, "target": id, <edge attributes>}, ...]}.
// There is no "graph" member: some node-link readers take a "graph" object, when present, as the
// container of the lists, so the counts have their own member.
class JsonWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "json"; }
  std::string_view extension() const override { return "json"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

// Writes {"options": {"type": "directed", "multi": true, "allowSelfLoops": true},
//         "attributes": {},
//         "nodes": [{"key": Entity::id, "attributes": {<node attributes>}}, ...],
//         "edges": [{"source": id, "target": id, "attributes": {<edge attributes>}}, ...]}.
// Edges carry no key: graphology gives each one its own when importing.
class GraphologyWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "graphology"; }
  std::string_view extension() const override { return "graphology.json"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

}  // namespace newsgraph
