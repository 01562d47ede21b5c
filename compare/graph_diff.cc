#include "compare/graph_diff.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>

namespace newsgraph {
namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string>;  // source, target, label
using DyadKey = std::pair<std::string, std::string>;                // source, target

struct Side {
  std::map<std::string, const SnapshotNode*> nodes;
  std::map<EdgeKey, const SnapshotEdge*> edges;
  std::map<DyadKey, std::vector<const SnapshotEdge*>> dyads;  // edges in identity order
};

Side Index(const GraphSnapshot& graph) {
  Side side;
  for (const SnapshotNode& node : graph.nodes) side.nodes[node.id] = &node;
  for (const SnapshotEdge& edge : graph.edges) {
    side.edges[{edge.source, edge.target, edge.label}] = &edge;
    side.dyads[{edge.source, edge.target}].push_back(&edge);
  }
  return side;
}

GraphTotals Totals(const GraphSnapshot& graph, const Side& side) {
  GraphTotals totals{graph.nodes.size(), graph.edges.size(), side.dyads.size(), 0};
  for (const SnapshotEdge& edge : graph.edges) totals.weight += edge.weight;
  return totals;
}

// Sorts `items` by `key` descending, then by `identity` ascending.
template <typename Item, typename Key, typename Identity>
void SortDescending(std::vector<Item>& items, Key key, Identity identity) {
  std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    const auto key_a = key(a);
    const auto key_b = key(b);
    if (key_a != key_b) return key_a > key_b;
    return identity(a) < identity(b);
  });
}

template <typename Item>
void SortSetDiff(SetDiff<Item>& diff, auto old_key, auto new_key, auto identity) {
  SortDescending(diff.appeared, new_key, identity);
  SortDescending(diff.disappeared, old_key, identity);
  SortDescending(
      diff.persisted,
      [&](const Item& item) { return std::make_pair(new_key(item), old_key(item)); }, identity);
}

// Puts `item` into the part of `diff` its presence in either graph says.
template <typename Item>
void Place(SetDiff<Item>& diff, Item item, bool in_old, bool in_new) {
  if (in_old && in_new)
    diff.persisted.push_back(std::move(item));
  else if (in_new)
    diff.appeared.push_back(std::move(item));
  else
    diff.disappeared.push_back(std::move(item));
}

SetDiff<NodeDiff> CompareNodes(const Side& older, const Side& newer) {
  std::map<std::string, NodeDiff> merged;
  for (const auto& [id, node] : older.nodes) {
    merged[id] = {id, node->label,    node->type, node->degree, 0, node->weighted_degree,
                  0,  node->pagerank, 0};
  }
  for (const auto& [id, node] : newer.nodes) {
    NodeDiff& diff = merged[id];
    diff.id = id;
    diff.label = node->label;
    diff.type = node->type;
    diff.new_degree = node->degree;
    diff.new_weighted_degree = node->weighted_degree;
    diff.new_pagerank = node->pagerank;
  }
  SetDiff<NodeDiff> nodes;
  for (auto& [id, diff] : merged)
    Place(nodes, std::move(diff), older.nodes.count(id) > 0, newer.nodes.count(id) > 0);
  SortSetDiff(
      nodes, [](const NodeDiff& n) { return std::make_pair(n.old_degree, n.old_weighted_degree); },
      [](const NodeDiff& n) { return std::make_pair(n.new_degree, n.new_weighted_degree); },
      [](const NodeDiff& n) { return n.id; });
  return nodes;
}

std::string NodeLabel(const std::string& id, const Side& older, const Side& newer) {
  for (const Side* side : {&newer, &older}) {
    const auto found = side->nodes.find(id);
    if (found != side->nodes.end()) return found->second->label;
  }
  return id;
}

EdgeDiff MakeEdgeDiff(const std::string& source, const std::string& target,
                      const std::string& label, const Side& older, const Side& newer) {
  return {source, target, NodeLabel(source, older, newer), NodeLabel(target, older, newer), label,
          0,      0};
}

auto OldWeight() {
  return [](const EdgeDiff& e) { return e.old_weight; };
}
auto NewWeight() {
  return [](const EdgeDiff& e) { return e.new_weight; };
}
auto EdgeIdentity() {
  return [](const EdgeDiff& e) { return std::tie(e.source, e.target, e.label); };
}

SetDiff<EdgeDiff> CompareEdges(const Side& older, const Side& newer) {
  std::map<EdgeKey, EdgeDiff> merged;
  for (const auto& [key, edge] : older.edges) {
    auto [it, inserted] = merged.try_emplace(
        key, MakeEdgeDiff(edge->source, edge->target, edge->label, older, newer));
    it->second.old_weight = edge->weight;
  }
  for (const auto& [key, edge] : newer.edges) {
    auto [it, inserted] = merged.try_emplace(
        key, MakeEdgeDiff(edge->source, edge->target, edge->label, older, newer));
    it->second.new_weight = edge->weight;
  }
  SetDiff<EdgeDiff> edges;
  for (auto& [key, diff] : merged)
    Place(edges, std::move(diff), older.edges.count(key) > 0, newer.edges.count(key) > 0);
  SortSetDiff(edges, OldWeight(), NewWeight(), EdgeIdentity());
  return edges;
}

std::size_t DyadWeight(const std::vector<const SnapshotEdge*>& edges) {
  std::size_t weight = 0;
  for (const SnapshotEdge* edge : edges) weight += edge->weight;
  return weight;
}

SetDiff<EdgeDiff> CompareDyads(const Side& older, const Side& newer) {
  std::map<DyadKey, EdgeDiff> merged;
  for (const Side* side : {&older, &newer}) {
    for (const auto& [key, edges] : side->dyads) {
      auto [it, inserted] =
          merged.try_emplace(key, MakeEdgeDiff(key.first, key.second, "", older, newer));
      (side == &older ? it->second.old_weight : it->second.new_weight) = DyadWeight(edges);
    }
  }
  SetDiff<EdgeDiff> dyads;
  for (auto& [key, diff] : merged)
    Place(dyads, std::move(diff), older.dyads.count(key) > 0, newer.dyads.count(key) > 0);
  SortSetDiff(dyads, OldWeight(), NewWeight(), EdgeIdentity());
  return dyads;
}

std::optional<double> Jaccard(std::size_t shared, std::size_t old_count, std::size_t new_count) {
  const std::size_t either = old_count + new_count - shared;
  if (either == 0) return std::nullopt;
  return static_cast<double>(shared) / static_cast<double>(either);
}

// Pearson's r over the (old weight, new weight) pairs of every edge in `edges`.
std::optional<double> WeightCorrelation(const SetDiff<EdgeDiff>& edges) {
  std::vector<std::pair<double, double>> pairs;
  for (const auto* part : {&edges.appeared, &edges.disappeared, &edges.persisted})
    for (const EdgeDiff& edge : *part)
      pairs.emplace_back(static_cast<double>(edge.old_weight),
                         static_cast<double>(edge.new_weight));
  if (pairs.size() < 2) return std::nullopt;
  double mean_old = 0, mean_new = 0;
  for (const auto& [x, y] : pairs) {
    mean_old += x;
    mean_new += y;
  }
  mean_old /= static_cast<double>(pairs.size());
  mean_new /= static_cast<double>(pairs.size());
  double covariance = 0, variance_old = 0, variance_new = 0;
  for (const auto& [x, y] : pairs) {
    covariance += (x - mean_old) * (y - mean_new);
    variance_old += (x - mean_old) * (x - mean_old);
    variance_new += (y - mean_new) * (y - mean_new);
  }
  if (variance_old == 0 || variance_new == 0) return std::nullopt;
  return covariance / std::sqrt(variance_old * variance_new);
}

void FindWeightChanges(const SetDiff<EdgeDiff>& edges, GraphDiff& diff) {
  for (const EdgeDiff& edge : edges.persisted) {
    if (edge.new_weight > edge.old_weight) diff.weight_increases.push_back(edge);
    if (edge.new_weight < edge.old_weight) diff.weight_decreases.push_back(edge);
  }
  SortDescending(
      diff.weight_increases, [](const EdgeDiff& e) { return e.new_weight - e.old_weight; },
      EdgeIdentity());
  SortDescending(
      diff.weight_decreases, [](const EdgeDiff& e) { return e.old_weight - e.new_weight; },
      EdgeIdentity());
}

DyadStance Stance(const std::vector<const SnapshotEdge*>& edges) {
  DyadStance stance;
  for (const SnapshotEdge* edge : edges) {
    if (edge->quad == 1 || edge->quad == 2) stance.cooperation += edge->weight;
    if (edge->quad == 3 || edge->quad == 4) stance.conflict += edge->weight;
  }
  if (stance.cooperation > stance.conflict) stance.dyad_class = DyadClass::kCooperation;
  if (stance.conflict > stance.cooperation) stance.dyad_class = DyadClass::kConflict;
  for (const SnapshotEdge* edge : edges) {
    const bool cooperation = edge->quad == 1 || edge->quad == 2;
    const bool conflict = edge->quad == 3 || edge->quad == 4;
    if ((stance.dyad_class == DyadClass::kCooperation && cooperation) ||
        (stance.dyad_class == DyadClass::kConflict && conflict)) {
      for (const SnapshotEvidence& evidence : edge->evidence)
        stance.evidence.emplace_back(edge->label, evidence);
    }
  }
  return stance;
}

std::vector<DyadFlip> FindFlips(const SetDiff<EdgeDiff>& dyads, const Side& older,
                                const Side& newer) {
  std::vector<DyadFlip> flips;
  for (const EdgeDiff& dyad : dyads.persisted) {
    const DyadKey key{dyad.source, dyad.target};
    DyadStance old_stance = Stance(older.dyads.at(key));
    DyadStance new_stance = Stance(newer.dyads.at(key));
    if (old_stance.dyad_class == DyadClass::kNone || new_stance.dyad_class == DyadClass::kNone ||
        old_stance.dyad_class == new_stance.dyad_class)
      continue;
    flips.push_back({dyad.source, dyad.target, dyad.source_label, dyad.target_label,
                     std::move(old_stance), std::move(new_stance)});
  }
  std::sort(flips.begin(), flips.end(), [](const DyadFlip& a, const DyadFlip& b) {
    return std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  return flips;
}

void FindMovers(const SetDiff<NodeDiff>& nodes, GraphDiff& diff) {
  for (const NodeDiff& node : nodes.persisted) {
    if (node.new_degree != node.old_degree) diff.degree_movers.push_back(node);
    if (node.new_pagerank != node.old_pagerank) diff.pagerank_movers.push_back(node);
  }
  const auto id = [](const NodeDiff& n) { return n.id; };
  SortDescending(
      diff.degree_movers,
      [](const NodeDiff& n) {
        return n.new_degree > n.old_degree ? n.new_degree - n.old_degree
                                           : n.old_degree - n.new_degree;
      },
      id);
  SortDescending(
      diff.pagerank_movers,
      [](const NodeDiff& n) { return std::fabs(n.new_pagerank - n.old_pagerank); }, id);
}

}  // namespace

GraphDiff CompareGraphs(const GraphSnapshot& older, const GraphSnapshot& newer) {
  const Side old_side = Index(older);
  const Side new_side = Index(newer);
  GraphDiff diff;
  diff.old_totals = Totals(older, old_side);
  diff.new_totals = Totals(newer, new_side);
  diff.nodes = CompareNodes(old_side, new_side);
  diff.edges = CompareEdges(old_side, new_side);
  diff.dyads = CompareDyads(old_side, new_side);
  FindWeightChanges(diff.edges, diff);
  diff.edge_jaccard = Jaccard(diff.edges.persisted.size(), older.edges.size(), newer.edges.size());
  diff.dyad_jaccard =
      Jaccard(diff.dyads.persisted.size(), old_side.dyads.size(), new_side.dyads.size());
  diff.weight_correlation = WeightCorrelation(diff.edges);
  diff.flips = FindFlips(diff.dyads, old_side, new_side);
  FindMovers(diff.nodes, diff);
  return diff;
}

std::string_view DyadClassName(DyadClass dyad_class) {
  switch (dyad_class) {
    case DyadClass::kCooperation:
      return "cooperation";
    case DyadClass::kConflict:
      return "conflict";
    case DyadClass::kNone:
      break;
  }
  return "none";
}

}  // namespace newsgraph
