#include "export/neo4j_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/events/verb_lexicon.h"

#include "tests/export/test_graphs.h"

namespace newsgraph::export_internal {
namespace {

struct LabelCase {
  EntityType type;
  std::map<std::string, std::string> codes;
  std::string label;
};

void PrintTo(const LabelCase& c, std::ostream* out) {
  *out << EntityTypeName(c.type) << (c.codes.empty() ? "" : " with codes");
}

class ActorTypeLabelTest : public ::testing::TestWithParam<LabelCase> {};

TEST_P(ActorTypeLabelTest, MapsTypeToLabel) {
  const Entity entity =
      testing::MakeEntity("x", "X", GetParam().type, {"X"}, GetParam().codes, 1, 1);
  EXPECT_EQ(ActorTypeLabel(entity), GetParam().label);
}

INSTANTIATE_TEST_SUITE_P(
    Types, ActorTypeLabelTest,
    ::testing::Values(LabelCase{EntityType::kPerson, {}, "Person"},
                      LabelCase{EntityType::kOrganization, {{"cameo", "IGO"}}, "Organization"},
                      LabelCase{EntityType::kGpe, {{"iso3166", "RUS"}}, "Country"},
                      LabelCase{EntityType::kGpe, {{"cameo", "RUS"}}, "Location"},
                      LabelCase{EntityType::kGpe, {}, "Location"},
                      LabelCase{EntityType::kLocation, {}, "Location"},
                      LabelCase{EntityType::kNorp, {}, "Group"},
                      LabelCase{EntityType::kOther, {}, ""}));

struct TypeCase {
  std::string label;
  std::string plover;
  std::string type;
};

void PrintTo(const TypeCase& c, std::ostream* out) { *out << c.label << " / " << c.plover; }

class EventRelationshipTypeTest : public ::testing::TestWithParam<TypeCase> {};

TEST_P(EventRelationshipTypeTest, TypeIsThePloverCategory) {
  Relation relation;
  relation.code.label = GetParam().label;
  relation.code.plover = GetParam().plover;
  EXPECT_EQ(EventRelationshipType(relation), GetParam().type);
}

INSTANTIATE_TEST_SUITE_P(Categories, EventRelationshipTypeTest,
                         ::testing::Values(TypeCase{"accuses", "ACCUSE", "ACCUSE"},
                                           TypeCase{"criticizes", "ACCUSE", "ACCUSE"},
                                           TypeCase{"attacks", "ASSAULT", "ASSAULT"},
                                           TypeCase{"not attacks", "ASSAULT", "NOT_ASSAULT"},
                                           TypeCase{"notes", "STATEMENT", "STATEMENT"},
                                           TypeCase{"meets", "", "RELATED_TO"},
                                           TypeCase{"x", "ACC\\USE", "ACC_USE"},
                                           TypeCase{"x", "`}) DETACH", "DETACH"}));

TEST(EventRelationshipTypesTest, EveryEventCategoryAndItsNegationThenRelatedTo) {
  const std::vector<std::string>& types = EventRelationshipTypes();
  ASSERT_EQ(types.size(), 33u);
  EXPECT_EQ(types[0], "AGREE");
  EXPECT_EQ(types[1], "NOT_AGREE");
  EXPECT_EQ(types[30], "ASSAULT");
  EXPECT_EQ(types[31], "NOT_ASSAULT");
  EXPECT_EQ(types.back(), "RELATED_TO");
  EXPECT_EQ(std::find(types.begin(), types.end(), "STATEMENT"), types.end());
  EXPECT_EQ(std::set<std::string>(types.begin(), types.end()).size(), types.size());
}

TEST(EventRelationshipTypesTest, HoldsTheTypeOfEveryRelationTheLexiconCanCode) {
  const std::vector<std::string>& types = EventRelationshipTypes();
  for (std::string_view category : EventCategories()) {
    for (const char* label : {"attacks", "not attacks"}) {
      Relation relation;
      relation.code.label = label;
      relation.code.plover = std::string(category);
      const std::string type = EventRelationshipType(relation);
      EXPECT_NE(std::find(types.begin(), types.end(), type), types.end()) << type;
    }
  }
}

struct DateCase {
  std::string text;
  std::optional<std::string> date;
};

void PrintTo(const DateCase& c, std::ostream* out) { *out << '"' << c.text << '"'; }

class CalendarDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(CalendarDateTest, AcceptsOnlyCalendarDates) {
  EXPECT_EQ(CalendarDate(GetParam().text), GetParam().date);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, CalendarDateTest,
    ::testing::Values(DateCase{"2024-03-01", "2024-03-01"}, DateCase{"2024-02-29", "2024-02-29"},
                      DateCase{"2023-02-29", std::nullopt}, DateCase{"1900-02-29", std::nullopt},
                      DateCase{"2000-02-29", "2000-02-29"}, DateCase{"2024-02-30", std::nullopt},
                      DateCase{"2024-13-01", std::nullopt}, DateCase{"2024-00-10", std::nullopt},
                      DateCase{"0000-01-01", std::nullopt}, DateCase{"2024-1-01", std::nullopt},
                      DateCase{"2024-03-01T10:00", std::nullopt}, DateCase{"", std::nullopt},
                      DateCase{"2024/03/01", std::nullopt}, DateCase{"2024-03-0a", std::nullopt}));

TEST(ArticleMentionsTest, ListsEveryActorsArticlesInOrder) {
  const KnowledgeGraph graph = testing::SmallGraph();
  const std::vector<ArticleMention> mentions = ArticleMentions(graph);
  ASSERT_EQ(mentions.size(), 11u);
  EXPECT_EQ(*mentions[0].actor, "gpe:russia");
  EXPECT_EQ(*mentions[0].article, "wire-0001");
  EXPECT_EQ(mentions[0].count, 6u);
  EXPECT_EQ(*mentions.back().actor, "person:vladimir_putin");
  EXPECT_EQ(*mentions.back().article, "wire-0007");
}

}  // namespace
}  // namespace newsgraph::export_internal
