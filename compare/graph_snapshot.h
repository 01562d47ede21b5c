// A built graph as `newsgraph diff` reads it back from the node-link graph.json of a build
// (export/json_writer.h describes the file).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace newsgraph {

struct SnapshotNode {
  std::string id;  // the node id, the same in every build (export/node_id.h)
  std::string label;
  std::string type;
  std::size_t degree = 0;
  double weighted_degree = 0;
  double pagerank = 0;
};

struct SnapshotEvidence {
  std::string document;
  std::size_t sentence = 0;
  std::string date;
  std::string text;
};

// One edge; its identity is (source, target, label).
struct SnapshotEdge {
  std::string source;
  std::string target;
  std::string label;
  std::size_t weight = 0;
  int quad = 0;  // CAMEO QuadClass 1..4, 0 when unknown
  std::vector<SnapshotEvidence> evidence;
};

// Nodes sorted by id, edges by (source, target, label), each identity once.
struct GraphSnapshot {
  std::vector<SnapshotNode> nodes;
  std::vector<SnapshotEdge> edges;
};

// Reads a node-link graph: "nodes" with "id" (string) and optional "label", "type", "degree",
// "weighted_degree", "pagerank"; "links" (or "edges") with "source", "target" and optional
// "label" (else "relation"), "weight" (default 1), "quad", "evidence". A missing label is the
// node's id. Edges sharing an identity are merged: weights added, evidence joined, the first one's
// QuadClass kept. Throws std::runtime_error naming `name` when the text is not such a graph or an
// edge names a node that is not in it.
GraphSnapshot ReadGraphSnapshot(std::istream& in, const std::string& name);

// ReadGraphSnapshot over the file at `path`; throws std::runtime_error naming the path when it
// cannot be read.
GraphSnapshot ReadGraphSnapshotFile(const std::string& path);

}  // namespace newsgraph
