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
// Most formats are one file, "graph.<extension>"; a format of several files (neo4j-csv) names
// them in FileNames and writes each with WriteFile.
class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;     // "graphml", "gexf", "cypher", "json"
  virtual std::string_view extension() const = 0;  // file name ending without dot
  // The whole output as one stream (for a format of several files, each file in FileNames order).
  virtual void Write(const KnowledgeGraph& graph, std::ostream& out) const = 0;

  // The files the format writes, as paths relative to the output directory, in writing order.
  virtual std::vector<std::string> FileNames() const {
    return {"graph." + std::string(extension())};
  }
  // Writes the file `name` (one of FileNames()).
  virtual void WriteFile(const KnowledgeGraph& graph, const std::string& name,
                         std::ostream& out) const {
    (void)name;
    Write(graph, out);
  }
  // True for files a user runs (a loading script), written executable.
  virtual bool IsExecutable(const std::string& name) const {
    (void)name;
    return false;
  }
};

// How formats that carry colours (GEXF) colour the nodes.
enum class NodeColoring { kByType, kByCommunity };

// Choices that some formats honour and the others ignore.
struct GraphWriterOptions {
  NodeColoring node_coloring = NodeColoring::kByType;
  // The key of the period the graph is a snapshot of (`build --snapshots`), empty for a whole
  // build: the Cypher script keys the snapshot's facts by it.
  std::string snapshot_period;
  // The period unit the graph was built with (GraphOptions::period): with one, GEXF is dynamic.
  PeriodUnit period_unit = PeriodUnit::kNone;
};

// The writer for a format name; throws std::runtime_error naming the known formats otherwise.
std::unique_ptr<GraphWriter> MakeGraphWriter(std::string_view format,
                                             const GraphWriterOptions& options = {});
// The format names MakeGraphWriter accepts.
std::vector<std::string> GraphFormats();
// The formats `build` writes unless told otherwise, in their order.
std::vector<std::string> DefaultGraphFormats();

}  // namespace newsgraph
