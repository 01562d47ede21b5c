// Writers that turn a KnowledgeGraph into files for Gephi, NetworkX, igraph and Neo4j.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/output_files.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// Writes one format. Output depends only on the graph: the same graph gives the same bytes.
class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "graphml", "gexf", "cypher", "json"
  virtual std::string_view extension() const = 0;  // file name ending without dot
  virtual void Write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

// How formats that carry colours (GEXF) colour the nodes.
enum class NodeColoring { kByType, kByCommunity };

// Choices that some formats honour and the others ignore.
struct GraphWriterOptions {
  NodeColoring node_coloring = NodeColoring::kByType;
};

// The writer for a format name; throws std::runtime_error naming the known formats otherwise.
std::unique_ptr<GraphWriter> MakeGraphWriter(std::string_view format,
                                             const GraphWriterOptions& options = {});
// The format names MakeGraphWriter accepts, in the default order.
std::vector<std::string> GraphFormats();

}  // namespace newsgraph
