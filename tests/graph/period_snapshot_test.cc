// PeriodSnapshot on a hand-made graph of three months: which nodes and edges each period keeps,
// with the period's counts, evidence and dates, and metrics computed on the period's graph.
#include "graph/period_snapshot.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "tests/graph/period_graphs.h"

namespace newsgraph {
namespace {

using testing::ThreeMonths;

std::vector<std::string> EntityIds(const KnowledgeGraph& graph) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) ids.push_back(graph.entity(i).id);
  return ids;
}

std::vector<std::string> ArticleIds(const KnowledgeGraph& graph) {
  std::vector<std::string> ids;
  for (const Article& article : graph.articles()) ids.push_back(article.id);
  return ids;
}

TEST(SnapshotPeriods, AreThePeriodsWithEventsOrWithMentionsWhenIsolatedNodesAreKept) {
  const KnowledgeGraph graph = ThreeMonths();
  EXPECT_EQ(SnapshotPeriods(graph, false), (std::vector<std::string>{"2024-01", "2024-02"}));
  EXPECT_EQ(SnapshotPeriods(graph, true),
            (std::vector<std::string>{"2023-12", "2024-01", "2024-02"}));
}

struct SnapshotCase {
  std::string period;
  bool keep_isolated;
  std::vector<std::string> entities;
  std::vector<std::string> articles;
};

TEST(PeriodSnapshot, KeepsTheNodesOfThePeriod) {
  const KnowledgeGraph graph = ThreeMonths();
  const std::vector<SnapshotCase> cases = {
      {"2024-01", false, {"alpha", "beta", "gamma"}, {"doc1", "doc2"}},
      {"2024-01", true, {"alpha", "beta", "delta", "gamma"}, {"doc1", "doc2"}},
      {"2024-02", false, {"alpha", "beta", "delta", "gamma"}, {"doc3"}},
      {"2023-12", false, {}, {}},
      {"2023-12", true, {"delta"}, {"doc0"}},
      {"2025-01", true, {}, {}},
  };
  for (const SnapshotCase& c : cases) {
    SCOPED_TRACE(c.period + (c.keep_isolated ? " keeping isolated nodes" : ""));
    const KnowledgeGraph snapshot =
        PeriodSnapshot(graph, PeriodUnit::kMonth, c.period, c.keep_isolated);
    EXPECT_EQ(EntityIds(snapshot), c.entities);
    EXPECT_EQ(ArticleIds(snapshot), c.articles);
  }
}

TEST(PeriodSnapshot, RestrictsEdgesToThePeriod) {
  const KnowledgeGraph january =
      PeriodSnapshot(ThreeMonths(), PeriodUnit::kMonth, "2024-01", false);
  ASSERT_EQ(january.relation_count(), 2u);
  const Relation& attacks = january.relation(0);
  EXPECT_EQ(attacks.source, "alpha");
  EXPECT_EQ(attacks.target, "beta");
  EXPECT_EQ(attacks.weight, 2u);
  EXPECT_EQ(attacks.documents, 2u);
  EXPECT_EQ(attacks.first_seen, "2024-01-10");
  EXPECT_EQ(attacks.last_seen, "2024-01-20");
  ASSERT_EQ(attacks.evidence.size(), 2u);
  EXPECT_EQ(attacks.evidence[1].text, "Alpha attacked Beta again.");
  EXPECT_EQ(attacks.code.cameo, "190");
  EXPECT_TRUE(attacks.periods.empty());
  EXPECT_EQ(attacks.undated, 0u);
  EXPECT_EQ(january.relation(1).source, "beta");

  const KnowledgeGraph february =
      PeriodSnapshot(ThreeMonths(), PeriodUnit::kMonth, "2024-02", false);
  ASSERT_EQ(february.relation_count(), 2u);
  EXPECT_EQ(february.relation(0).weight, 1u);
  EXPECT_EQ(february.relation(0).first_seen, "2024-02-05");
  EXPECT_EQ(february.relation(0).evidence.size(), 1u);
  EXPECT_EQ(february.relation(1).source, "gamma");
  EXPECT_EQ(february.relation(1).target, "delta");
}

TEST(PeriodSnapshot, CountsNodesInThePeriod) {
  const KnowledgeGraph january = PeriodSnapshot(ThreeMonths(), PeriodUnit::kMonth, "2024-01", true);
  const Entity& alpha = january.entity(january.FindEntity("alpha"));
  EXPECT_EQ(alpha.mentions, 3u);
  EXPECT_EQ(alpha.documents, 2u);
  EXPECT_EQ(alpha.mentions_by_article,
            (std::map<std::string, std::size_t>{{"doc1", 2}, {"doc2", 1}}));
  EXPECT_TRUE(alpha.periods.empty());
  const Entity& delta = january.entity(january.FindEntity("delta"));
  EXPECT_EQ(delta.mentions, 2u);
  EXPECT_EQ(delta.mentions_by_article, (std::map<std::string, std::size_t>{{"doc1", 2}}));
}

// The snapshot's metrics are those of a graph built from the period's nodes and edges alone.
TEST(PeriodSnapshot, ComputesMetricsOnThePeriodsGraph) {
  const KnowledgeGraph graph = ThreeMonths();
  const KnowledgeGraph february = PeriodSnapshot(graph, PeriodUnit::kMonth, "2024-02", false);
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  for (std::size_t i = 0; i < february.entity_count(); ++i) entities.push_back(february.entity(i));
  for (std::size_t i = 0; i < february.relation_count(); ++i)
    relations.push_back(february.relation(i));
  const KnowledgeGraph rebuilt(std::move(entities), std::move(relations));
  for (std::size_t i = 0; i < february.entity_count(); ++i) {
    SCOPED_TRACE(february.entity(i).id);
    EXPECT_EQ(february.metrics(i).degree, rebuilt.metrics(i).degree);
    EXPECT_EQ(february.metrics(i).pagerank, rebuilt.metrics(i).pagerank);
    EXPECT_EQ(february.metrics(i).community, rebuilt.metrics(i).community);
    EXPECT_EQ(february.metrics(i).weighted_degree, rebuilt.metrics(i).weighted_degree);
  }
  const std::size_t beta = february.FindEntity("beta");
  EXPECT_EQ(february.metrics(beta).degree, 1u);
  EXPECT_EQ(graph.metrics(graph.FindEntity("beta")).degree, 2u);
  EXPECT_EQ(february.metrics(february.FindEntity("gamma")).out_degree, 1u);
  EXPECT_EQ(february.metrics(february.FindEntity("gamma")).in_degree, 0u);
  EXPECT_NE(february.metrics(beta).pagerank, graph.metrics(graph.FindEntity("beta")).pagerank);
}

}  // namespace
}  // namespace newsgraph
