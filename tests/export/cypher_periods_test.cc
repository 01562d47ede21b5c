// Loading the Cypher of several periods' snapshots and of the whole build into one database
// keeps each period's facts: a model of what MERGE and SET do, run over the generated scripts.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>

#include "export/cypher_writer.h"
#include "graph/period_snapshot.h"
#include "tests/graph/period_graphs.h"

namespace newsgraph {
namespace {

using testing::ThreeMonths;

// What the scripts leave in a database, as far as counts go: the actors' own mentions, their
// IN_PERIOD mentions by (actor, period), and relationship weights by (source, type, label,
// target, period).
struct Database {
  std::map<std::string, std::string> actor_mentions;
  std::map<std::pair<std::string, std::string>, std::string> period_mentions;
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, std::string>
      weights;
  bool operator==(const Database&) const = default;
};

std::string Script(const KnowledgeGraph& graph, const std::string& period) {
  std::ostringstream out;
  CypherWriter(CypherWriterOptions{.period = period}).Write(graph, out);
  return out.str();
}

// Applies the MERGE ... SET statements of `script` (one UNWIND batch per statement, one literal
// row a line; the test graph's text holds no quote or ';') to `database`.
void Load(const std::string& script, Database& database) {
  const std::regex relation_merge(
      R"(MERGE \(s\)-\[r:(\w+) \{label: row\.label, period: '([^']*)'\}\]->\(t\))");
  const std::regex period_merge(R"(MERGE \(p:Period \{key: '([^']*)'\}\))");
  const std::regex relation_row(
      R"(\{source: '([^']*)', target: '([^']*)', label: '([^']*)'.* weight: (\d+),)");
  const std::regex actor_row(R"(\{id: '([^']*)'.* mentions: (\d+),)");
  std::istringstream statements(script);
  for (std::string statement; std::getline(statements, statement, ';');) {
    std::smatch merge, period;
    const bool is_relation = std::regex_search(statement, merge, relation_merge);
    const bool in_period = std::regex_search(statement, period, period_merge);
    const bool sets_actor = statement.find("n.mentions = row.mentions") != std::string::npos;
    std::istringstream lines(statement);
    for (std::string line; std::getline(lines, line);) {
      std::smatch row;
      if (is_relation && std::regex_search(line, row, relation_row)) {
        database.weights[{row[1], merge[1], row[3], row[2], merge[2]}] = row[4];
      } else if (!is_relation && std::regex_search(line, row, actor_row)) {
        if (sets_actor) database.actor_mentions[row[1]] = row[2];
        if (in_period) database.period_mentions[{row[1], period[1]}] = row[2];
      }
    }
  }
}

class CypherPeriods : public ::testing::Test {
 protected:
  const KnowledgeGraph whole_ = ThreeMonths();
  const std::string whole_script_ = Script(whole_, "");
  const std::string january_ =
      Script(PeriodSnapshot(whole_, PeriodUnit::kMonth, "2024-01", true), "2024-01");
  const std::string february_ =
      Script(PeriodSnapshot(whole_, PeriodUnit::kMonth, "2024-02", true), "2024-02");
};

TEST_F(CypherPeriods, TwoPeriodsAndTheWholeBuildKeepEachTheirCounts) {
  Database database;
  Load(whole_script_, database);
  Load(january_, database);
  Load(february_, database);
  const std::map<std::string, std::string> totals = {
      {"alpha", "4"}, {"beta", "3"}, {"delta", "4"}, {"gamma", "2"}};
  EXPECT_EQ(database.actor_mentions, totals);
  EXPECT_EQ(database.period_mentions.at({"alpha", "2024-01"}), "3");
  EXPECT_EQ(database.period_mentions.at({"alpha", "2024-02"}), "1");
  EXPECT_EQ(database.period_mentions.at({"delta", "2024-01"}), "2");
  EXPECT_EQ(database.period_mentions.size(), 8u);
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  EXPECT_EQ(database.weights.at(Key{"alpha", "ASSAULT", "attacks", "beta", "all"}), "3");
  EXPECT_EQ(database.weights.at(Key{"alpha", "ASSAULT", "attacks", "beta", "2024-01"}), "2");
  EXPECT_EQ(database.weights.at(Key{"alpha", "ASSAULT", "attacks", "beta", "2024-02"}), "1");
  EXPECT_EQ(database.weights.size(), 3u + 2u + 2u);
}

TEST_F(CypherPeriods, LoadingInAnyOrderOrTwiceGivesTheSameDatabase) {
  Database forward, backward;
  for (const std::string* script : {&whole_script_, &january_, &february_}) Load(*script, forward);
  for (const std::string* script : {&february_, &january_, &whole_script_, &january_, &february_})
    Load(*script, backward);
  EXPECT_EQ(forward, backward);
}

TEST_F(CypherPeriods, SnapshotKeysItsPeriodNode) {
  EXPECT_NE(january_.find("CREATE CONSTRAINT period_key IF NOT EXISTS FOR (n:Period) REQUIRE "
                          "n.key IS UNIQUE;"),
            std::string::npos);
  EXPECT_NE(january_.find("MERGE (n)-[x:IN_PERIOD]->(p)"), std::string::npos);
  EXPECT_EQ(january_.find("n.mentions"), std::string::npos);
  EXPECT_EQ(whole_script_.find("Period"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
