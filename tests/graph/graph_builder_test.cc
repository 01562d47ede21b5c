#include "graph/graph_builder.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"
#include "extract/entities/petrarch_dictionary.h"

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

DocumentExtraction MakeDocument(
    const std::string& id, const std::string& date, const std::vector<MentionSpec>& mentions,
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

// A PETRARCH dictionary and a user alias file of our own, loaded on top of the shipped tables.
constexpr std::string_view kPetrarch =
    "# test actors\n"
    "HAMID_KARZAI_  # CountryInfo.txt\n"
    "+KARZAI_\n"
    "+PRESIDENT_KARZAI_\n"
    "\t[AFGELI 750101-000101]\n"
    "\t[AFGGOV >011222]\n"
    "\t[AFGELI]\n"
    "BAN_KI-MOON\n"
    "+UN_SECRETARY-GENERAL_BAN_KI-MOON\n"
    "\t[IGOUNO >20070101]\n"
    "IRAQ_ [IRQ]\n"
    "+ANBAR_\n"
    "ABU_ALPHA_ [IMGALQ]\n"
    "+ABU_A_\n"
    "+FOUNDATION_\n"
    "+ABDULLAH_\n"
    "ABU_BETA_ [IMGALQ]\n"
    "+ABU_A_\n";

constexpr std::string_view kUserAliases = R"j({
  "actors": [
    {"name": "Tedros Adhanom Ghebreyesus", "type": "PERSON",
     "aliases": ["Tedros", "Tedros Adhanom"], "codes": {"wikidata": "Q16197722", "cameo": "IGOWHO"}},
    {"name": "Georgia (US state)", "type": "GPE", "aliases": ["Georgia", "State of Georgia"]}
  ],
  "do_not_merge": [["Kremlin", "Russia"], ["Biden", "Joe Biden"], ["Smith", "John Smith"],
                   ["Ali al-Hassan", "Ali Hassan"]]
})j";

ActorDictionary TestDictionary() {
  ActorDictionary actors = ActorDictionary::LoadEmbedded();
  actors.AddPetrarch(ParsePetrarchActors(kPetrarch, "test.actors.txt"));
  actors.AddUserAliases(ParseUserAliases(kUserAliases, "test.json"));
  return actors;
}

// Options that keep nodes without an edge, so merges show without triples.
GraphOptions KeepIsolated() {
  GraphOptions options;
  options.keep_isolated = true;
  return options;
}

class GraphBuilderTest : public ::testing::Test {
 protected:
  GraphBuilderTest() : actors_(TestDictionary()) {}

  // Entity id of every mention text after building `documents`.
  std::map<std::string, std::string> NodeOf(const std::vector<DocumentExtraction>& documents) {
    GraphBuilder builder(actors_, KeepIsolated());
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
        MergeCase{"alias_table",
                  {{{"U.S.", "", kGpe}}, {{"United States", "", kGpe}}, {{"Washington", "", kGpe}}},
                  {{"U.S.", "United States"}, {"Washington", "United States"}},
                  {}},
        MergeCase{"party_short_names",
                  {{{"Lib Dems", "", kOrg}, {"Tories", "", kOrg}},
                   {{"Liberal Democrats", "", kOrg}, {"Conservatives", "", kOrg}}},
                  {{"Lib Dems", "Liberal Democrats"}, {"Tories", "Conservatives"}},
                  {{"Lib Dems", "Tories"}}},
        MergeCase{"capital_and_country",
                  {{{"Moscow", "", kGpe}, {"Russia", "", kGpe}}},
                  {{"Moscow", "Russia"}},
                  {}},
        MergeCase{"iso_country_names",
                  {{{"Russian Federation", "", kGpe}}, {{"Russia", "", kGpe}}},
                  {{"Russian Federation", "Russia"}},
                  {}},
        MergeCase{"acronym_alias",
                  {{{"ISIS", "", kOrg}}, {{"Islamic State", "", kOrg}}},
                  {{"ISIS", "Islamic State"}},
                  {}},
        MergeCase{"case_and_article",
                  {{{"the Islamic State", "", kOrg}}, {{"Islamic State", "", kOrg}}},
                  {{"the Islamic State", "Islamic State"}},
                  {}},
        MergeCase{"al_particle",
                  {{{"Bashar al-Assad", "", kPer}}, {{"Bashar Assad", "", kPer}}},
                  {{"Bashar al-Assad", "Bashar Assad"}},
                  {}},
        MergeCase{"short_form_in_document",
                  {{{"Gennady Gatilov", "", kPer}, {"Gatilov", "Gennady Gatilov", kPer}}},
                  {{"Gatilov", "Gennady Gatilov"}},
                  {}},
        MergeCase{"unique_surname_across_documents",
                  {{{"Staffan de Mistura", "", kPer}}, {{"Mistura", "", kPer}}},
                  {{"Mistura", "Staffan de Mistura"}},
                  {}},
        MergeCase{"shared_surname_stays_apart",
                  {{{"George Bush", "", kPer}}, {{"Jeb Bush", "", kPer}}, {{"Bush", "", kPer}}},
                  {},
                  {{"George Bush", "Jeb Bush"}, {"Bush", "George Bush"}, {"Bush", "Jeb Bush"}}},
        MergeCase{"person_short_form_never_joins_an_actor_sharing_the_word",
                  {{{"Jordan", "Neil Jordan", kPer}}, {{"Amman", "", kGpe}}},
                  {},
                  {{"Neil Jordan", "Amman"}}},
        MergeCase{"dominant_full_name_takes_the_surname",
                  {std::vector<MentionSpec>(10, {"Donald Trump", "", kPer}),
                   {{"Melania Trump", "", kPer}},
                   {{"Trump", "", kPer}},
                   std::vector<MentionSpec>(8, {"Kamala Harris", "", kPer}),
                   {{"Sam Harris", "", kPer}},
                   {{"Harris", "", kPer}}},
                  {{"Trump", "Donald Trump"}},
                  {{"Trump", "Melania Trump"},
                   {"Harris", "Kamala Harris"},
                   {"Harris", "Sam Harris"}}},
        MergeCase{"no_surname_of_a_name_the_tagger_took_for_a_person",
                  {{{"General Agreement on Tariffs and Trade", "", kPer}}, {{"Trade", "", kPer}}},
                  {},
                  {{"Trade", "General Agreement on Tariffs and Trade"}}},
        MergeCase{"given_name_is_no_surname",
                  {{{"Elton John", "", kPer}},
                   {{"John Prescott", "", kPer}},
                   {{"John Smith", "", kPer}},
                   {{"John", "", kPer}}},
                  {},
                  {{"John", "Elton John"}}},
        MergeCase{"surname_typed_as_organisation",
                  {{{"Antony Blinken", "", kPer}}, {{"Blinken", "", kOrg}}},
                  {{"Blinken", "Antony Blinken"}}, {}},
        MergeCase{"diacritics",
                  {{{"Zelenskyy", "", kPer}}, {{"ZELENSKYY", "", kPer}}},
                  {{"Zelenskyy", "ZELENSKYY"}},
                  {}},
        MergeCase{"user_alias_file",
                  {{{"Tedros", "", kPer}},
                   {{"Tedros Adhanom Ghebreyesus", "", kPer}},
                   {{"Tedros Adhanom", "", kPer}}},
                  {{"Tedros", "Tedros Adhanom Ghebreyesus"},
                   {"Tedros Adhanom", "Tedros Adhanom Ghebreyesus"}},
                  {}},
        MergeCase{
            "user_alias_overrides_shipped",
            {{{"Georgia", "", kGpe}}, {{"State of Georgia", "", kGpe}}, {{"Tbilisi", "", kGpe}}},
            {{"Georgia", "State of Georgia"}},
            {{"Georgia", "Tbilisi"}}},
        MergeCase{"do_not_merge_dictionary_alias",
                  {{{"Kremlin", "", kGpe}}, {{"Russia", "", kGpe}}, {{"Moscow", "", kGpe}}},
                  {{"Moscow", "Russia"}},
                  {{"Kremlin", "Russia"}}},
        MergeCase{"do_not_merge_unique_surname",
                  {{{"Joe Biden", "", kPer}}, {{"Biden", "", kPer}}},
                  {},
                  {{"Biden", "Joe Biden"}}},
        MergeCase{"do_not_merge_short_form_in_document",
                  {{{"John Smith", "", kPer}, {"Smith", "John Smith", kPer}}},
                  {},
                  {{"Smith", "John Smith"}}},
        MergeCase{"do_not_merge_particle",
                  {{{"Ali al-Hassan", "", kPer}}, {{"Ali Hassan", "", kPer}}},
                  {},
                  {{"Ali al-Hassan", "Ali Hassan"}}},
        MergeCase{"petrarch_aliases",
                  {{{"Hamid Karzai", "", kPer}},
                   {{"President Karzai", "", kPer}},
                   {{"Karzai", "", kPer}}},
                  {{"Karzai", "Hamid Karzai"}, {"President Karzai", "Hamid Karzai"}},
                  {}},
        MergeCase{
            "petrarch_surname_alias_keeps_shared_surnames_apart",
            {{{"Hamid Karzai", "", kPer}}, {{"Qayum Karzai", "", kPer}}, {{"Karzai", "", kPer}}},
            {},
            {{"Qayum Karzai", "Hamid Karzai"},
             {"Karzai", "Hamid Karzai"},
             {"Karzai", "Qayum Karzai"}}},
        MergeCase{"petrarch_vague_aliases_are_dropped",
                  {{{"Foundation", "", kOrg}}, {{"Abdullah", "", kPer}}, {{"Abu Alpha", "", kOrg}}},
                  {},
                  {{"Foundation", "Abu Alpha"}, {"Abdullah", "Abu Alpha"}}},
        MergeCase{"petrarch_place_lines_are_not_aliases",
                  {{{"Anbar", "", EntityType::kLocation}}, {{"Iraq", "", kGpe}}},
                  {},
                  {{"Anbar", "Iraq"}}},
        MergeCase{"petrarch_alias_of_two_actors_merges_neither",
                  {{{"Abu A", "", kOrg}}, {{"Abu Alpha", "", kOrg}}, {{"Abu Beta", "", kOrg}}},
                  {},
                  {{"Abu A", "Abu Alpha"}, {"Abu A", "Abu Beta"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(GraphBuilderTest, RelationsMergeWithWeightDatesAndEvidence) {
  GraphBuilder builder(actors_, KeepIsolated());
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

TEST_F(GraphBuilderTest, ArticlesAndMentionsPerArticleReachTheGraph) {
  GraphBuilder builder(actors_);
  DocumentExtraction first = MakeDocument(
      "a", "2024-03-01", {{"Russia", "", kGpe}, {"Moscow", "", kGpe}, {"Iraq", "", kGpe}},
      {{0, "arms", 2, false}});
  first.document.title = "Russia arms Iraq";
  first.document.source = "Wire";
  first.document.url = "https://wire.example/a";
  builder.Add(first);
  builder.Add(MakeDocument("b", "", {{"Russia", "", kGpe}, {"Tedros", "", kPer}}, {}));
  builder.Add(MakeDocument("c", "", {{"Tedros", "", kPer}}, {}));  // no node of the graph
  const KnowledgeGraph graph = builder.Build();
  ASSERT_EQ(graph.articles().size(), 2u);
  const Article& a = graph.articles()[0];
  EXPECT_EQ(std::vector<std::string>({a.id, a.title, a.date, a.source, a.url}),
            std::vector<std::string>(
                {"a", "Russia arms Iraq", "2024-03-01", "Wire", "https://wire.example/a"}));
  EXPECT_EQ(graph.articles()[1].id, "b");
  EXPECT_EQ(graph.entity(graph.FindEntity("russia")).mentions_by_article,
            (std::map<std::string, std::size_t>{{"a", 2}, {"b", 1}}));
  EXPECT_EQ(graph.entity(graph.FindEntity("iraq")).mentions_by_article,
            (std::map<std::string, std::size_t>{{"a", 1}}));
}

// The report date is the article's; the event date is what the sentence says ("in 1945").
// --time-basis chooses which one dates the edge and its evidence.
TEST_F(GraphBuilderTest, TimeBasisChoosesTheEventOrTheReportDate) {
  DocumentExtraction dated = MakeDocument("a", "2024-03-01", {{"Britain", "", kGpe},
                                                              {"Germany", "", kGpe}},
                                          {{0, "bombs", 1, false}, {0, "bombs", 1, false}});
  dated.triples[0].event_date = {"1945-01-01", DatePrecision::kYear};
  dated.triples[1].event_date = {"2024-03-01", DatePrecision::kReport};
  for (const TimeBasis basis : {TimeBasis::kEvent, TimeBasis::kReport}) {
    GraphOptions options = KeepIsolated();
    options.time_basis = basis;
    GraphBuilder builder(actors_, options);
    builder.Add(dated);
    const KnowledgeGraph graph = builder.Build();
    ASSERT_EQ(graph.relation_count(), 1u);
    const Relation& relation = graph.relation(0);
    const std::string first = basis == TimeBasis::kEvent ? "1945-01-01" : "2024-03-01";
    EXPECT_EQ(relation.first_seen, first);
    EXPECT_EQ(relation.last_seen, "2024-03-01");
    std::multiset<std::string> evidence_dates;
    for (const Evidence& evidence : relation.evidence) evidence_dates.insert(evidence.date);
    EXPECT_EQ(evidence_dates, (std::multiset<std::string>{first, "2024-03-01"}));
  }
}

TEST_F(GraphBuilderTest, NegatedTriplesMakeNoPositiveEdge) {
  auto document =
      MakeDocument("a", "", {{"Russia", "", kGpe}, {"Iraq", "", kGpe}}, {{0, "accuses", 1, true}});
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
  GraphBuilder builder(actors_, KeepIsolated());
  builder.Add(MakeDocument(
      "a", "",
      {{"Russian", "", EntityType::kNorp}, {"he", "Sergei Lavrov", kPer, MentionKind::kPronoun}},
      {}));
  EXPECT_EQ(builder.Build().entity_count(), 0u);
}

TEST_F(GraphBuilderTest, GenericNominalsAreNeverNodesButNamedGroupsAre) {
  GraphBuilder builder(actors_, KeepIsolated());
  builder.Add(MakeDocument("a", "",
                           {{"rebels", "", kOrg, MentionKind::kNominal},
                            {"Russia", "", kGpe},
                            {"U.S.-led coalition", "", kOrg, MentionKind::kNominal}},
                           {{0, "attacks", 1, false}, {1, "criticizes", 2, false}}));
  KnowledgeGraph graph = builder.Build();
  ASSERT_EQ(graph.entity_count(), 2u);
  EXPECT_EQ(graph.FindEntity("rebels"), graph.entity_count());
  EXPECT_NE(graph.FindEntity("us led coalition"), graph.entity_count());
  ASSERT_EQ(graph.relation_count(), 1u);
  EXPECT_EQ(graph.relation(0).code.label, "criticizes");
}

TEST_F(GraphBuilderTest, NodeCodeIsTheOneValidAtTheLatestDocumentDate) {
  struct Row {
    std::vector<std::string> dates;
    const char* code;
  };
  for (const Row& row : {Row{{"1999-05-01"}, "AFGELI"}, Row{{"1999-05-01", "2005-01-01"}, "AFGGOV"},
                         Row{{"2005-01-01", "1999-05-01"}, "AFGGOV"}, Row{{""}, "AFGELI"},
                         Row{{"2001-06-01"}, "AFGELI"}}) {
    GraphBuilder builder(actors_, KeepIsolated());
    for (std::size_t d = 0; d < row.dates.size(); ++d) {
      builder.Add(MakeDocument(d == 0 ? "first" : "second", row.dates[d],
                               {{d == 0 ? "Hamid Karzai" : "Karzai", "", kPer}}, {}));
    }
    KnowledgeGraph graph = builder.Build();
    std::size_t node = graph.FindEntity("hamid karzai");
    ASSERT_LT(node, graph.entity_count());
    EXPECT_EQ(graph.entity(node).codes.at("cameo"), row.code) << row.dates.back();
  }
}

TEST_F(GraphBuilderTest, NodeWithOnlyDatedCodes) {
  GraphBuilder early(actors_, KeepIsolated());
  early.Add(MakeDocument("a", "2005-01-01", {{"Ban Ki-moon", "", kPer}}, {}));
  KnowledgeGraph graph = early.Build();
  ASSERT_EQ(graph.entity_count(), 1u);
  EXPECT_EQ(graph.entity(0).codes.count("cameo"), 0u);  // no code valid in 2005
  GraphBuilder late(actors_, KeepIsolated());
  late.Add(MakeDocument("a", "2012-01-01", {{"Ban Ki-moon", "", kPer}}, {}));
  late.Add(MakeDocument("b", "", {{"UN Secretary-General Ban Ki-moon", "", kPer}}, {}));
  graph = late.Build();
  ASSERT_EQ(graph.entity_count(), 1u);
  EXPECT_EQ(graph.entity(0).codes.at("cameo"), "IGOUNO");
}

TEST_F(GraphBuilderTest, NodesCarryUserCodesAndTextLabelsForPetrarchActors) {
  GraphBuilder builder(actors_, KeepIsolated());
  builder.Add(MakeDocument(
      "a", "", {{"Tedros", "", kPer}, {"Ban Ki-moon", "", kPer}, {"Ban", "Ban Ki-moon", kPer}},
      {}));
  KnowledgeGraph graph = builder.Build();
  const Entity& tedros = graph.entity(graph.FindEntity("tedros adhanom ghebreyesus"));
  EXPECT_EQ(tedros.name, "Tedros Adhanom Ghebreyesus");
  EXPECT_EQ(tedros.codes.at("wikidata"), "Q16197722");
  EXPECT_EQ(tedros.codes.at("cameo"), "IGOWHO");
  EXPECT_EQ(tedros.aliases, (std::vector<std::string>{"Tedros", "Tedros Adhanom Ghebreyesus"}));
  const Entity& ban = graph.entity(graph.FindEntity("ban ki moon"));
  EXPECT_EQ(ban.name, "Ban Ki-moon");  // as written, not the dictionary's "Ban Ki-Moon"
  EXPECT_EQ(ban.type, kPer);
}

TEST_F(GraphBuilderTest, MergeLogNamesTheRule) {
  GraphBuilder builder(actors_, KeepIsolated());
  builder.Add(
      MakeDocument("a", "", {{"Washington", "", kGpe}, {"Gatilov", "Gennady Gatilov", kPer}}, {}));
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("united states\n\tWashington\tactor dictionary"), std::string::npos)
      << log.str();
  EXPECT_NE(log.str().find("\tGatilov\tshort form in document"), std::string::npos) << log.str();
}

TEST_F(GraphBuilderTest, MergeLogNamesTheDictionaries) {
  GraphBuilder builder(actors_, KeepIsolated());
  builder.Add(MakeDocument(
      "a", "", {{"Tedros", "", kPer}, {"President Karzai", "", kPer}, {"Kremlin", "", kGpe}}, {}));
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("tedros adhanom ghebreyesus\n\tTedros\tuser alias file"),
            std::string::npos)
      << log.str();
  EXPECT_NE(log.str().find("hamid karzai\n\tPresident Karzai\tPETRARCH dictionary"),
            std::string::npos)
      << log.str();
  EXPECT_NE(log.str().find("kremlin\n\tKremlin\tsame normalised name"), std::string::npos)
      << log.str();
}

TEST_F(GraphBuilderTest, IsolatedNodesAreLeftOutAndListedInTheMergeLog) {
  GraphBuilder builder(actors_);
  builder.Add(MakeDocument("a", "", {{"Russia", "", kGpe}, {"Iraq", "", kGpe}, {"Chad", "", kGpe}},
                           {{0, "arms", 1, false}}));
  KnowledgeGraph graph = builder.Build();
  EXPECT_EQ(graph.entity_count(), 2u);
  EXPECT_EQ(graph.FindEntity("chad"), graph.entity_count());
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("# isolated nodes (no edge), left out: 1 of 3\n#\tchad\tChad\t1\n"),
            std::string::npos)
      << log.str();
  GraphBuilder keeping(actors_, KeepIsolated());
  keeping.Add(MakeDocument("a", "", {{"Chad", "", kGpe}}, {}));
  EXPECT_EQ(keeping.Build().entity_count(), 1u);
}

TEST_F(GraphBuilderTest, RepublishedCopyCountsOnceAndIsLogged) {
  GraphBuilder builder(actors_);
  for (const char* id : {"first", "copy"}) {
    DocumentExtraction document = MakeDocument(
        id, "", {{"Russia", "", kGpe}, {"Iraq", "", kGpe}}, {{0, "arms", 1, false}});
    document.sentences.push_back(Sentence{{}, {Token(id == std::string("copy") ? "RUSSIA" : "Russia", {}),
                                                Token("armed", {}), Token("Iraq", {})}});
    builder.Add(document);
  }
  KnowledgeGraph graph = builder.Build();
  ASSERT_EQ(graph.relation_count(), 1u);
  EXPECT_EQ(graph.relation(0).weight, 1u);
  EXPECT_EQ(graph.entity(graph.FindEntity("russia")).documents, 1u);
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("# copies of earlier documents, counted once: 1\n#\tcopy\tcopy of\tfirst\n"),
            std::string::npos)
      << log.str();
}

TEST_F(GraphBuilderTest, AcronymDefinedInOneDocumentResolvesInAnother) {
  GraphBuilder builder(actors_);
  builder.Add(MakeDocument("a", "",
                           {{"Federal Security Service", "", kOrg},
                            {"F.S.B.", "Federal Security Service", kOrg},
                            {"Russia", "", kGpe}},
                           {{0, "accuses", 2, false}}));
  builder.Add(MakeDocument("b", "", {{"FSB", "", kOrg}, {"Iraq", "", kGpe}},
                           {{0, "accuses", 1, false}}));
  KnowledgeGraph graph = builder.Build();
  EXPECT_EQ(graph.FindEntity("fsb"), graph.entity_count());
  const std::size_t node = graph.FindEntity("federal security service");
  ASSERT_LT(node, graph.entity_count());
  EXPECT_EQ(graph.Degree(node), 2u);
  std::ostringstream log;
  builder.WriteMergeLog(log);
  EXPECT_NE(log.str().find("\tFSB\tacronym defined in corpus (score 1.00)"), std::string::npos)
      << log.str();
}

TEST_F(GraphBuilderTest, SectorsMergeIntoTheStateOrSplitByOption) {
  auto document = [] {
    DocumentExtraction extraction =
        MakeDocument("a", "",
                     {{"Russian forces", "Russia", kGpe, MentionKind::kNominal},
                      {"Russian government", "Russia", kGpe, MentionKind::kNominal},
                      {"Ukraine", "", kGpe}},
                     {{0, "attacks", 2, false}, {1, "accuses", 2, false}});
    extraction.mentions[0].sector = "MIL";
    extraction.mentions[1].sector = "GOV";
    return extraction;
  }();
  GraphBuilder merged(actors_);
  merged.Add(document);
  KnowledgeGraph one = merged.Build();
  EXPECT_EQ(one.entity_count(), 2u);
  EXPECT_EQ(one.entity(one.FindEntity("russia")).name, "Russia");
  GraphOptions split_options;
  split_options.split_sectors = true;
  GraphBuilder split(actors_, split_options);
  split.Add(document);
  KnowledgeGraph three = split.Build();
  ASSERT_EQ(three.entity_count(), 3u);
  const Entity& military = three.entity(three.FindEntity("russia/mil"));
  EXPECT_EQ(military.name, "Russia (MIL)");
  EXPECT_EQ(military.sector, "MIL");
  EXPECT_EQ(three.entity(three.FindEntity("russia/gov")).sector, "GOV");
}

TEST_F(GraphBuilderTest, SameGraphWhateverTheDocumentOrder) {
  std::vector<DocumentExtraction> documents = {
      MakeDocument("a", "", {{"Volodymyr Zelensky", "", kPer}, {"Russia", "", kGpe}},
                   {{0, "accuses", 1, false}}),
      MakeDocument("b", "", {{"Volodymyr Zelenskyy", "", kPer}, {"NATO", "", kOrg}},
                   {{0, "calls on", 1, false}}),
      MakeDocument("c", "", {{"Zelenskiy", "", kPer}, {"Olena Zelenska", "", kPer}},
                   {{1, "praises", 0, false}}),
      MakeDocument("d", "", {{"Trades Union Congress", "", kOrg}, {"TUC", "", kOrg}},
                   {{1, "criticizes", 0, false}})};
  auto render = [&](const std::vector<std::size_t>& order) {
    GraphBuilder builder(actors_);
    for (std::size_t d : order) builder.Add(documents[d]);
    KnowledgeGraph graph = builder.Build();
    std::string out;
    for (std::size_t i = 0; i < graph.entity_count(); ++i) {
      out += graph.entity(i).id + "=" + graph.entity(i).name + ":";
      for (const std::string& alias : graph.entity(i).aliases) out += alias + "|";
      out += "\n";
    }
    for (std::size_t i = 0; i < graph.relation_count(); ++i)
      out += graph.relation(i).source + ">" + graph.relation(i).target + "\n";
    return out;
  };
  const std::string expected = render({0, 1, 2, 3});
  EXPECT_NE(expected.find("Volodymyr Zelenskyy|Zelenskiy|"), std::string::npos) << expected;
  EXPECT_EQ(render({3, 2, 1, 0}), expected);
  EXPECT_EQ(render({2, 0, 3, 1}), expected);
  EXPECT_EQ(render({1, 3, 0, 2}), expected);
}

// Documents in which Britain accuses Germany once, dated `dates` (ids d0, d1, ...; "" undated).
std::vector<DocumentExtraction> AccusationsOn(const std::vector<std::string>& dates) {
  std::vector<DocumentExtraction> documents;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    DocumentExtraction document =
        MakeDocument("d" + std::to_string(i), dates[i],
                     {{"Britain", "", EntityType::kGpe}, {"Germany", "", EntityType::kGpe}},
                     {{0, "accuses", 1, false}});
    document.triples[0].relation.goldstein = -2;
    document.triples[0].relation.plover = "ACCUSE";
    document.triples[0].event_date = {dates[i], DatePrecision::kReport};
    documents.push_back(std::move(document));
  }
  return documents;
}

KnowledgeGraph BuildWithPeriod(const ActorDictionary& actors,
                               const std::vector<DocumentExtraction>& documents,
                               PeriodUnit unit, std::size_t max_evidence = 50) {
  GraphOptions options;
  options.period = unit;
  options.max_evidence = max_evidence;
  options.include_negated = true;
  GraphBuilder builder(actors, options);
  for (const DocumentExtraction& document : documents) builder.Add(document);
  return builder.Build();
}

// Per-month counts of an edge and its nodes; the undated fact is in no period, and the events
// of the periods plus the undated ones add up to the weight.
TEST_F(GraphBuilderTest, PeriodCountsSplitAnEdgeByMonth) {
  std::vector<DocumentExtraction> documents =
      AccusationsOn({"2024-01-10", "2024-01-20", "2024-03-05", ""});
  documents[1].triples.push_back(documents[1].triples[0]);  // a second sentence in d1
  documents[1].triples[1].provenance.sentence = 4;
  const KnowledgeGraph graph = BuildWithPeriod(actors_, documents, PeriodUnit::kMonth);
  ASSERT_EQ(graph.relation_count(), 1u);
  const Relation& relation = graph.relation(0);
  ASSERT_EQ(relation.periods.size(), 2u);
  const EdgePeriodCounts& january = relation.periods.at("2024-01");
  EXPECT_EQ(january.events, 3u);
  EXPECT_EQ(january.documents, 2u);
  EXPECT_EQ(january.coded, 3u);
  EXPECT_DOUBLE_EQ(january.goldstein_sum, -6);
  EXPECT_EQ(january.quad, (std::array<std::size_t, 4>{0, 0, 3, 0}));
  EXPECT_EQ(january.plover, (std::map<std::string, std::size_t>{{"ACCUSE", 3}}));
  EXPECT_EQ(january.first_evidence.ToString(), "d0#0");
  EXPECT_EQ(january.last_evidence.ToString(), "d1#4");
  EXPECT_EQ(relation.periods.at("2024-03").events, 1u);
  EXPECT_EQ(relation.undated, 1u);
  EXPECT_EQ(january.events + relation.periods.at("2024-03").events + relation.undated,
            relation.weight);
  ASSERT_LT(graph.FindEntity(relation.source), graph.entity_count());
  const Entity& britain = graph.entity(graph.FindEntity(relation.source));
  EXPECT_EQ(britain.periods.size(), 2u);
  EXPECT_EQ(britain.periods.at("2024-01").mentions, 2u);
  EXPECT_EQ(britain.periods.at("2024-01").documents, 2u);
}

// A negated fact drawn by --include-negated counts as an event of its "not ..." edge but adds
// no Goldstein score, QuadClass or PLOVER count.
TEST_F(GraphBuilderTest, NegatedFactsCountEventsButNoCodes) {
  std::vector<DocumentExtraction> documents = AccusationsOn({"2024-01-10"});
  documents[0].triples[0].negated = true;
  const KnowledgeGraph graph = BuildWithPeriod(actors_, documents, PeriodUnit::kYear);
  ASSERT_EQ(graph.relation_count(), 1u);
  const EdgePeriodCounts& year = graph.relation(0).periods.at("2024");
  EXPECT_EQ(year.events, 1u);
  EXPECT_EQ(year.coded, 0u);
  EXPECT_DOUBLE_EQ(year.goldstein_sum, 0);
  EXPECT_EQ(year.quad, (std::array<std::size_t, 4>{}));
  EXPECT_TRUE(year.plover.empty());
}

// The evidence kept per edge is bounded, but each period keeps its first sentence: the June
// document sorts after the January ones and would be cut without periods.
TEST_F(GraphBuilderTest, EveryPeriodKeepsItsFirstEvidence) {
  const std::vector<DocumentExtraction> documents =
      AccusationsOn({"2024-01-01", "2024-01-02", "2024-01-03", "2024-06-01"});
  auto kept = [](const KnowledgeGraph& graph) {
    std::vector<std::string> ids;
    for (const Evidence& evidence : graph.relation(0).evidence)
      ids.push_back(evidence.document_id + "@" + evidence.date);
    return ids;
  };
  EXPECT_EQ(kept(BuildWithPeriod(actors_, documents, PeriodUnit::kNone, 2)),
            (std::vector<std::string>{"d0@2024-01-01", "d1@2024-01-02"}));
  EXPECT_EQ(kept(BuildWithPeriod(actors_, documents, PeriodUnit::kMonth, 2)),
            (std::vector<std::string>{"d0@2024-01-01", "d1@2024-01-02", "d3@2024-06-01"}));
}

// Without a period unit no per-period counts are kept, so the exports stay as they were.
TEST_F(GraphBuilderTest, NoPeriodsWithoutAUnit) {
  const KnowledgeGraph graph =
      BuildWithPeriod(actors_, AccusationsOn({"2024-01-10", ""}), PeriodUnit::kNone);
  EXPECT_TRUE(graph.relation(0).periods.empty());
  EXPECT_EQ(graph.relation(0).undated, 0u);
  EXPECT_TRUE(graph.entity(0).periods.empty());
}

// Building from the builder's own tables gives the graph and the merge log that building from a
// copy of it gives: periods, bounded evidence, a short form merged and an isolated node included.
TEST_F(GraphBuilderTest, BuildFromTheBuilderItselfEqualsBuildFromACopy) {
  GraphOptions options;
  options.period = PeriodUnit::kMonth;
  options.max_evidence = 1;
  GraphBuilder builder(actors_, options);
  for (const DocumentExtraction& document : AccusationsOn({"2024-01-10", "2024-03-05", ""}))
    builder.Add(document);
  builder.Add(MakeDocument("e", "2024-02-01",
                           {{"Vladimir Putin", "", kPer},
                            {"Putin", "Vladimir Putin", kPer},
                            {"Chad", "", kGpe},
                            {"Iraq", "", kGpe}},
                           {{1, "meets", 3, false}}));
  std::ostringstream copy_json, copy_log, own_json, own_log;
  MakeGraphWriter("json")->Write(builder.Build(), copy_json);
  builder.WriteMergeLog(copy_log);
  MakeGraphWriter("json")->Write(std::move(builder).Build(&own_log), own_json);
  EXPECT_EQ(own_json.str(), copy_json.str());
  EXPECT_EQ(own_log.str(), copy_log.str());
  EXPECT_NE(own_log.str().find("vladimir putin\n\tPutin\tactor dictionary\n"),
            std::string::npos)
      << own_log.str();
  EXPECT_NE(own_log.str().find("left out: 1 of 5\n#\tchad\tChad\t1\n"), std::string::npos)
      << own_log.str();
}

}  // namespace
}  // namespace newsgraph
