// Writers that turn a KnowledgeGraph into files for Gephi, NetworkX, igraph and Neo4j.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {

// Writes one format. Output depends only on the graph: the same graph gives the same bytes.
class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "graphml", "cypher", "json"
  virtual std::string_view extension() const = 0;  // file name ending without dot
  virtual void Write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

// The writer for a format name; throws std::runtime_error naming the known formats otherwise.
std::unique_ptr<GraphWriter> MakeGraphWriter(std::string_view format);
// The format names MakeGraphWriter accepts, in the default order.
std::vector<std::string> GraphFormats();

// Writes `path` through a temporary file in the same directory renamed over it on success, so a
// reader never sees a half-written file and a failed write leaves any earlier file intact.
// Throws std::runtime_error naming the path when the file cannot be written.
void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace newsgraph
