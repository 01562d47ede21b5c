#include "export/dyad_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

Entity MakeEntity(const std::string& id) {
  Entity entity;
  entity.id = id;
  entity.name = id;
  entity.type = EntityType::kGpe;
  entity.aliases = {id};
  return entity;
}

EdgePeriodCounts Counts(std::size_t events, double goldstein, std::size_t quad,
                        const std::string& plover, EvidenceId first, EvidenceId last) {
  EdgePeriodCounts counts;
  counts.events = events;
  counts.documents = 1;
  counts.coded = events;
  counts.goldstein_sum = goldstein;
  counts.quad[quad - 1] = events;
  counts.plover[plover] = events;
  counts.first_evidence = std::move(first);
  counts.last_evidence = std::move(last);
  return counts;
}

Relation MakeRelation(const std::string& source, const std::string& target,
                      const std::string& label, std::map<std::string, EdgePeriodCounts> periods) {
  Relation relation;
  relation.source = source;
  relation.target = target;
  relation.code.label = label;
  for (const auto& [key, counts] : periods) relation.weight += counts.events;
  relation.periods = std::move(periods);
  return relation;
}

// Two relations of one pair add up per period; another pair has its own rows.
KnowledgeGraph SmallGraph() {
  std::vector<Relation> relations = {
      MakeRelation("russia", "ukraine", "accuses",
                   {{"2024-01", Counts(2, -4, 4, "ACCUSE", {"a", 1}, {"b", 0})},
                    {"2024-03", Counts(1, -2, 4, "ACCUSE", {"c", 2}, {"c", 2})}}),
      MakeRelation("russia", "ukraine", "meets",
                   {{"2024-01", Counts(1, 1, 1, "CONSULT", {"a", 0}, {"a", 0})}}),
      MakeRelation("ukraine", "russia", "accuses",
                   {{"2024-02", Counts(1, -2, 4, "ACCUSE", {"d", 5}, {"d", 5})}}),
  };
  return KnowledgeGraph({MakeEntity("russia"), MakeEntity("ukraine")}, std::move(relations));
}

std::string Written(const KnowledgeGraph& graph, bool zero_fill) {
  std::ostringstream out;
  DyadTableWriter(PeriodUnit::kMonth, zero_fill).Write(graph, out);
  return out.str();
}

const std::string kHeader =
    "source,target,period,events,documents,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4,"
    "plover_agree,plover_consult,plover_support,plover_concede,plover_cooperate,plover_aid,"
    "plover_retreat,plover_request,plover_accuse,plover_reject,plover_threaten,plover_protest,"
    "plover_sanction,plover_mobilize,plover_coerce,plover_assault,plover_statement,"
    "first_evidence,last_evidence\r\n";

TEST(DyadTableWriter, SumsThePairsRelationsPerPeriod) {
  EXPECT_EQ(Written(SmallGraph(), false),
            kHeader +
                "russia,ukraine,2024-01,3,2,-3.0,-1.0,1,0,0,2,0,1,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,"
                "a#0,b#0\r\n"
                "russia,ukraine,2024-03,1,1,-2.0,-2.0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,"
                "c#2,c#2\r\n"
                "ukraine,russia,2024-02,1,1,-2.0,-2.0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,"
                "d#5,d#5\r\n");
}

// The zero-filled table of the small graph, whole, against tests/export/golden/dyads.csv
// (NEWSGRAPH_UPDATE_GOLDEN=1 rewrites it).
TEST(DyadTableWriter, MatchesGoldenFile) {
  const std::string path = std::string(NEWSGRAPH_TEST_DATA) + "/export/golden/dyads.csv";
  const std::string written = Written(SmallGraph(), true);
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << written;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "missing golden file " << path;
  const std::string expected((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
  EXPECT_EQ(written, expected);
}

TEST(DyadTableWriter, ZeroFillAddsTheQuietPeriodsOfEveryPair) {
  std::string zeros = ",0,0,0.0,";                                // no mean without events
  for (int column = 0; column < 4 + 17; ++column) zeros += ",0";  // quad1..4, PLOVER
  zeros += ",,\r\n";                                              // no evidence
  const std::string written = Written(SmallGraph(), true);
  EXPECT_NE(written.find("russia,ukraine,2024-02" + zeros), std::string::npos) << written;
  EXPECT_NE(written.find("ukraine,russia,2024-01" + zeros), std::string::npos) << written;
  EXPECT_NE(written.find("ukraine,russia,2024-03" + zeros), std::string::npos) << written;
  std::size_t rows = 0;
  for (char c : written) rows += c == '\n';
  EXPECT_EQ(rows, 1u + 6u);  // two pairs times three months
}

// Ids from hostile document ids stay one field; node ids are NMTOKENs already.
TEST(DyadTableWriter, HostileEvidenceIdsStayData) {
  std::vector<Relation> relations = {MakeRelation(
      "a,b \"c\"", "x\ny", "accuses",
      {{"2024-01", Counts(1, -2, 4, "ACCUSE", {"doc,\"1\"\r\n=cmd", 0}, {"\xff", 1})}})};
  const KnowledgeGraph graph({MakeEntity("a,b \"c\""), MakeEntity("x\ny")}, std::move(relations));
  const std::string written = Written(graph, false);
  EXPECT_NE(written.find("\r\na-2Cb_-22c-22,x-0Ay,2024-01,"), std::string::npos) << written;
  EXPECT_NE(written.find(",\"doc,\"\"1\"\"\r\n=cmd#0\",\xEF\xBF\xBD#1\r\n"), std::string::npos)
      << written;
}

TEST(DyadTableWriter, AGraphWithoutPeriodsGivesTheHeaderOnly) {
  std::vector<Relation> relations = {MakeRelation("russia", "ukraine", "accuses", {})};
  relations[0].weight = 3;
  const KnowledgeGraph graph({MakeEntity("russia"), MakeEntity("ukraine")}, std::move(relations));
  EXPECT_EQ(Written(graph, true), kHeader);
}

}  // namespace
}  // namespace newsgraph
