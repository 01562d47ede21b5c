#include "graph/graph_builder.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Builds a document whose mentions are given as (surface, canonical, type) and whose triples
// connect mention indices.
struct MentionSpec {
  std::string text;
  std::string canonical;
  EntityType type;
  MentionKind kind = MentionKind::kName;
};

DocumentExtraction MakeDocument(const std::string& id, const std::string& date,
                                const std::vector<MentionSpec>& mentions,
                                const std::vector<std::tuple<int, std::string, int, bool>>& triples) {
  DocumentExtraction extraction;
  extraction.document.id = id;
  extraction.document.date = date;
  extraction.document.text = "Sentence of " + id + ".";
  for (const MentionSpec& spec : mentions) {
    Mention mention;
    mention.text = spec.text;
    mention.canonical = spec.canonical.empty() ? spec.text : spec.canonical;
    mention.type = spec.type;
    mention.kind = spec.kind;
    extraction.mentions.push_back(mention);
  }
  for (const auto& [subject, label, object, negated] : triples) {
    Triple triple;
    triple.subject = subject;
    triple.object = object;
    triple.relation.label = label;
    triple.relation.cameo = "112";
    triple.relation.quad = 3;
    triple.negated = negated;
    triple.provenance.document_id = id;
    triple.provenance.date = date;
    triple.provenance.sentence_text = extraction.document.text;
    extraction.triples.push_back(triple);
  }
  return extraction;
}

class GraphBuilderTest : public ::testing::Test {
 protected:
  GraphBuilderTest() : actors_(ActorDictionary::LoadEmbedded()) {}

  // Entity id of every mention text after building `documents`.
  std::map<std::string, std::string> NodeOf(const std::vector<DocumentExtraction>& documents) {
    GraphBuilder builder(actors_);
    for (const auto& document : documents) builder.Add(document);
    KnowledgeGraph graph = builder.Build();
    std::map<std::string, std::string> node_of;
    for (std::size_t i = 0; i < graph.entity_count(); ++i) {
      for (const std::string& alias : graph.entity(i).aliases) node_of[alias] = graph.entity(i).id;
    }
    return node_of;
  }

  ActorDictionary actors_;
};

struct MergeCase {
  const char* name;
  std::vector<std::vector<MentionSpec>> documents;
  std::vector<std::pair<std::string, std::string>> same;       // must share a node
  std::vector<std::pair<std::string, std::string>> different;  // must not
};

class MergeRules : public GraphBuilderTest, public ::testing::WithParamInterface<MergeCase> {};

TEST_P(MergeRules, Merge) {
  std::vector<DocumentExtraction> documents;
  for (std::size_t d = 0; d < GetParam().documents.size(); ++d)
    documents.push_back(MakeDocument("d" + std::to_string(d), "", GetParam().documents[d], {}));
  auto node_of = NodeOf(documents);
  for (const auto& [a, b] : GetParam().same) {
    ASSERT_TRUE(node_of.count(a)) << a;
    ASSERT_TRUE(node_of.count(b)) << b;
    EXPECT_EQ(node_of[a], node_of[b]) << a << " / " << b;
  }
  for (const auto& [a, b] : GetParam().different) {
    ASSERT_TRUE(node_of.count(a)) << a;
    ASSERT_TRUE(node_of.count(b)) << b;
    EXPECT_NE(node_of[a], node_of[b]) << a << " / " << b;
  }
}

const EntityType kPer = EntityType::kPerson;
const EntityType kGpe = EntityType::kGpe;
const EntityType kOrg = EntityType::kOrganization;

INSTANTIATE_TEST_SUITE_P(
    Table, MergeRules,
    ::testing::Values(
        MergeCase{"alias_table", {{{"U.S.", "", kGpe}}, {{"United States", "", kGpe}},
                                  {{"Washington", "", kGpe}}},
                  {{"U.S.", "United States"}, {"Washington", "United States"}}, {}},
        MergeCase{"capital_and_country", {{{"Moscow", "", kGpe}, {"Russia", "", kGpe}}},
                  {{"Moscow", "Russia"}}, {}},
        MergeCase{"iso_country_names", {{{"Russian Federation", "", kGpe}}, {{"Russia", "", kGpe}}},
                  {{"Russian Federation", "Russia"}}, {}},
        MergeCase{"acronym_alias", {{{"ISIS", "", kOrg}}, {{"Islamic State", "", kOrg}}},
                  {{"ISIS", "Islamic State"}}, {}},
        MergeCase{"case_and_article", {{{"the Islamic State", "", kOrg}}, {{"Islamic State", "", kOrg}}},
                  {{"the Islamic State", "Islamic State"}}, {}},
        MergeCase{"al_particle", {{{"Bashar al-Assad", "", kPer}}, {{"Bashar Assad", "", kPer}}},
                  {{"Bashar al-Assad", "Bashar Assad"}}, {}},
        MergeCase{"short_form_in_document",
                  {{{"Gennady Gatilov", "", kPer}, {"Gatilov", "Gennady Gatilov", kPer}}},
                  {{"Gatilov", "Gennady Gatilov"}}, {}},
        MergeCase{"unique_surname_across_documents",
                  {{{"Staffan de Mistura", "", kPer}}, {{"Mistura", "", kPer}}},
                  {{"Mistura", "Staffan de Mistura"}}, {}},
        MergeCase{"shared_surname_stays_apart",
                  {{{"George Bush", "", kPer}}, {{"Jeb Bush", "", kPer}}, {{"Bush", "", kPer}}},
                  {},
                  {{"George Bush", "Jeb Bush"}, {"Bush", "George Bush"}, {"Bush", "Jeb Bush"}}},
        MergeCase{"diacritics", {{{"Zelenskyy", "", kPer}}, {{"ZELENSKYY", "", kPer}}},
                  {{"Zelenskyy", "ZELENSKYY"}}, {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(GraphBuilderTest, RelationsMergeWithWeightDatesAndEvidence) {
  GraphBuilder builder(actors_);
  builder.Add(MakeDocument("a", "2024-03-01", {{"Russia", "", kGpe}, {"Iraq", "", kGpe}},
                           {{0, "arms", 1, false}}));
  builder.Add(MakeDocument("b", "2024-01-15", {{"Moscow", "", kGpe}, {"Iraq", "", kGpe}},
                           {{0, "arms", 1, false}, {0, "arms", 1, false}}));
  KnowledgeGraph graph = builder.Build();
  ASSERT_EQ(graph.relation_count(), 1u);
  const Relation& relation = graph.relation(0);
  EXPECT_EQ(relation.source, "russia");
  EXPECT_EQ(relation.target, "iraq");
  EXPECT_EQ(relation.weight, 3u);
  EXPECT_EQ(relation.documents, 2u);
  EXPECT_EQ(relation.first_seen, "2024-01-15");
  EXPECT_EQ(relation.last_seen, "2024-03-01");
  ASSERT_EQ(relation.evidence.size(), 3u);
  EXPECT_EQ(relation.evidence[0].document_id, "a");
  EXPECT_EQ(graph.entity(graph.FindEntity("russia")).codes.at("iso3166"), "RUS");
}

TEST_F(GraphBuilderTest, NegatedTriplesMakeNoPositiveEdge) {
  auto document = MakeDocument("a", "", {{"Russia", "", kGpe}, {"Iraq", "", kGpe}},
                               {{0, "accuses", 1, true}});
  GraphBuilder plain(actors_);
  plain.Add(document);
  EXPECT_EQ(plain.Build().relation_count(), 0u);
  GraphOptions options;
  options.include_negated = true;
  GraphBuilder with_negated(actors_, options);
  with_negated.Add(document);
  KnowledgeGraph graph = with_negated.Build();
  ASSERT_EQ(graph.relation_count(), 1u);
  EXPECT_EQ(graph.relation(0).code.label, "not accuses");
}

TEST_F(GraphBuilderTest, NationalitiesAndPronounsAreNeverNodes) {
  GraphBuilder builder(actors_);
  builder.Add(MakeDocument("a", "", {{"Russian", "", EntityType::kNorp},
                                     {"he", "Sergei Lavrov", kPer, MentionKind::kPronoun}},
                           {}));
  EXPECT_EQ(builder.Build().entity_count(), 0u);
}

TEST_F(GraphBuilderTest, MergeLogNamesTheRule) {
  GraphBuilder builder(actors_);
  builder.Add(MakeDocument("a", "", {{"Washington", "", kGpe}, {"Gatilov", "Gennady Gatilov", kPer}},
                           {}));
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("united states\n\tWashington\tactor dictionary"), std::string::npos)
      << log.str();
  EXPECT_NE(log.str().find("\tGatilov\tshort form in document"), std::string::npos) << log.str();
}

}  // namespace
}  // namespace newsgraph
