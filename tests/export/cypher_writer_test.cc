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

TEST(CypherWriterTest, HeaderSaysHowToLoad) {
  const std::string cypher = Write(SmallGraph());
  EXPECT_EQ(cypher.rfind("// ", 0), 0u);
  EXPECT_NE(cypher.find("cypher-shell"), std::string::npos);
  EXPECT_NE(cypher.find("-f graph.cypher"), std::string::npos);
}

TEST(CypherWriterTest, ConstraintComesFirstAndCoversEveryMerge) {
  const Script script = Tokenize(Write(SmallGraph()));
  ASSERT_EQ(script.error, "");
  ASSERT_FALSE(script.statements.empty());
  EXPECT_NE(
      script.statements[0].find(
          "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE"),
      std::string::npos);
  const std::regex node_merge(R"(MERGE \(\w+:(\w+) \{(\w+):)");
  std::size_t merges = 0;
  for (const std::string& statement : script.statements) {
    for (std::sregex_iterator it(statement.begin(), statement.end(), node_merge), end; it != end;
         ++it) {
      EXPECT_EQ((*it)[1], "Entity");
      EXPECT_EQ((*it)[2], "key");
      ++merges;
    }
    EXPECT_EQ(statement.find("CREATE ("), std::string::npos) << "CREATE duplicates on a re-run";
  }
  EXPECT_EQ(merges, 4u);  // one per entity type present
}

TEST(CypherWriterTest, EntitiesGroupedByTypeWithTypeLabels) {
  const Script script = Tokenize(Write(SmallGraph()));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Entity");
  ASSERT_EQ(nodes.size(), 4u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"SET n:Person", "REMOVE n:Organization:Gpe:Location:Norp:Other"},
      {"SET n:Organization", "REMOVE n:Person:Gpe:Location:Norp:Other"},
      {"SET n:Gpe", "REMOVE n:Person:Organization:Location:Norp:Other"},
      {"SET n:Location", "REMOVE n:Person:Organization:Gpe:Norp:Other"},
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    EXPECT_NE(nodes[i].find(expected[i].first), std::string::npos) << nodes[i];
    EXPECT_NE(nodes[i].find(expected[i].second), std::string::npos) << nodes[i];
    // Every code property is set, so a code an entity lost is removed on the next load.
    EXPECT_NE(nodes[i].find("n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166"),
              std::string::npos);
  }
  EXPECT_EQ(Count(nodes[2], "{key: ''"), 2u);  // both GPEs in one batch
}

TEST(CypherWriterTest, NodeRowsHoldEveryProperty) {
  const std::string cypher = Write(SmallGraph());
  EXPECT_NE(cypher.find("{key: 'gpe:russia', name: 'Russia', type: 'GPE', aliases: ['Russia', "
                        "'Russian Federation'], mentions: 14, documents: 3, degree: 1, "
                        "code_cameo: 'RUS', code_iso3166: 'RUS'}"),
            std::string::npos);
}

TEST(CypherWriterTest, RelationsGroupedByTypeAndMergedOnLabel) {
  std::vector<Relation> relations = testing::SmallGraphRelations();
  relations[0].code.label = "meets with";  // accuses -> MEETS_WITH
  relations[2].code.label = "meets-with";  // appeals to -> MEETS_WITH, a distinct relation
  const Script script = Tokenize(Write(KnowledgeGraph(testing::SmallGraphEntities(), relations)));
  ASSERT_EQ(script.error, "");
  const std::vector<std::string> edges = Matching(script, "MERGE (s)-[r:");
  ASSERT_EQ(edges.size(), 3u);  // ATTACKS, HOSTS, MEETS_WITH in type name order
  EXPECT_NE(edges[0].find("MERGE (s)-[r:ATTACKS {label: row.label}]->(t)"), std::string::npos);
  EXPECT_NE(edges[1].find("MERGE (s)-[r:HOSTS {label: row.label}]->(t)"), std::string::npos);
  EXPECT_NE(edges[2].find("MERGE (s)-[r:MEETS_WITH {label: row.label}]->(t)"), std::string::npos);
  EXPECT_EQ(Count(edges[2], "{source: ''"), 2u);
  for (const std::string& edge : edges) {
    EXPECT_NE(edge.find("MATCH (s:Entity {key: row.source})\nMATCH (t:Entity {key: row.target})"),
              std::string::npos);
    for (const char* property : {"relation", "weight", "cameo", "quad", "goldstein", "plover",
                                 "documents", "first_seen", "last_seen", "evidence"}) {
      EXPECT_NE(edge.find("r." + std::string(property) + " = row."), std::string::npos) << property;
    }
  }
}

TEST(CypherWriterTest, DatesAreCypherDatesOrNull) {
  std::vector<Relation> relations = testing::SmallGraphRelations();
  for (Relation& relation : relations) relation.first_seen = relation.last_seen = "";
  relations[0].first_seen = relations[0].last_seen = "2024-03-01";
  const std::string cypher =
      Write(KnowledgeGraph(testing::SmallGraphEntities(), relations));
  EXPECT_EQ(Count(cypher, "first_seen: date('2024-03-01'), last_seen: date('2024-03-01')"), 1u);
  EXPECT_EQ(Count(cypher, "first_seen: null, last_seen: null"), relations.size() - 1);
  EXPECT_EQ(Count(cypher, "first_seen: ''"), 0u);
}

TEST(CypherWriterTest, RelationRowsHoldEveryEvidenceEntry) {
  const std::string cypher = Write(SmallGraph());
  EXPECT_NE(cypher.find("{source: 'gpe:russia', target: 'gpe:ukraine', label: 'attacks', "
                        "weight: 6, cameo: '190', quad: 4, goldstein: -10.0, plover: 'ASSAULT', "
                        "documents: 3, first_seen: date('2024-03-01'), last_seen: date('2024-03-05'), "
                        "evidence: ['[wire-0001 #0] Russia attacked Ukraine\\'s power grid.', "),
            std::string::npos);
  EXPECT_NE(cypher.find("'[wire-0009 #5] Russian troops attacked a port.']}"), std::string::npos);
}

TEST(CypherWriterTest, BatchesHoldAtMostTheRowLimit) {
  std::vector<Entity> people;
  for (int i = 0; i < 5; ++i) {
    people.push_back({"p" + std::to_string(i), "P", EntityType::kPerson, {"P"}, {}, 1, 1, {}});
  }
  std::vector<Relation> relations;
  for (int i = 1; i < 4; ++i) {
    relations.push_back(
        {"p0", "p" + std::to_string(i), {"accuses", "112", 3, -2, ""}, 1, 1, "", "", {}});
  }
  const Script script =
      Tokenize(Write(KnowledgeGraph(people, relations), {.rows_per_statement = 2}));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Entity");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Count(nodes[0], "{key: ''"), 2u);
  EXPECT_EQ(Count(nodes[1], "{key: ''"), 2u);
  EXPECT_EQ(Count(nodes[2], "{key: ''"), 1u);
  const std::vector<std::string> edges = Matching(script, "MERGE (s)-[r:ACCUSES");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(Count(edges[0], "{source: ''"), 2u);
  EXPECT_EQ(Count(edges[1], "{source: ''"), 1u);
}

TEST(CypherWriterTest, DefaultBatchIsFiveHundredRows) {
  std::vector<Entity> people;
  for (int i = 0; i < 1001; ++i) {
    people.push_back({"p" + std::to_string(i), "P", EntityType::kPerson, {"P"}, {}, 1, 1, {}});
  }
  const Script script = Tokenize(Write(KnowledgeGraph(people, {})));
  const std::vector<std::string> nodes = Matching(script, "MERGE (n:Entity");
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(Count(nodes[0], "{key: ''"), 500u);
  EXPECT_EQ(Count(nodes[2], "{key: ''"), 1u);
}

TEST(CypherWriterTest, EmptyGraphGivesOnlyTheConstraint) {
  const Script script = Tokenize(Write(KnowledgeGraph({}, {})));
  ASSERT_EQ(script.error, "");
  ASSERT_EQ(script.statements.size(), 1u);
  EXPECT_NE(script.statements[0].find("CREATE CONSTRAINT entity_key"), std::string::npos);
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
  // The constraint, one statement per entity type present (4), one per relationship type (3).
  EXPECT_EQ(script.statements.size(), 8u);
  for (const std::string& statement : script.statements) {
    // Relationship types made from hostile labels ("DETACH_DELETE_N") are identifiers, not code.
    for (const char* payload : {"DETACH DELETE", "MATCH (m)", "Brien", "<&>", "Acme", "Line"}) {
      EXPECT_EQ(statement.find(payload), std::string::npos) << payload << " outside a literal in:\n"
                                                            << statement;
    }
  }
  for (const char* value :
       {testing::kObrien, testing::kInjection, testing::kMarkup, testing::kLineBreaks,
        testing::kSeparators, testing::kCypherBreakout, testing::kGoodUnicode}) {
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
