#include "graph/node_metrics.h"

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace newsgraph {
namespace {

constexpr double kDamping = 0.85;
// Power iteration stops when the ranks moved less than this in total (L1), which leaves every
// rank within about 1e-13 of the fixed point, or after this many rounds (0.85^1000 is far below
// any double's precision, so the bound is never what stops a graph of real weights).
constexpr double kPagerankTolerance = 1e-14;
constexpr int kPagerankMaxIterations = 1000;
constexpr igraph_uint_t kCommunitySeed = 20261207;

void Check(igraph_error_t status, const char* what) {
  if (status != IGRAPH_SUCCESS) {
    throw std::runtime_error(std::string("igraph failed in ") + what + ": " +
                             igraph_strerror(status));
  }
}

// An igraph_t built from pairs of node indexes, destroyed with its scope.
class IgraphGraph {
 public:
  IgraphGraph(std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
              bool directed) {
    igraph_vector_int_t ends;
    Check(igraph_vector_int_init(&ends, static_cast<igraph_integer_t>(2 * pairs.size())),
          "igraph_vector_int_init");
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      VECTOR(ends)[2 * i] = static_cast<igraph_integer_t>(pairs[i].first);
      VECTOR(ends)[2 * i + 1] = static_cast<igraph_integer_t>(pairs[i].second);
    }
    const igraph_error_t status =
        igraph_create(&graph_, &ends, static_cast<igraph_integer_t>(node_count), directed);
    igraph_vector_int_destroy(&ends);
    Check(status, "igraph_create");
  }
  ~IgraphGraph() { igraph_destroy(&graph_); }
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;
  const igraph_t* get() const { return &graph_; }

 private:
  igraph_t graph_;
};

// An igraph_vector_t (real numbers), destroyed with its scope.
class IgraphVector {
 public:
  explicit IgraphVector(const std::vector<double>& values = {}) {
    Check(igraph_vector_init(&vector_, static_cast<igraph_integer_t>(values.size())),
          "igraph_vector_init");
    std::copy(values.begin(), values.end(), VECTOR(vector_));
  }
  ~IgraphVector() { igraph_vector_destroy(&vector_); }
  IgraphVector(const IgraphVector&) = delete;
  IgraphVector& operator=(const IgraphVector&) = delete;
  igraph_vector_t* get() { return &vector_; }
  double operator[](std::size_t i) const { return VECTOR(vector_)[i]; }

 private:
  igraph_vector_t vector_;
};

// Pairs of node indexes with the summed weight of their arcs, in pair order.
using PairWeights = std::map<std::pair<std::size_t, std::size_t>, double>;

PairWeights OrderedPairs(const std::vector<WeightedArc>& arcs) {
  PairWeights pairs;
  for (const WeightedArc& arc : arcs) pairs[{arc.source, arc.target}] += arc.weight;
  return pairs;
}

// Unordered pairs (smaller index first) without self-loops.
PairWeights UnorderedPairs(const std::vector<WeightedArc>& arcs) {
  PairWeights pairs;
  for (const WeightedArc& arc : arcs) {
    if (arc.source == arc.target) continue;
    pairs[std::minmax(arc.source, arc.target)] += arc.weight;
  }
  return pairs;
}

std::vector<std::pair<std::size_t, std::size_t>> Keys(const PairWeights& pairs) {
  std::vector<std::pair<std::size_t, std::size_t>> keys;
  for (const auto& [pair, weight] : pairs) keys.push_back(pair);
  return keys;
}

std::vector<double> Values(const PairWeights& pairs) {
  std::vector<double> values;
  for (const auto& [pair, weight] : pairs) values.push_back(weight);
  return values;
}

void AddDegrees(const std::vector<WeightedArc>& arcs, const PairWeights& ordered,
                std::vector<NodeMetrics>& metrics) {
  for (const auto& [pair, weight] : ordered) {
    ++metrics[pair.first].out_degree;
    ++metrics[pair.second].in_degree;
  }
  for (const WeightedArc& arc : arcs) {
    metrics[arc.source].weighted_degree += arc.weight;
    metrics[arc.target].weighted_degree += arc.weight;
  }
  for (NodeMetrics& node : metrics) node.degree = node.in_degree + node.out_degree;
}

// Out-neighbours and parent slots of a directed graph in compressed rows, with the scratch state
// of one single-source pass of Brandes' algorithm.
class BrandesPass {
 public:
  BrandesPass(std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& pairs)
      : out_begin_(node_count + 1, 0), parent_begin_(node_count + 1, 0), parent_count_(node_count),
        distance_(node_count), paths_(node_count), dependency_(node_count), order_(node_count) {
    for (const auto& [source, target] : pairs) {
      if (source == target) continue;
      ++out_begin_[source + 1];
      ++parent_begin_[target + 1];
    }
    std::partial_sum(out_begin_.begin(), out_begin_.end(), out_begin_.begin());
    std::partial_sum(parent_begin_.begin(), parent_begin_.end(), parent_begin_.begin());
    targets_.reserve(out_begin_.back());
    for (const auto& [source, target] : pairs)
      if (source != target) targets_.push_back(target);
    parents_.resize(parent_begin_.back());
  }

  // Adds the dependencies of every node on paths from `source` to `betweenness`.
  void Accumulate(std::size_t source, std::vector<double>& betweenness) {
    const std::size_t reached = Search(source);
    for (std::size_t i = reached; i-- > 0;) {
      const std::size_t node = order_[i];
      const double coefficient = (1 + dependency_[node]) / paths_[node];
      const std::size_t* parent = parents_.data() + parent_begin_[node];
      for (std::size_t p = 0; p < parent_count_[node]; ++p)
        dependency_[parent[p]] += paths_[parent[p]] * coefficient;
      if (node != source) betweenness[node] += dependency_[node];
      distance_[node] = 0;
      paths_[node] = 0;
      dependency_[node] = 0;
      parent_count_[node] = 0;
    }
  }

 private:
  // Breadth-first search from `source`: hop distances (plus one), shortest-path counts and
  // parents; returns how many nodes it reached, in order_.
  std::size_t Search(std::size_t source) {
    std::size_t head = 0, tail = 0;
    order_[tail++] = source;
    distance_[source] = 1;
    paths_[source] = 1;
    while (head < tail) {
      const std::size_t node = order_[head++];
      const std::size_t next = distance_[node] + 1;
      for (std::size_t e = out_begin_[node]; e < out_begin_[node + 1]; ++e) {
        const std::size_t target = targets_[e];
        if (distance_[target] == 0) {
          distance_[target] = next;
          order_[tail++] = target;
        }
        if (distance_[target] == next) {
          parents_[parent_begin_[target] + parent_count_[target]++] = node;
          paths_[target] += paths_[node];
        }
      }
    }
    return tail;
  }

  std::vector<std::size_t> out_begin_, targets_, parent_begin_, parents_, parent_count_;
  std::vector<std::size_t> distance_;  // hops from the source plus one; 0 = not reached
  std::vector<double> paths_, dependency_;
  std::vector<std::size_t> order_;  // nodes in the order the search reached them
};

void AddPagerankAndBetweenness(const PairWeights& ordered, std::vector<NodeMetrics>& metrics) {
  const std::size_t n = metrics.size();
  const std::vector<std::pair<std::size_t, std::size_t>> pairs = Keys(ordered);
  const std::vector<double> pagerank = WeightedPagerank(n, pairs, Values(ordered));
  const std::vector<double> betweenness = DirectedBetweenness(n, pairs);
  const double scale =
      n < 3 ? 0.0 : 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (std::size_t i = 0; i < n; ++i) {
    metrics[i].pagerank = pagerank[i];
    metrics[i].betweenness = betweenness[i] * scale;
  }
}

// igraph's multilevel (Louvain) membership, run with igraph's default generator swapped for one
// seeded with a constant, so the node order it shuffles is the same on every run.
std::vector<std::size_t> LouvainMembership(std::size_t node_count, const PairWeights& unordered) {
  static std::mutex generator_mutex;
  const std::lock_guard<std::mutex> lock(generator_mutex);
  const IgraphGraph graph(node_count, Keys(unordered), /*directed=*/false);
  IgraphVector weights(Values(unordered));
  igraph_rng_t generator;
  Check(igraph_rng_init(&generator, &igraph_rngtype_pcg32), "igraph_rng_init");
  igraph_rng_seed(&generator, kCommunitySeed);
  igraph_rng_t* previous = igraph_rng_default();
  igraph_rng_set_default(&generator);
  igraph_vector_int_t membership;
  igraph_error_t status = igraph_vector_int_init(&membership, 0);
  if (status == IGRAPH_SUCCESS) {
    status = igraph_community_multilevel(graph.get(), weights.get(), /*resolution=*/1.0,
                                         &membership, nullptr, nullptr);
  }
  igraph_rng_set_default(previous);
  igraph_rng_destroy(&generator);
  std::vector<std::size_t> result(node_count);
  if (status == IGRAPH_SUCCESS) {
    for (std::size_t i = 0; i < node_count; ++i)
      result[i] = static_cast<std::size_t>(VECTOR(membership)[i]);
  }
  igraph_vector_int_destroy(&membership);
  Check(status, "igraph_community_multilevel");
  return result;
}

// Renumbers raw community labels by decreasing size, ties by lowest member index.
std::vector<std::size_t> CanonicalCommunities(const std::vector<std::size_t>& raw) {
  std::map<std::size_t, std::pair<std::size_t, std::size_t>>
      size_and_first;  // raw -> (size, first)
  for (std::size_t i = 0; i < raw.size(); ++i) {
    auto [it, inserted] = size_and_first.try_emplace(raw[i], 0, i);
    ++it->second.first;
  }
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (raw label, first member)
  for (const auto& [label, stats] : size_and_first) order.emplace_back(label, stats.second);
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    const std::size_t size_a = size_and_first[a.first].first;
    const std::size_t size_b = size_and_first[b.first].first;
    return size_a != size_b ? size_a > size_b : a.second < b.second;
  });
  std::map<std::size_t, std::size_t> renumbered;
  for (std::size_t i = 0; i < order.size(); ++i) renumbered[order[i].first] = i;
  std::vector<std::size_t> communities(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) communities[i] = renumbered[raw[i]];
  return communities;
}

// While alive, igraph errors return their status instead of aborting the process (igraph's
// default); Check turns them into exceptions.
class QuietIgraphErrors {
 public:
  QuietIgraphErrors() : previous_(igraph_set_error_handler(igraph_error_handler_ignore)) {}
  ~QuietIgraphErrors() { igraph_set_error_handler(previous_); }
  QuietIgraphErrors(const QuietIgraphErrors&) = delete;
  QuietIgraphErrors& operator=(const QuietIgraphErrors&) = delete;

 private:
  igraph_error_handler_t* previous_;
};

}  // namespace

std::vector<double> WeightedPagerank(std::size_t node_count,
                                     const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                                     const std::vector<double>& weights) {
  if (node_count == 0) return {};
  const double n = static_cast<double>(node_count);
  std::vector<double> out_weight(node_count, 0.0);
  for (std::size_t i = 0; i < pairs.size(); ++i) out_weight[pairs[i].first] += weights[i];
  std::vector<double> rank(node_count, 1.0 / n), next(node_count);
  for (int iteration = 0; iteration < kPagerankMaxIterations; ++iteration) {
    double dangling = 0;
    for (std::size_t v = 0; v < node_count; ++v) {
      if (out_weight[v] == 0) dangling += rank[v];
    }
    std::fill(next.begin(), next.end(), (1 - kDamping + kDamping * dangling) / n);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      const auto [source, target] = pairs[i];
      next[target] += kDamping * rank[source] * weights[i] / out_weight[source];
    }
    const double total = std::accumulate(next.begin(), next.end(), 0.0);
    double change = 0;
    for (std::size_t v = 0; v < node_count; ++v) {
      next[v] /= total;
      change += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < kPagerankTolerance) break;
  }
  return rank;
}

std::vector<double> DirectedBetweenness(
    std::size_t node_count, const std::vector<std::pair<std::size_t, std::size_t>>& pairs) {
  std::vector<double> betweenness(node_count, 0.0);
  BrandesPass pass(node_count, pairs);
  for (std::size_t source = 0; source < node_count; ++source) pass.Accumulate(source, betweenness);
  return betweenness;
}

std::vector<NodeMetrics> ComputeNodeMetrics(std::size_t node_count,
                                            const std::vector<WeightedArc>& arcs) {
  std::vector<NodeMetrics> metrics(node_count);
  if (node_count == 0) return metrics;
  for (const WeightedArc& arc : arcs) {
    if (arc.source >= node_count || arc.target >= node_count)
      throw std::invalid_argument("arc names a node beyond the graph");
  }
  const QuietIgraphErrors quiet;
  const PairWeights ordered = OrderedPairs(arcs);
  AddDegrees(arcs, ordered, metrics);
  AddPagerankAndBetweenness(ordered, metrics);
  const std::vector<std::size_t> communities =
      CanonicalCommunities(LouvainMembership(node_count, UnorderedPairs(arcs)));
  for (std::size_t i = 0; i < node_count; ++i) metrics[i].community = communities[i];
  return metrics;
}

}  // namespace newsgraph
