// The comparison of two graphs (an older and a newer one: two builds, or two periods of one build)
// as a plain value. Every list is complete and deterministically ordered; the writers
// (compare/diff_report.h) cut the Markdown lists to their first entries.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compare/graph_snapshot.h"

namespace newsgraph {

// A node of either graph. The values of a graph the node is absent from are 0.
struct NodeDiff {
  std::string id;
  std::string label;  // the newer graph's, else the older one's
  std::string type;
  std::size_t old_degree = 0;
  std::size_t new_degree = 0;
  double old_weighted_degree = 0;
  double new_weighted_degree = 0;
  double old_pagerank = 0;
  double new_pagerank = 0;
};

// An edge identity (source, target, label), or with an empty label a dyad: the ordered actor pair
// with all its edges, whose weight is the sum of theirs. Weights are 0 where absent.
struct EdgeDiff {
  std::string source;
  std::string target;
  std::string source_label;
  std::string target_label;
  std::string label;
  std::size_t old_weight = 0;
  std::size_t new_weight = 0;
};

// A set split three ways. Appeared: in the newer graph only, sorted by its newer weight (degree
// for nodes) descending; disappeared: in the older graph only, by its older weight descending;
// persisted: in both, by its newer weight descending, then its older one. Ties go by identity.
template <typename Item>
struct SetDiff {
  std::vector<Item> appeared;
  std::vector<Item> disappeared;
  std::vector<Item> persisted;
};

// The QuadClass side of a dyad in one graph: the summed weights of its edges with QuadClass 1-2
// (verbal and material cooperation) and 3-4 (verbal and material conflict). Its class is the
// larger side; equal sides (including none) have no class.
enum class DyadClass { kNone, kCooperation, kConflict };
struct DyadStance {
  std::size_t cooperation = 0;
  std::size_t conflict = 0;
  DyadClass dyad_class = DyadClass::kNone;
  // The evidence of the dyad's edges on its class's side, edges in identity order, each edge's
  // evidence as its graph.json lists it; each entry is preceded by its edge's label.
  std::vector<std::pair<std::string, SnapshotEvidence>> evidence;
};

// A dyad of both graphs whose class is cooperation in one and conflict in the other.
struct DyadFlip {
  std::string source;
  std::string target;
  std::string source_label;
  std::string target_label;
  DyadStance old_stance;
  DyadStance new_stance;
};

struct GraphTotals {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t dyads = 0;
  std::size_t weight = 0;  // the sum of the edge weights
};

struct GraphDiff {
  GraphTotals old_totals;
  GraphTotals new_totals;
  SetDiff<NodeDiff> nodes;
  SetDiff<EdgeDiff> edges;
  SetDiff<EdgeDiff> dyads;
  // Persisted edges whose weight grew, by growth descending; and shrank, by loss descending.
  std::vector<EdgeDiff> weight_increases;
  std::vector<EdgeDiff> weight_decreases;
  // |E_old ∩ E_new| / |E_old ∪ E_new| over edge identities; none when both graphs have no edge.
  std::optional<double> edge_jaccard;
  // The same over dyads.
  std::optional<double> dyad_jaccard;
  // Pearson's r between the older and the newer weight of every edge identity of either graph
  // (0 where absent); none with fewer than two edges or when either side's weights are all equal.
  std::optional<double> weight_correlation;
  std::vector<DyadFlip> flips;  // by (source, target)
  // Persisted nodes whose degree (PageRank) changed, by the size of the change descending, then id.
  std::vector<NodeDiff> degree_movers;
  std::vector<NodeDiff> pagerank_movers;
};

GraphDiff CompareGraphs(const GraphSnapshot& older, const GraphSnapshot& newer);

std::string_view DyadClassName(DyadClass dyad_class);  // "none", "cooperation", "conflict"

}  // namespace newsgraph
