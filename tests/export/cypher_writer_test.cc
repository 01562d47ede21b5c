#include "export/cypher_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "export/text_escape.h"
#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

using export_internal::ToValidUtf8;
using testing::HostileGraph;
using testing::SmallGraph;
using testing::WriteToString;

// A Cypher script cut the way Neo4j's lexer cuts it: `//` comments, single- and double-quoted
// string literals with Cypher's escapes, and statements ending at ';' outside both.
struct Script {
  std::vector<std::string> literals;    // decoded values, in order
  std::vector<std::string> statements;  // code without comments, literals as '', no ';'
  std::string error;                    // empty when every literal ends and every escape is valid
};

void AppendUtf8(unsigned value, std::string& out) {
  if (value < 0x80) {
    out += static_cast<char>(value);
  } else if (value < 0x800) {
    out += static_cast<char>(0xC0 | (value >> 6));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (value >> 12));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  }
}

Script Tokenize(const std::string& text) {
  Script script;
  std::string statement;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      i = std::min(text.find('\n', i), text.size());
    } else if (c == '\'' || c == '"') {
      std::string value;
      std::size_t j = i + 1;
      for (; j < text.size() && text[j] != c; ++j) {
        if (text[j] != '\\') {
          value += text[j];
          continue;
        }
        const char escape = j + 1 < text.size() ? text[j + 1] : '\0';
        static const std::string kSimple = "tbnrf'\"\\";
        static const std::string kDecoded = "\t\b\n\r\f'\"\\";
        if (const std::size_t at = kSimple.find(escape); at != std::string::npos) {
          value += kDecoded[at];
          ++j;
        } else if (escape == 'u' && j + 5 < text.size() &&
                   std::all_of(text.begin() + j + 2, text.begin() + j + 6, ::isxdigit)) {
          AppendUtf8(std::stoul(text.substr(j + 2, 4), nullptr, 16), value);
          j += 5;
        } else {
          script.error = "invalid escape at byte " + std::to_string(j);
          return script;
        }
      }
      if (j >= text.size()) {
        script.error = "literal starting at byte " + std::to_string(i) + " never ends";
        return script;
      }
      script.literals.push_back(value);
      statement += "''";
      i = j + 1;
    } else if (c == ';') {
      script.statements.push_back(statement);
      statement.clear();
      ++i;
    } else {
      statement += c;
      ++i;
    }
  }
  if (statement.find_first_not_of(" \n") != std::string::npos) {
    script.error = "text after the last ';'";
  }
  return script;
}

std::string Write(const KnowledgeGraph& graph, CypherWriterOptions options = {}) {
  return WriteToString(CypherWriter(options), graph);
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

// The statements that contain `part`.
std::vector<std::string> Matching(const Script& script, const std::string& part) {
  std::vector<std::string> found;
  for (const std::string& statement : script.statements) {
    if (statement.find(part) != std::string::npos) found.push_back(statement);
  }
  return found;
}

// "p<i>", built by appending: GCC 12 warns wrongly (-Wrestrict, GCC bug 105651) on a literal
// plus a temporary string.

TEST(CypherWriterTest, HeaderSaysHowToLoad) {
  const std::string cypher = Write(SmallGraph());
  EXPECT_EQ(cypher.rfind("// ", 0), 0u);
  EXPECT_NE(cypher.find("cypher-shell"), std::string::npos);
  EXPECT_NE(cypher.find("-f graph.cypher"), std::string::npos);
  EXPECT_NE(cypher.find("Neo4j 5.23 or later"), std::string::npos);
}

TEST(CypherWriterTest, ConstraintsComeFirstAndCoverEveryMerge) {
  const Script script = Tokenize(Write(SmallGraph()));
  ASSERT_EQ(script.error, "");
  ASSERT_GE(script.statements.size(), 2u);
  EXPECT_NE(script.statements[0].find("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) "
                                      "REQUIRE n.id IS UNIQUE"),
            std::string::npos);
  EXPECT_NE(script.statements[1].find("CREATE CONSTRAINT article_id IF NOT EXISTS FOR "
                                      "(n:Article) REQUIRE n.id IS UNIQUE"),
            std::string::npos);
  const std::regex node_merge(R"(MERGE \(\w+:(\w+) \{(\w+):)");
  std::size_t actor_merges = 0, article_merges = 0;
  for (const std::string& statement : script.statements) {
    for (std::sregex_iterator it(statement.begin(), statement.end(), node_merge), end; it != end;
         ++it) {
      EXPECT_TRUE((*it)[1] == "Actor" || (*it)[1] == "Article") << (*it)[1];
      EXPECT_EQ((*it)[2], "id");
      ++((*it)[1] == "Actor" ? actor_merges : article_merges);
    }
    EXPECT_EQ(statement.find("CREATE ("), std::string::npos) << "CREATE duplicates on a re-run";
  }
  EXPECT_EQ(actor_merges, 4u);  // one per type label present
  EXPECT_EQ(article_merges, 1u);
}

TEST(CypherWriterTest, EveryBatchRunsInTransactions) {
  const Script script = Tokenize(Write(SmallGraph(), {.rows_per_transaction = 7}));
  ASSERT_EQ(script.error, "");
  for (std::size_t i = 2; i < script.statements.size(); ++i) {
    const std::string& statement = script.statements[i];
    EXPECT_EQ(statement.find("\n\nUNWIND ["), 0u) << statement;
    EXPECT_NE(statement.find("] AS row\nCALL (row) {\n"), std::string::npos) << statement;
    EXPECT_TRUE(statement.ends_with("\n} IN TRANSACTIONS OF 7 ROWS")) << statement;
  }
}

TEST(CypherWriterTest, ActorsGroupedByTypeLabel) {
  const Script script = Tokenize(Write(SmallGraph()));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Actor");
  ASSERT_EQ(nodes.size(), 4u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"SET n:Person", "REMOVE n:Organization:Country:Location:Group\n"},
      {"SET n:Organization", "REMOVE n:Person:Country:Location:Group\n"},
      {"SET n:Country", "REMOVE n:Person:Organization:Location:Group\n"},
      {"SET n:Location", "REMOVE n:Person:Organization:Country:Group\n"},
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    EXPECT_NE(nodes[i].find(expected[i].first), std::string::npos) << nodes[i];
    EXPECT_NE(nodes[i].find(expected[i].second), std::string::npos) << nodes[i];
    // Every code property is set, so a code an actor lost is removed on the next load.
    EXPECT_NE(nodes[i].find("n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166"),
              std::string::npos);
  }
  EXPECT_EQ(Count(nodes[2], "{id: ''"), 2u);  // both countries in one batch
}

TEST(CypherWriterTest, ActorWithoutTypeLabelLosesEveryTypeLabel) {
  std::vector<Entity> entities = {
      testing::MakeEntity("other:x", "X", EntityType::kOther, {"X"}, {}, 1, 1)};
  const Script script = Tokenize(Write(KnowledgeGraph(entities, {})));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Actor");
  ASSERT_EQ(nodes.size(), 1u);
  EXPECT_TRUE(
      nodes[0].ends_with("REMOVE n:Person:Organization:Country:Location:Group\n} IN "
                         "TRANSACTIONS OF 100 ROWS"))
      << nodes[0];
}

TEST(CypherWriterTest, ActorRowsHoldEveryProperty) {
  const KnowledgeGraph graph = SmallGraph();
  const NodeMetrics& metrics = graph.metrics(graph.FindEntity("gpe:russia"));
  const std::string cypher = Write(graph);
  const std::string row =
      "{id: 'gpe:russia', name: 'Russia', type: 'GPE', aliases: ['Russia', 'Russian "
      "Federation'], mentions: 14, documents: 3, degree: 1, in_degree: 0, out_degree: 1, "
      "weighted_degree: " +
      *export_internal::FormatDouble(metrics.weighted_degree) +
      ", pagerank: " + *export_internal::FormatDouble(metrics.pagerank) +
      ", betweenness: " + *export_internal::FormatDouble(metrics.betweenness) +
      ", community: " + std::to_string(metrics.community) +
      ", code_cameo: 'RUS', code_iso3166: 'RUS'}";
  EXPECT_NE(cypher.find(row), std::string::npos) << row << "\n" << cypher;
}

TEST(CypherWriterTest, ArticleRowsHoldKnownFieldsAndNullOtherwise) {
  const Script script = Tokenize(Write(SmallGraph()));
  const std::vector<std::string> articles = Matching(script, "MERGE (a:Article");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_NE(articles[0].find("SET a.title = row.title, a.date = date(row.date), "
                             "a.source = row.source, a.url = row.url"),
            std::string::npos);
  const std::string cypher = Write(SmallGraph());
  for (const char* row :
       {"{id: 'undated-note', title: null, date: null, source: null, url: null}",
        "{id: 'wire-0001', title: 'Russia strikes Ukraine\\'s grid', date: '2024-03-01', source: "
        "'Meridian Wire', url: 'https://wire.example/0001'}",
        "{id: 'wire-0004', title: null, date: '2024-03-02', source: null, url: "
        "'https://wire.example/0004'}",
        "{id: 'wire-0007', title: null, date: '2024-03-04', source: null, url: null}",
        "{id: 'wire-0009', title: 'Border villages shelled', date: null, source: 'Northbridge "
        "Daily', url: null}"}) {
    EXPECT_NE(cypher.find(row), std::string::npos) << row;
  }
  EXPECT_EQ(Count(articles[0], "{id: ''"), 6u);
}

TEST(CypherWriterTest, MentionsLinkActorsToArticlesWithCounts) {
  const Script script = Tokenize(Write(SmallGraph()));
  const std::vector<std::string> mentions = Matching(script, "[m:MENTIONED_IN]");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_NE(mentions[0].find("MATCH (n:Actor {id: row.actor})\n  MATCH (a:Article {id: "
                             "row.article})\n  MERGE (n)-[m:MENTIONED_IN]->(a)\n  SET m.count = "
                             "row.count"),
            std::string::npos);
  EXPECT_EQ(Count(mentions[0], "{actor: ''"), 11u);
  EXPECT_NE(Write(SmallGraph()).find("{actor: 'gpe:russia', article: 'wire-0001', count: 6}"),
            std::string::npos);
}

TEST(CypherWriterTest, RelationsGroupedByPloverCategoryAndMergedOnLabel) {
  std::vector<Relation> relations = testing::SmallGraphRelations();
  relations[2].code = {"accuses", "112", 3, -2.0, "ACCUSE"};    // a second ACCUSE
  relations[3].code = {"not hosts", "043", 1, 2.8, "CONSULT"};  // negated
  const Script script = Tokenize(Write(KnowledgeGraph(testing::SmallGraphEntities(), relations)));
  ASSERT_EQ(script.error, "");
  const std::vector<std::string> edges = Matching(script, "MERGE (s)-[r:");
  ASSERT_EQ(edges.size(), 3u);  // ACCUSE, ASSAULT, NOT_CONSULT in type name order
  EXPECT_NE(edges[0].find("MERGE (s)-[r:ACCUSE {label: row.label, period: ''}]->(t)"), std::string::npos);
  EXPECT_NE(edges[1].find("MERGE (s)-[r:ASSAULT {label: row.label, period: ''}]->(t)"), std::string::npos);
  EXPECT_NE(edges[2].find("MERGE (s)-[r:NOT_CONSULT {label: row.label, period: ''}]->(t)"), std::string::npos);
  EXPECT_EQ(Count(edges[0], "{source: ''"), 2u);
  for (const std::string& edge : edges) {
    EXPECT_NE(edge.find("MATCH (s:Actor {id: row.source})\n  MATCH (t:Actor {id: row.target})"),
              std::string::npos);
    for (const char* property : {"cameo", "quad", "goldstein", "plover", "weight", "documents",
                                 "article_ids", "sentences", "evidence"}) {
      EXPECT_NE(edge.find("r." + std::string(property) + " = row."), std::string::npos) << property;
    }
    EXPECT_NE(edge.find("r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen)"),
              std::string::npos);
  }
}

TEST(CypherWriterTest, DatesAreCypherDatesOrNull) {
  std::vector<Relation> relations = testing::SmallGraphRelations();
  for (Relation& relation : relations) relation.first_seen = relation.last_seen = "";
  relations[0].first_seen = relations[0].last_seen = "2024-03-01";
  const std::string cypher = Write(KnowledgeGraph(testing::SmallGraphEntities(), relations));
  EXPECT_EQ(Count(cypher, "first_seen: '2024-03-01', last_seen: '2024-03-01'"), 1u);
  EXPECT_EQ(Count(cypher, "first_seen: null, last_seen: null"), relations.size() - 1);
  EXPECT_EQ(Count(cypher, "first_seen: ''"), 0u);
}

TEST(CypherWriterTest, RelationRowsHoldEveryEvidenceEntry) {
  const std::string cypher = Write(SmallGraph());
  EXPECT_NE(cypher.find("{source: 'gpe:russia', target: 'gpe:ukraine', label: 'attacks', "
                        "cameo: '190', quad: 4, goldstein: -10.0, plover: 'ASSAULT', weight: 6, "
                        "documents: 3, first_seen: '2024-03-01', last_seen: '2024-03-05', "
                        "article_ids: ['wire-0001', 'wire-0001', 'wire-0003', 'wire-0003', "
                        "'wire-0009', 'wire-0009'], sentences: [0, 4, 1, 6, 3, 5], "
                        "evidence: ['Russia attacked Ukraine\\'s power grid.', "),
            std::string::npos);
  EXPECT_NE(cypher.find("'Russian troops attacked a port.']}"), std::string::npos);
  EXPECT_NE(cypher.find("first_seen: null, last_seen: null, article_ids: ['undated-note'], "
                        "sentences: [1], "),
            std::string::npos);
}

TEST(CypherWriterTest, BatchesHoldAtMostTheRowLimit) {
  std::vector<Entity> people;
  for (int i = 0; i < 5; ++i) {
    people.push_back(testing::MakeEntity(std::string("p").append(std::to_string(i)), "P",
                                         EntityType::kPerson, {"P"}, {}, 1, 1));
  }
  std::vector<Relation> relations;
  for (int i = 1; i < 4; ++i) {
    relations.push_back(testing::MakeRelation("p0", std::string("p").append(std::to_string(i)),
                                              {"accuses", "112", 3, -2, "ACCUSE"}, 1, 1, "", "",
                                              {}));
  }
  const Script script =
      Tokenize(Write(KnowledgeGraph(people, relations), {.rows_per_statement = 2}));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Actor");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Count(nodes[0], "{id: ''"), 2u);
  EXPECT_EQ(Count(nodes[1], "{id: ''"), 2u);
  EXPECT_EQ(Count(nodes[2], "{id: ''"), 1u);
  const std::vector<std::string> edges = Matching(script, "MERGE (s)-[r:ACCUSE");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(Count(edges[0], "{source: ''"), 2u);
  EXPECT_EQ(Count(edges[1], "{source: ''"), 1u);
}

TEST(CypherWriterTest, DefaultBatchIsFiveHundredRowsInTransactionsOfOneHundred) {
  std::vector<Entity> people;
  for (int i = 0; i < 1001; ++i) {
    people.push_back(testing::MakeEntity(std::string("p").append(std::to_string(i)), "P",
                                         EntityType::kPerson, {"P"}, {}, 1, 1));
  }
  const Script script = Tokenize(Write(KnowledgeGraph(people, {})));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Actor");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Count(nodes[0], "{id: ''"), 500u);
  EXPECT_EQ(Count(nodes[2], "{id: ''"), 1u);
  EXPECT_TRUE(nodes[0].ends_with("IN TRANSACTIONS OF 100 ROWS"));
}

TEST(CypherWriterTest, EmptyGraphGivesOnlyTheConstraints) {
  const Script script = Tokenize(Write(KnowledgeGraph({}, {})));
  ASSERT_EQ(script.error, "");
  ASSERT_EQ(script.statements.size(), 2u);
  EXPECT_NE(script.statements[0].find("CREATE CONSTRAINT actor_id"), std::string::npos);
  EXPECT_NE(script.statements[1].find("CREATE CONSTRAINT article_id"), std::string::npos);
}

TEST(CypherWriterTest, HostileTextStaysInsideLiterals) {
  const std::string cypher = Write(HostileGraph());
  EXPECT_EQ(ToValidUtf8(cypher), cypher) << "output is not valid UTF-8";
  for (std::size_t i = 0; i < cypher.size(); ++i) {
    const auto byte = static_cast<unsigned char>(cypher[i]);
    EXPECT_FALSE(byte < 0x20 && byte != '\n') << "raw control byte at " << i;
  }
  const Script script = Tokenize(cypher);
  ASSERT_EQ(script.error, "");
  // Two constraints, the articles, one statement per type label present (Person, Organization,
  // Location) and one for the actor without one, the mentions, one per relationship type
  // (ACC_USE, RELATED_TO, X).
  EXPECT_EQ(script.statements.size(), 11u);
  for (const std::string& statement : script.statements) {
    // Relationship types made from hostile labels ("DETACH_DELETE_N") are identifiers, not code.
    for (const char* payload : {"DETACH DELETE", "MATCH (m)", "Brien", "<&>", "Acme", "Line"}) {
      EXPECT_EQ(statement.find(payload), std::string::npos) << payload << " outside a literal in:\n"
                                                            << statement;
    }
  }
  for (const char* value : {testing::kObrien, testing::kInjection, testing::kMarkup,
                            testing::kLineBreaks, testing::kSeparators, testing::kCypherBreakout,
                            testing::kGoodUnicode, testing::kCsvArrayBreaker}) {
    EXPECT_NE(std::find(script.literals.begin(), script.literals.end(), value),
              script.literals.end())
        << "literal does not read back as " << value;
  }
  for (const char* value : {testing::kIllFormed, testing::kNoncharacters}) {
    EXPECT_NE(std::find(script.literals.begin(), script.literals.end(), ToValidUtf8(value)),
              script.literals.end())
        << "literal does not read back as the valid UTF-8 of " << value;
  }
}

TEST(CypherWriterTest, NonFiniteGoldsteinIsNull) {
  const std::string cypher = Write(HostileGraph());
  EXPECT_EQ(Count(cypher, "goldstein: null"), 1u);
  EXPECT_EQ(cypher.find("nan"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
