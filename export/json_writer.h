// Node-link JSON, the layout of NetworkX's node_link_data / node_link_graph
// (https://networkx.org/documentation/stable/reference/readwrite/json_graph.html) with edges under
// "edges". Private to export/.
#pragma once

#include <ostream>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// Writes, pretty-printed with a two-space indent:
//   {"directed": true, "multigraph": true, "counts": {"nodes": n, "edges": m},
//    "nodes": [{"id": Entity::id, "label", "type", "aliases": [...], "mentions", "documents",
//               "degree", "in_degree", "out_degree" (actor pairs, integers), "weighted_degree",
//               "pagerank", "betweenness" (numbers), "community" (integer) as in NodeMetrics,
//               "sector" (only on a state's sector node), "codes": {name: value}}, ...],
//    "edges": [{"source": id, "target": id, "relation", "label", "weight", "cameo", "quad",
//               "goldstein", "plover", "documents", "first_seen", "last_seen",
//               "evidence": [{"document", "sentence", "date", "text"}, ...]}, ...]}
// with nodes in entity index order and edges in relation index order. There is no "graph"
// member: some node-link readers take a "graph" object, when present, as the container of "nodes"
// and "edges", so the counts have their own member. Strings are valid UTF-8 (ill-formed bytes
// become U+FFFD, controls are \u-escaped); weight and the counts are integers; goldstein is a
// number with a decimal point in shortest round-trip form, or null when not finite. NetworkX reads
// the file with node_link_graph(data, edges="edges") (link="edges" before NetworkX 3.4).
class JsonWriter final : public GraphWriter {
 public:
  std::string_view format() const override { return "json"; }
  std::string_view extension() const override { return "json"; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;
};

}  // namespace newsgraph
