#include "cli/summary.h"

#include <gtest/gtest.h>

#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

Relation Between(const std::string& source, const std::string& target, const std::string& label) {
  Relation relation;
  relation.source = source;
  relation.target = target;
  relation.code.label = label;
  return relation;
}

Entity Actor(const std::string& id) {
  Entity entity;
  entity.id = id;
  entity.name = id;
  entity.type = EntityType::kPerson;
  entity.aliases = {id};
  entity.mentions = 1;
  entity.documents = 1;
  return entity;
}

// GraphML draws one edge per ordered pair of actors; the summary counts those edges.
TEST(SummaryTest, CountsOneEdgePerOrderedPairOfActors) {
  const KnowledgeGraph graph({Actor("a"), Actor("b"), Actor("c")},
                             {Between("a", "b", "meets"), Between("a", "b", "criticizes"),
                              Between("b", "a", "meets"), Between("b", "c", "meets")});
  EXPECT_EQ(ActorPairCount(graph), 3u);
  EXPECT_EQ(BuildSummary(2, graph, "out/"),
            "2 documents, 3 nodes, 3 edges (4 relations) written to out/");
}

TEST(SummaryTest, EmptyGraph) {
  EXPECT_EQ(BuildSummary(0, KnowledgeGraph({}, {}), "x"),
            "0 documents, 0 nodes, 0 edges (0 relations) written to x");
}

}  // namespace
}  // namespace newsgraph
