// Per-node network measures of the final actor graph, computed once and read by every writer.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace newsgraph {

// One directed relation between two nodes given by index, with its weight (supporting
// sentences). Several arcs may join the same ordered pair; an arc may be a self-loop.
struct WeightedArc {
  std::size_t source = 0;
  std::size_t target = 0;
  double weight = 0;
};

// The measures of one node. Degrees count actor pairs, not relations: all relations from A to B
// make one ordered pair (the edge GraphML draws), so two relations A->B count once.
struct NodeMetrics {
  std::size_t in_degree = 0;   // ordered pairs (X, this) with X != this, plus a self-pair
  std::size_t out_degree = 0;  // ordered pairs (this, Y), a self-pair included
  std::size_t degree = 0;      // in_degree + out_degree (a self-pair counts twice)
  double weighted_degree = 0;  // sum of the weights of every arc in or out (a self-loop twice)
  // PageRank on the ordered pairs weighted by the sum of their arcs' weights, damping 0.85; the
  // rank of a node without out-arcs is spread evenly over all nodes (as NetworkX and Gephi do).
  // Sums to 1 over the graph.
  double pagerank = 0;
  // Betweenness on the unweighted directed pair graph (shortest paths by hop count, self-loops
  // ignored), normalised by (n-1)(n-2) as NetworkX does for directed graphs: 0..1, 0 when n < 3.
  double betweenness = 0;
  // Louvain community (igraph's multilevel modularity optimisation, resolution 1, fixed seed)
  // on the undirected graph whose pair weight is the sum of the arcs' weights both ways;
  // self-loops are left out. Numbered 0, 1, ... by decreasing size, ties by lowest node index,
  // so community 0 is the largest. A node without arcs is a community of its own.
  std::size_t community = 0;
};

// The measures of nodes 0..node_count-1. Deterministic: the same arguments give the same
// values bit for bit. Arc ends must be < node_count. Throws std::runtime_error when igraph
// fails (out of memory).
std::vector<NodeMetrics> ComputeNodeMetrics(std::size_t node_count,
                                            const std::vector<WeightedArc>& arcs);

// PageRank of nodes 0..node_count-1 on the directed graph of the given ordered pairs (a self-pair
// included) with their weights, damping 0.85; the rank of a node without out-weight is spread
// evenly over all nodes. Power iteration in a fixed order of additions, one thread, so the result
// is the same bit for bit on every run and machine; it agrees with igraph's PRPACK (whose OpenMP
// reductions are not bit-reproducible on large graphs) and NetworkX to about 1e-12.
std::vector<double> WeightedPagerank(std::size_t node_count,
                                     const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                                     const std::vector<double>& weights);

// Unnormalised betweenness of nodes 0..node_count-1 on the unweighted directed graph of the given
// ordered pairs (distinct, sorted by source then target; self-pairs are ignored): Brandes'
// algorithm, O(V E) time, O(V + E) memory. Equal bit for bit to igraph_betweenness (igraph
// 0.10), whose additions it makes in the same order, but several times faster: flat arrays
// instead of per-node growing parent vectors.
std::vector<double> DirectedBetweenness(
    std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& pairs);

}  // namespace newsgraph
