#include "graph/entity_resolution.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extract/text/names.h"

namespace newsgraph {
namespace {

// A name of the corpus: surface form, type, mentions.
struct NameSpec {
  std::string name;
  EntityType type;
  std::size_t mentions = 1;
  std::vector<std::size_t> documents = {};
};

NameRecord MakeRecord(const NameSpec& spec) {
  NameRecord record;
  record.key = NormalizeName(spec.name);
  record.name = spec.name;
  record.type = spec.type;
  record.mentions = spec.mentions;
  if (spec.type == EntityType::kPerson) record.person_mentions = spec.mentions;
  if (spec.type == EntityType::kOrganization) record.organization_mentions = spec.mentions;
  record.acronym = IsAllCaps(spec.name) && spec.name.find(' ') == std::string::npos;
  record.documents = spec.documents;
  return record;
}

// The key each name's node has after resolution.
std::vector<std::string> NodesOf(const std::vector<NameSpec>& names,
                                 const ResolutionInput& base = {}) {
  ResolutionInput input = base;
  for (const NameSpec& spec : names) input.records.push_back(MakeRecord(spec));
  const std::map<std::string, NameMerge> merges = ResolveNames(input);
  std::vector<std::string> nodes;
  for (const NameSpec& spec : names) {
    const std::string key = NormalizeName(spec.name);
    auto it = merges.find(key);
    nodes.push_back(it == merges.end() ? key : it->second.into);
  }
  return nodes;
}

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kGpe = EntityType::kGpe;

struct ResolutionCase {
  std::string label;
  std::vector<NameSpec> names;
  bool one_node;  // all names on one node, or each on its own
};

class ResolutionTest : public testing::TestWithParam<ResolutionCase> {};

TEST_P(ResolutionTest, Clusters) {
  const std::vector<std::string> nodes = NodesOf(GetParam().names);
  if (GetParam().one_node) {
    for (const std::string& node : nodes) EXPECT_EQ(node, nodes.front());
  } else {
    std::vector<std::string> distinct = nodes;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    EXPECT_EQ(distinct.size(), nodes.size());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ResolutionTest,
    testing::Values(
        ResolutionCase{"zelensky_spellings",
                       {{"Volodymyr Zelensky", kPer, 9},
                        {"Volodymyr Zelenskyy", kPer},
                        {"Volodymyr Zelenskiy", kPer},
                        {"Wołodymyr Zelanski", kPer},
                        {"Zelensky", kPer}},
                       true},
        ResolutionCase{"lukashenko_given_names",
                       {{"Alexander Lukashenko", kPer, 3},
                        {"Aleksandr Lukashenko", kPer},
                        {"Aleksander Lukashenko", kPer},
                        {"Lukashenko", kPer}},
                       true},
        ResolutionCase{"kuleba", {{"Dmytro Kuleba", kPer}, {"Dmitry Kuleba", kPer}}, true},
        ResolutionCase{"shoigu", {{"Sergei Shoigu", kPer}, {"Sergey Shoigu", kPer}}, true},
        ResolutionCase{"initial_and_short_form",
                       {{"Ken Clarke", kPer}, {"Kenneth Clarke", kPer}, {"K Clarke", kPer}},
                       true},
        ResolutionCase{"trailing_words",
                       {{"Ursula von der Leyen", kPer, 4}, {"der Leyen", kPer}},
                       true},
        ResolutionCase{"hyphenated_surname",
                       {{"Robert Kilroy-Silk", kPer, 4}, {"Kilroy Silk", kPer}},
                       true},
        ResolutionCase{"word_before_a_full_name",
                       {{"Alan Milburn", kPer, 5}, {"Blairite Alan Milburn", kPer}},
                       true},
        ResolutionCase{"spouses_stay_apart",
                       {{"Volodymyr Zelensky", kPer}, {"Olena Zelenska", kPer}},
                       false},
        ResolutionCase{"same_surname_other_given_name",
                       {{"Pedro Sánchez", kPer}, {"Yamileth Sanchez", kPer}},
                       false},
        ResolutionCase{"clarkes_apart", {{"Charles Clarke", kPer}, {"Ken Clarke", kPer}}, false},
        ResolutionCase{"shared_surname_stays_apart",
                       {{"Tony Blair", kPer, 3}, {"Cherie Blair", kPer, 2}, {"Ian Blair", kPer}},
                       false},
        ResolutionCase{"surnames_a_letter_apart_as_often_named_apart",
                       {{"John Herrington", kPer, 4}, {"John Harrington", kPer, 3}},
                       false},
        ResolutionCase{"similar_short_surnames_apart",
                       {{"Jack Straw", kPer}, {"Jack Shaw", kPer}},
                       false},
        ResolutionCase{"types_disagree",
                       {{"Georgia Smith", kPer}, {"Georgia", kGpe}},
                       false},
        ResolutionCase{"acronym_of_initials",
                       {{"Trades Union Congress", kOrg, 1, {4}}, {"TUC", kOrg, 1, {2, 4}}},
                       true},
        ResolutionCase{"short_acronym_needs_a_shared_document",
                       {{"Calicut International Airport", kOrg, 1, {1}}, {"CIA", kOrg, 1, {2}}},
                       false},
        ResolutionCase{"acronym_of_spellings_of_one_name",
                       {{"Trades Union Congress", kOrg, 1, {1}},
                        {"Trade Unions Congress", kOrg, 1, {2}},
                        {"TUC", kOrg, 3, {1, 3}}},
                       true},
        ResolutionCase{"acronym_with_capitals_word",
                       {{"UK Independence Party", kOrg}, {"UKIP", kOrg}},
                       true},
        ResolutionCase{"acronym_with_and_without_closing_word",
                       {{"Public and Commercial Services Union", kOrg, 1, {1}},
                        {"PCS Union", kOrg, 1, {2}},
                        {"PCS", kOrg, 1, {1}}},
                       true},
        ResolutionCase{"company_named_by_letters",
                       {{"American Soybean Association", kOrg}, {"ASA Ltd", kOrg}},
                       false},
        ResolutionCase{"complement_of_a_name",
                       {{"House of Commons", kOrg}, {"Commons", kOrg}},
                       true},
        ResolutionCase{"head_word_joins_nothing",
                       {{"Clarence House", kOrg}, {"House", kOrg}},
                       false},
        ResolutionCase{"thing_after_of_joins_nothing",
                       {{"Game of Life", kOrg}, {"Life", kOrg}},
                       false},
        ResolutionCase{"common_word_joins_nothing",
                       {{"Terrence Higgins Trust", kOrg}, {"Trust", kOrg}},
                       false}),
    [](const testing::TestParamInfo<ResolutionCase>& info) { return info.param.label; });

TEST(ResolveNames, AcronymDefinedInOneDocumentResolvesEverywhere) {
  ResolutionInput input;
  input.acronym_definitions["fsb"]["federal security service"] = 1;
  const std::vector<std::string> nodes =
      NodesOf({{"Federal Security Service", kOrg}, {"FSB", kOrg, 5}}, input);
  EXPECT_EQ(nodes[0], nodes[1]);
  // Without the definition, the letters "FSB" spell no name of the corpus.
  const std::vector<std::string> apart =
      NodesOf({{"Federal Security Service", kOrg}, {"FSB", kOrg, 5}});
  EXPECT_EQ(apart[1], "fsb");
  // A parenthesis misread as a definition, with other letters, defines nothing.
  ResolutionInput misread;
  misread.acronym_definitions["unctad"]["organisation for economic cooperation and development"] =
      1;
  const std::vector<std::string> kept = NodesOf(
      {{"Organisation for Economic Cooperation and Development", kOrg}, {"UNCTAD", kOrg}},
      misread);
  EXPECT_NE(kept[0], kept[1]);
}

TEST(ResolveNames, DoNotMergeListKeepsTransliterationsApart) {
  ResolutionInput input;
  input.kept_apart = [](const std::string& a, const std::string& b) {
    return (a == "sergei ivanov" && b == "sergey ivanov") ||
           (b == "sergei ivanov" && a == "sergey ivanov");
  };
  const std::vector<std::string> nodes =
      NodesOf({{"Sergei Ivanov", kPer}, {"Sergey Ivanov", kPer}}, input);
  EXPECT_NE(nodes[0], nodes[1]);
}

// Two names an actor dictionary (the user's alias file) resolved are two actors, and a name the
// corpus joins to a dictionary entry goes to the entry's key however often it is seen: the node's
// key does not depend on the rest of the corpus.
TEST(ResolveNames, DictionaryEntriesStayApartAndKeepTheirKey) {
  ResolutionInput input;
  NameRecord listed = MakeRecord({"Sergei Ivanov", kPer});
  listed.known = true;
  NameRecord other_listed = MakeRecord({"Sergey Ivanov", kPer});
  other_listed.known = true;
  input.records = {listed, other_listed};
  EXPECT_TRUE(ResolveNames(input).empty());

  NameRecord frequent_variant = MakeRecord({"Sergey Ivanov", kPer, 50});
  input.records = {listed, frequent_variant};
  const std::map<std::string, NameMerge> merges = ResolveNames(input);
  ASSERT_EQ(merges.size(), 1u);
  EXPECT_EQ(merges.at("sergey ivanov").into, "sergei ivanov");
}

TEST(ResolveNames, MergeNamesRuleAndScore) {
  ResolutionInput input;
  input.records = {MakeRecord({"Volodymyr Zelensky", kPer, 5}),
                   MakeRecord({"Volodymyr Zelenskyy", kPer})};
  const std::map<std::string, NameMerge> merges = ResolveNames(input);
  ASSERT_EQ(merges.size(), 1u);
  const NameMerge& merge = merges.at("volodymyr zelenskyy");
  EXPECT_EQ(merge.into, "volodymyr zelensky");
  EXPECT_EQ(merge.rule, "transliteration variant");
  EXPECT_DOUBLE_EQ(merge.score, 1.0);
}

TEST(ResolveNames, SameResultUnderShuffledInput) {
  const std::vector<NameSpec> names = {
      {"Volodymyr Zelensky", kPer, 9}, {"Volodymyr Zelenskyy", kPer}, {"Zelensky", kPer, 3},
      {"Olena Zelenska", kPer},        {"Ken Clarke", kPer},           {"Kenneth Clarke", kPer},
      {"Charles Clarke", kPer, 2},     {"Clarke", kPer},               {"TUC", kOrg},
      {"Trades Union Congress", kOrg}, {"House of Lords", kOrg},       {"Lords", kOrg}};
  ResolutionInput input;
  for (const NameSpec& spec : names) input.records.push_back(MakeRecord(spec));
  const std::map<std::string, NameMerge> expected = ResolveNames(input);
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(input.records.begin(), input.records.end(), random);
    const std::map<std::string, NameMerge> merges = ResolveNames(input);
    ASSERT_EQ(merges.size(), expected.size());
    for (const auto& [key, merge] : expected) {
      ASSERT_TRUE(merges.count(key)) << key;
      EXPECT_EQ(merges.at(key).into, merge.into);
      EXPECT_EQ(merges.at(key).rule, merge.rule);
    }
  }
}

TEST(FoldTransliteration, FoldsVariantsAlike) {
  EXPECT_EQ(FoldTransliteration("zelenskyy"), FoldTransliteration("zelensky"));
  EXPECT_EQ(FoldTransliteration("zelenskiy"), FoldTransliteration("zelensky"));
  EXPECT_EQ(FoldTransliteration("wolodymyr"), FoldTransliteration("volodymyr"));
  EXPECT_EQ(FoldTransliteration("aleksandr"), "alexandr");
  EXPECT_EQ(FoldTransliteration("mikhail gorbachev"), "mihail gorbachev");
}

TEST(CompatibleGivenNames, Table) {
  EXPECT_TRUE(CompatibleGivenNames("dmytro", "dmitry"));
  EXPECT_TRUE(CompatibleGivenNames("k", "kenneth"));
  EXPECT_TRUE(CompatibleGivenNames("ken", "kenneth"));
  EXPECT_FALSE(CompatibleGivenNames("olena", "volodymyr"));
  EXPECT_FALSE(CompatibleGivenNames("michael", "john"));
  EXPECT_FALSE(CompatibleGivenNames("jo", "john"));
}

}  // namespace
}  // namespace newsgraph
