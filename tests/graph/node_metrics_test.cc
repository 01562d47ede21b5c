// Node metrics on small graphs whose PageRank, betweenness and communities are known in closed
// form (the PageRank fractions solve the damping-0.85 equations; NetworkX gives the same values).
#include "graph/node_metrics.h"

#include <gtest/gtest.h>
#include <igraph.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph {
namespace {

constexpr double kTolerance = 1e-9;

// Both directions between every two of `nodes`.
void AddClique(const std::vector<std::size_t>& nodes, std::vector<WeightedArc>& arcs) {
  for (std::size_t a : nodes) {
    for (std::size_t b : nodes) {
      if (a != b) arcs.push_back({a, b, 1.0});
    }
  }
}

struct KnownGraph {
  std::string name;
  std::size_t node_count;
  std::vector<WeightedArc> arcs;
  std::vector<double> pagerank;
  std::vector<double> betweenness;
  std::vector<std::size_t> community;
};

void PrintTo(const KnownGraph& graph, std::ostream* out) { *out << graph.name; }

std::vector<KnownGraph> KnownGraphs() {
  std::vector<WeightedArc> cliques;
  AddClique({0, 1, 2, 3}, cliques);
  AddClique({4, 5, 6, 7}, cliques);
  cliques.push_back({3, 4, 1.0});
  cliques.push_back({4, 3, 1.0});
  std::vector<WeightedArc> star;
  for (std::size_t leaf = 1; leaf <= 4; ++leaf) {
    star.push_back({0, leaf, 1.0});
    star.push_back({leaf, 0, 1.0});
  }
  const double hub = 88.0 / 185, leaf = 97.0 / 740;
  const double inside = 30.0 / 257, bridge = 77.0 / 514;
  return {
      // Each node lies on the one path between the other two (1 of (n-1)(n-2) = 2 pairs).
      {"directed_cycle",
       3,
       {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}},
       {1.0 / 3, 1.0 / 3, 1.0 / 3},
       {0.5, 0.5, 0.5},
       {0, 0, 0}},
      {"two_cliques_and_a_bridge",
       8,
       cliques,
       {inside, inside, inside, bridge, bridge, inside, inside, inside},
       {0, 0, 0, 4.0 / 7, 4.0 / 7, 0, 0, 0},
       {0, 0, 0, 0, 1, 1, 1, 1}},
      {"star_both_ways", 5, star, {hub, leaf, leaf, leaf, leaf}, {1, 0, 0, 0, 0}, {0, 0, 0, 0, 0}},
      // The hub has no out-arc: its rank is spread over every node.
      {"star_into_a_sink",
       4,
       {{1, 0, 1}, {2, 0, 1}, {3, 0, 1}},
       {71.0 / 131, 20.0 / 131, 20.0 / 131, 20.0 / 131},
       {0, 0, 0, 0},
       {0, 0, 0, 0}},
      {"weighted_fork",
       3,
       {{0, 1, 3}, {0, 2, 1}},
       {20.0 / 77, 131.0 / 308, 97.0 / 308},
       {0, 0, 0},
       {0, 0, 0}},
  };
}

class KnownGraphTest : public ::testing::TestWithParam<KnownGraph> {};

TEST_P(KnownGraphTest, MetricsMatchClosedForms) {
  const KnownGraph& known = GetParam();
  const std::vector<NodeMetrics> metrics = ComputeNodeMetrics(known.node_count, known.arcs);
  ASSERT_EQ(metrics.size(), known.node_count);
  for (std::size_t i = 0; i < known.node_count; ++i) {
    SCOPED_TRACE("node " + std::to_string(i));
    EXPECT_NEAR(metrics[i].pagerank, known.pagerank[i], kTolerance);
    EXPECT_NEAR(metrics[i].betweenness, known.betweenness[i], kTolerance);
    EXPECT_EQ(metrics[i].community, known.community[i]);
  }
}

TEST_P(KnownGraphTest, SameArcsInAnyOrderGiveSameBits) {
  const KnownGraph& known = GetParam();
  std::vector<WeightedArc> reversed = known.arcs;
  std::reverse(reversed.begin(), reversed.end());
  const std::vector<NodeMetrics> first = ComputeNodeMetrics(known.node_count, known.arcs);
  const std::vector<NodeMetrics> second = ComputeNodeMetrics(known.node_count, reversed);
  for (std::size_t i = 0; i < known.node_count; ++i) {
    EXPECT_EQ(std::memcmp(&first[i].pagerank, &second[i].pagerank, sizeof(double)), 0);
    EXPECT_EQ(std::memcmp(&first[i].betweenness, &second[i].betweenness, sizeof(double)), 0);
    EXPECT_EQ(first[i].community, second[i].community);
  }
}

INSTANTIATE_TEST_SUITE_P(Graphs, KnownGraphTest, ::testing::ValuesIn(KnownGraphs()),
                         [](const auto& info) { return info.param.name; });

TEST(NodeMetricsTest, DegreesCountActorPairsAndWeightsCountSentences) {
  // Two relations 0->1 (weights 2 and 3), one 1->0, a self-loop on 2, and node 3 alone.
  const std::vector<NodeMetrics> metrics =
      ComputeNodeMetrics(4, {{0, 1, 2}, {0, 1, 3}, {1, 0, 1}, {2, 2, 4}});
  EXPECT_EQ(metrics[0].out_degree, 1u);
  EXPECT_EQ(metrics[0].in_degree, 1u);
  EXPECT_EQ(metrics[0].degree, 2u);
  EXPECT_DOUBLE_EQ(metrics[0].weighted_degree, 6.0);
  EXPECT_EQ(metrics[2].degree, 2u);
  EXPECT_DOUBLE_EQ(metrics[2].weighted_degree, 8.0);
  EXPECT_EQ(metrics[3].degree, 0u);
  EXPECT_DOUBLE_EQ(metrics[3].weighted_degree, 0.0);
  // Communities by decreasing size: {0, 1} first, then the lone nodes in index order.
  EXPECT_EQ(metrics[0].community, 0u);
  EXPECT_EQ(metrics[1].community, 0u);
  EXPECT_EQ(metrics[2].community, 1u);
  EXPECT_EQ(metrics[3].community, 2u);
  double total = 0;
  for (const NodeMetrics& node : metrics) total += node.pagerank;
  EXPECT_NEAR(total, 1.0, kTolerance);
}

TEST(NodeMetricsTest, EmptyGraphAndOutOfRangeArcs) {
  EXPECT_TRUE(ComputeNodeMetrics(0, {}).empty());
  EXPECT_THROW(ComputeNodeMetrics(2, {{0, 2, 1}}), std::invalid_argument);
}

TEST(NodeMetricsTest, KnowledgeGraphKeepsMetricsByEntityIndex) {
  auto entity = [](std::string id) {
    Entity e;
    e.id = id;
    e.name = id;
    return e;
  };
  Relation relation;
  relation.source = "b";
  relation.target = "a";
  relation.weight = 3;
  // Entities arrive unsorted; index 0 is "a" once the graph sorts them.
  const KnowledgeGraph graph({entity("c"), entity("b"), entity("a")}, {relation});
  EXPECT_EQ(graph.metrics(0).in_degree, 1u);
  EXPECT_EQ(graph.metrics(1).out_degree, 1u);
  EXPECT_DOUBLE_EQ(graph.metrics(1).weighted_degree, 3.0);
  EXPECT_EQ(graph.metrics(2).degree, 0u);
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// The directed igraph graph of `pairs` on `node_count` nodes; the caller destroys it.
igraph_t IgraphOf(std::size_t node_count, const Pairs& pairs) {
  igraph_vector_int_t ends;
  igraph_vector_int_init(&ends, static_cast<igraph_integer_t>(2 * pairs.size()));
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    VECTOR(ends)[2 * i] = static_cast<igraph_integer_t>(pairs[i].first);
    VECTOR(ends)[2 * i + 1] = static_cast<igraph_integer_t>(pairs[i].second);
  }
  igraph_t graph;
  igraph_create(&graph, &ends, static_cast<igraph_integer_t>(node_count), /*directed=*/true);
  igraph_vector_int_destroy(&ends);
  return graph;
}

// igraph_betweenness on the directed graph of `pairs`, the reference DirectedBetweenness matches.
std::vector<double> IgraphBetweenness(std::size_t node_count, const Pairs& pairs) {
  igraph_t graph = IgraphOf(node_count, pairs);
  igraph_vector_t result;
  igraph_vector_init(&result, 0);
  igraph_betweenness(&graph, &result, igraph_vss_all(), /*directed=*/true, nullptr);
  std::vector<double> values(VECTOR(result), VECTOR(result) + node_count);
  igraph_vector_destroy(&result);
  igraph_destroy(&graph);
  return values;
}

// Distinct sorted ordered pairs on `node_count` nodes, each present with chance 1/`sparsity`,
// self-pairs included, from a fixed linear congruential sequence.
Pairs RandomPairs(std::size_t node_count, std::uint64_t seed, std::uint64_t sparsity) {
  Pairs pairs;
  std::uint64_t state = seed;
  for (std::size_t a = 0; a < node_count; ++a) {
    for (std::size_t b = 0; b < node_count; ++b) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      if ((state >> 33) % sparsity == 0) pairs.emplace_back(a, b);
    }
  }
  return pairs;
}

TEST(DirectedBetweennessTest, PathAndStarByHand) {
  // 0 -> 1 -> 2 -> 3: node 1 lies on 0-2 and 0-3, node 2 on 0-3 and 1-3.
  EXPECT_EQ(DirectedBetweenness(4, {{0, 1}, {1, 2}, {2, 3}}),
            (std::vector<double>{0, 2, 2, 0}));
  // Two shortest paths 0 -> {1, 2} -> 3 share the pair 0-3; a self-pair changes nothing.
  EXPECT_EQ(DirectedBetweenness(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 3}}),
            (std::vector<double>{0, 0.5, 0.5, 0}));
  EXPECT_TRUE(DirectedBetweenness(0, {}).empty());
}

TEST(DirectedBetweennessTest, EqualsIgraphBitForBitOnRandomGraphs) {
  for (std::size_t node_count : {1, 2, 3, 7, 20, 60}) {
    for (std::uint64_t sparsity : {2, 5, 15}) {
      for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        const Pairs pairs = RandomPairs(node_count, seed * 7919 + sparsity, sparsity);
        EXPECT_EQ(DirectedBetweenness(node_count, pairs), IgraphBetweenness(node_count, pairs))
            << node_count << " nodes, sparsity " << sparsity << ", seed " << seed;
      }
    }
  }
}

// igraph_pagerank (PRPACK) of the weighted directed graph of `pairs`, the reference
// WeightedPagerank agrees with to rounding.
std::vector<double> IgraphPagerank(std::size_t node_count, const Pairs& pairs,
                                   const std::vector<double>& weights) {
  igraph_t graph = IgraphOf(node_count, pairs);
  igraph_vector_t weight_vector, result;
  igraph_vector_init_array(&weight_vector, weights.data(),
                           static_cast<igraph_integer_t>(weights.size()));
  igraph_vector_init(&result, 0);
  igraph_real_t eigenvalue = 0;
  igraph_pagerank(&graph, IGRAPH_PAGERANK_ALGO_PRPACK, &result, &eigenvalue, igraph_vss_all(),
                  /*directed=*/true, 0.85, &weight_vector, nullptr);
  std::vector<double> values(VECTOR(result), VECTOR(result) + node_count);
  igraph_vector_destroy(&result);
  igraph_vector_destroy(&weight_vector);
  igraph_destroy(&graph);
  return values;
}

// Weights 1..5 for `pairs`, from the pair's ends.
std::vector<double> PairWeights(const Pairs& pairs) {
  std::vector<double> weights;
  for (const auto& [a, b] : pairs) weights.push_back(1.0 + double((a * 31 + b * 17) % 5));
  return weights;
}

TEST(WeightedPagerankTest, AgreesWithIgraphOnRandomGraphsWithDanglingNodes) {
  for (std::size_t node_count : {1, 2, 3, 7, 20, 300}) {
    for (std::uint64_t sparsity : {2, 5, 40}) {
      for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const Pairs pairs = RandomPairs(node_count, seed * 104729 + sparsity, sparsity);
        const std::vector<double> weights = PairWeights(pairs);
        const std::vector<double> ours = WeightedPagerank(node_count, pairs, weights);
        const std::vector<double> reference = IgraphPagerank(node_count, pairs, weights);
        ASSERT_EQ(ours.size(), node_count);
        for (std::size_t v = 0; v < node_count; ++v) {
          EXPECT_NEAR(ours[v], reference[v], 1e-12)
              << node_count << " nodes, sparsity " << sparsity << ", seed " << seed;
        }
      }
    }
  }
}

TEST(WeightedPagerankTest, SameBitsOnEveryRunOfALargeGraph) {
  // A graph of the size where a multithreaded solver's reductions start to vary.
  const Pairs pairs = RandomPairs(3000, 17, 300);
  const std::vector<double> weights = PairWeights(pairs);
  const std::vector<double> first = WeightedPagerank(3000, pairs, weights);
  for (int run = 0; run < 3; ++run) {
    const std::vector<double> again = WeightedPagerank(3000, pairs, weights);
    ASSERT_EQ(std::memcmp(first.data(), again.data(), first.size() * sizeof(double)), 0);
  }
  EXPECT_TRUE(WeightedPagerank(0, {}, {}).empty());
}

}  // namespace
}  // namespace newsgraph
