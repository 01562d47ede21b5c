#include "export/neo4j_csv_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/neo4j_model.h"
#include "export/text_escape.h"
#include "tests/export/test_graphs.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

using testing::HostileGraph;
using testing::SmallGraph;
using testing::WriteFileToString;

using Record = std::vector<std::string>;

// Records of an RFC 4180 file with ',' and '"' (quotes doubled inside quoted fields); `error`
// names the first record that spans lines, leaves a quote open or has a stray quote.
struct Csv {
  std::vector<Record> records;
  std::string error;
};

Csv Parse(const std::string& text) {
  Csv csv;
  Record record;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '\n' || c == '\r') csv.error = "line break inside a field";
      if (c != '"') {
        field += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"', ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      if (!field.empty() || was_quoted)
        csv.error = "stray quote in record " + std::to_string(csv.records.size());
      quoted = was_quoted = true;
    } else if (c == ',' || c == '\n') {
      record.push_back(field);
      field.clear();
      was_quoted = false;
      if (c == '\n') csv.records.push_back(record), record.clear();
    } else {
      field += c;
    }
  }
  if (quoted || !record.empty() || !field.empty()) csv.error = "file does not end a record";
  return csv;
}

Csv File(const KnowledgeGraph& graph, const std::string& name) {
  return Parse(WriteFileToString(Neo4jCsvWriter(), graph, "neo4j/" + name));
}

// The value of `column` in each record after the header.
std::vector<std::string> Column(const Csv& csv, const std::string& column) {
  const auto at = std::find(csv.records[0].begin(), csv.records[0].end(), column);
  EXPECT_NE(at, csv.records[0].end()) << column;
  std::vector<std::string> values;
  for (std::size_t i = 1; i < csv.records.size(); ++i)
    values.push_back(csv.records[i][static_cast<std::size_t>(at - csv.records[0].begin())]);
  return values;
}

struct HeaderCase {
  std::string file;
  std::string header;
};

void PrintTo(const HeaderCase& c, std::ostream* out) { *out << c.file; }

class Neo4jCsvHeaderTest : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(Neo4jCsvHeaderTest, FirstLineIsTheNeo4jAdminHeader) {
  const std::string text =
      WriteFileToString(Neo4jCsvWriter(), SmallGraph(), "neo4j/" + GetParam().file);
  EXPECT_EQ(text.substr(0, text.find('\n')), GetParam().header);
}

INSTANTIATE_TEST_SUITE_P(
    Files, Neo4jCsvHeaderTest,
    ::testing::Values(
        HeaderCase{"actors.csv",
                   "id:ID(Actor),:LABEL,name,type,aliases:string[],mentions:long,documents:long,"
                   "degree:long,in_degree:long,out_degree:long,weighted_degree:double,"
                   "pagerank:double,betweenness:double,community:long,code_cameo:string,"
                   "code_iso3166:string"},
        HeaderCase{"articles.csv", "id:ID(Article),title,date:date,source,url"},
        HeaderCase{"mentioned_in.csv", ":START_ID(Actor),:END_ID(Article),:TYPE,count:long"},
        HeaderCase{"events_assault.csv",
                   ":START_ID(Actor),:END_ID(Actor),label,period,cameo:string,quad:int,"
                   "goldstein:double,plover,weight:long,documents:long,first_seen:date,"
                   "last_seen:date,article_ids:string[],sentences:long[],evidence:string[]"},
        HeaderCase{"events_not_consult.csv",
                   ":START_ID(Actor),:END_ID(Actor),label,period,cameo:string,quad:int,"
                   "goldstein:double,plover,weight:long,documents:long,first_seen:date,"
                   "last_seen:date,article_ids:string[],sentences:long[],evidence:string[]"},
        HeaderCase{"events_other.csv",
                   ":START_ID(Actor),:END_ID(Actor),:TYPE,label,period,cameo:string,quad:int,"
                   "goldstein:double,plover,weight:long,documents:long,first_seen:date,"
                   "last_seen:date,article_ids:string[],sentences:long[],evidence:string[]"}));

// The CSV files of the folder, without "neo4j/".
std::vector<std::string> CsvFiles() {
  std::vector<std::string> files;
  for (const std::string& name : Neo4jCsvWriter().FileNames()) {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0)
      files.push_back(name.substr(name.find('/') + 1));
  }
  return files;
}

TEST(Neo4jCsvFilesTest, HostileTextGivesOneRecordALineWithEveryColumn) {
  for (const KnowledgeGraph& graph : {SmallGraph(), HostileGraph()}) {
    std::size_t records = 0;
    for (const std::string& file : CsvFiles()) {
      const std::string text = WriteFileToString(Neo4jCsvWriter(), graph, "neo4j/" + file);
      EXPECT_EQ(export_internal::ToValidUtf8(text), text) << file;
      EXPECT_EQ(text.find('\r'), std::string::npos) << file;
      const Csv csv = Parse(text);
      ASSERT_EQ(csv.error, "") << file;
      ASSERT_GE(csv.records.size(), 1u) << file << " has no header";
      EXPECT_EQ(csv.records.size(),
                static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')))
          << file;
      for (const Record& record : csv.records) EXPECT_EQ(record.size(), csv.records[0].size());
      records += csv.records.size() - 1;
    }
    EXPECT_EQ(records, graph.entity_count() + graph.articles().size() +
                           export_internal::ArticleMentions(graph).size() + graph.relation_count());
  }
}

// Every relation is in the file of its type, or in events_other.csv with its type in :TYPE.
TEST(Neo4jCsvFilesTest, EachRelationIsInTheFileOfItsType) {
  EXPECT_EQ(File(SmallGraph(), "events_assault.csv").records.size(), 2u);
  EXPECT_EQ(File(SmallGraph(), "events_accuse.csv").records.size(), 2u);
  EXPECT_EQ(File(SmallGraph(), "events_request.csv").records.size(), 2u);
  EXPECT_EQ(File(SmallGraph(), "events_consult.csv").records.size(), 2u);
  EXPECT_EQ(File(SmallGraph(), "events_not_assault.csv").records.size(), 1u);
  EXPECT_EQ(File(SmallGraph(), "events_other.csv").records.size(), 1u);
  // The hostile categories "ACC\\USE" and "X" are no lexicon category; "" is RELATED_TO.
  EXPECT_EQ(Column(File(HostileGraph(), "events_other.csv"), ":TYPE"),
            (std::vector<std::string>{"X", "ACC_USE"}));
  EXPECT_EQ(Column(File(HostileGraph(), "events_related_to.csv"), "label"),
            (std::vector<std::string>{"meets  with <&>"}));
}

TEST(Neo4jCsvWriterTest, ArrayElementsKeepTheirTextOnOneLineWithoutTheDelimiter) {
  const Csv actors = File(HostileGraph(), "actors.csv");
  const std::vector<std::string> aliases = Column(actors, "aliases:string[]");
  // The person's kObrien, kSeparators and kCsvArrayBreaker.
  EXPECT_EQ(aliases[4], "O'Brien\\;Pat | O'Brien, Jr.;Smith, \"Jr\", Ltd");
}

TEST(Neo4jCsvWriterTest, ActorRowsHoldEveryProperty) {
  const KnowledgeGraph graph = SmallGraph();
  const Csv actors = File(graph, "actors.csv");
  ASSERT_EQ(actors.records.size(), 6u);
  auto metrics = [&graph](const std::string& id) {
    const NodeMetrics& m = graph.metrics(graph.FindEntity(id));
    return Record{std::to_string(m.degree), std::to_string(m.in_degree),
                  std::to_string(m.out_degree), *export_internal::FormatDouble(m.weighted_degree),
                  *export_internal::FormatDouble(m.pagerank),
                  *export_internal::FormatDouble(m.betweenness), std::to_string(m.community)};
  };
  Record russia = {"gpe:russia", "Country", "Russia", "GPE", "Russia;Russian Federation", "14", "3"};
  for (const std::string& value : metrics("gpe:russia")) russia.push_back(value);
  russia.insert(russia.end(), {"RUS", "RUS"});
  EXPECT_EQ(actors.records[1], russia);
  EXPECT_EQ(actors.records[1][7], "1") << "degree";
  Record sea = {"location:black-5Fsea", "Location", "Black Sea", "LOCATION", "Black Sea", "1", "1"};
  for (const std::string& value : metrics("location:black_sea")) sea.push_back(value);
  sea.insert(sea.end(), {"", ""});
  EXPECT_EQ(actors.records[3], sea);
}

TEST(Neo4jCsvWriterTest, UnknownOrImpossibleDatesAreEmpty) {
  EXPECT_EQ(
      Column(File(SmallGraph(), "articles.csv"), "date:date"),
      (std::vector<std::string>{"", "2024-03-01", "2024-03-02", "2024-03-02", "2024-03-04", ""}));
  EXPECT_EQ(Column(File(HostileGraph(), "articles.csv"), "date:date")[0], "");
  EXPECT_EQ(Column(File(SmallGraph(), "events_request.csv"), "first_seen:date"),
            (std::vector<std::string>{""}));
  EXPECT_EQ(Column(File(SmallGraph(), "events_consult.csv"), "first_seen:date"),
            (std::vector<std::string>{"2024-03-02"}));
}

// The relationships of a period's snapshot carry its key, as in the Cypher script.
TEST(Neo4jCsvWriterTest, SnapshotEventsCarryTheirPeriod) {
  const std::string text =
      WriteFileToString(Neo4jCsvWriter("2024-03"), SmallGraph(), "neo4j/events_assault.csv");
  EXPECT_EQ(Column(Parse(text), "period"), (std::vector<std::string>{"2024-03"}));
  EXPECT_EQ(Column(File(SmallGraph(), "events_assault.csv"), "period"),
            (std::vector<std::string>{"all"}));
}

TEST(Neo4jCsvWriterTest, EventsCarryCodesAndEvidenceLists) {
  const Csv events = File(SmallGraph(), "events_assault.csv");
  ASSERT_EQ(events.records.size(), 2u);
  EXPECT_EQ(events.records[1],
            (Record{"gpe:russia", "gpe:ukraine", "attacks", "all", "190", "4", "-10.0", "ASSAULT", "6",
                    "3", "2024-03-01", "2024-03-05",
                    "wire-0001;wire-0001;wire-0003;wire-0003;wire-0009;wire-0009", "0;4;1;6;3;5",
                    "Russia attacked Ukraine's power grid.;Russian forces struck Kharkiv & "
                    "Odesa.;Russia launched drones at Kyiv.;Missiles hit Lviv, officials "
                    "said.;Russia shelled villages near the border.;Russian troops attacked a "
                    "port."}));
}

TEST(Neo4jCsvWriterTest, EvidenceArraysKeepEverySentenceOnOneLine) {
  const Csv events = File(HostileGraph(), "events_other.csv");
  const std::vector<std::string> evidence = Column(events, "evidence:string[]");
  ASSERT_EQ(evidence.size(), 2u);
  // The ACC_USE relation's five sentences, among them line breaks and a ';' inside one
  // ("... DETACH DELETE m; //").
  const std::string& sentences = evidence[1];
  EXPECT_EQ(std::count(sentences.begin(), sentences.end(), ';'), 4) << sentences;
  EXPECT_EQ(sentences.find('\n'), std::string::npos);
  EXPECT_NE(sentences.find("DETACH DELETE m, //"), std::string::npos) << sentences;
  EXPECT_NE(sentences.find("Line Break  Name Tab"), std::string::npos) << sentences;
}

TEST(Neo4jCsvWriterTest, NonFiniteGoldsteinIsEmpty) {
  const std::vector<std::string> goldstein =
      Column(File(HostileGraph(), "events_related_to.csv"), "goldstein:double");
  EXPECT_EQ(goldstein, (std::vector<std::string>{""}));
}

TEST(Neo4jCsvWriterTest, MentionsLinkEveryActorToItsArticles) {
  const Csv mentions = File(SmallGraph(), "mentioned_in.csv");
  ASSERT_EQ(mentions.records.size(), 12u);
  EXPECT_EQ(mentions.records[1], (Record{"gpe:russia", "wire-0001", "MENTIONED_IN", "6"}));
}

TEST(Neo4jCsvWriterTest, ImportScriptNamesEveryFileFromItsOwnFolder) {
  const std::string script = WriteFileToString(Neo4jCsvWriter(), SmallGraph(), "neo4j/import.sh");
  EXPECT_EQ(script.rfind("#!/bin/sh\n", 0), 0u);
  for (const char* part : {"cd \"$(dirname \"$0\")\"", "database import full \"$database\"",
                           "  --nodes=Actor=actors.csv \\\n", "  --nodes=Article=articles.csv \\\n",
                           "  --relationships=MENTIONED_IN=mentioned_in.csv \\\n",
                           "  --relationships=ASSAULT=events_assault.csv \\\n",
                           "  --relationships=NOT_ASSAULT=events_not_assault.csv \\\n",
                           "  --relationships=RELATED_TO=events_related_to.csv \\\n",
                           "  --relationships=events_other.csv \\\n", "--array-delimiter=';'"}) {
    EXPECT_NE(script.find(part), std::string::npos) << part;
  }
  EXPECT_EQ(script.find("STATEMENT"), std::string::npos);
  EXPECT_TRUE(Neo4jCsvWriter().IsExecutable("neo4j/import.sh"));
  EXPECT_FALSE(Neo4jCsvWriter().IsExecutable("neo4j/actors.csv"));
}

// The arguments a stand-in for neo4j-admin got from import.sh, run by `command` with LOG and
// the stand-in's folder set; the first line is the folder it ran in.
std::vector<std::string> RunImportScript(const std::filesystem::path& dir,
                                         const std::string& command) {
  namespace fs = std::filesystem;
  fs::remove(dir / "log");
  EXPECT_EQ(std::system(("export LOG='" + (dir / "log").string() + "'; " + command).c_str()), 0)
      << command;
  std::ifstream log(dir / "log");
  std::vector<std::string> lines;
  for (std::string line; std::getline(log, line);) lines.push_back(line);
  return lines;
}

// import.sh run from other folders, with a stand-in for neo4j-admin named by an absolute and by a
// relative path, that logs its folder and arguments and fails unless every file it is given
// exists there. The files it names are the CSV files of FileNames(), in their order.
TEST(Neo4jCsvWriterTest, ImportScriptRunsNeo4jAdminOnEveryFileFromItsOwnFolder) {
  namespace fs = std::filesystem;
  const testing::ScratchDir scratch;
  const fs::path dir = scratch.path();
  fs::create_directories(dir / "neo4j");
  const Neo4jCsvWriter writer;
  for (const std::string& name : writer.FileNames()) {
    std::ofstream(dir / name, std::ios::binary) << WriteFileToString(writer, SmallGraph(), name);
  }
  std::ofstream(dir / "fake-admin") << "#!/bin/sh\n"
                                       "pwd > \"$LOG\"; printf '%s\\n' \"$@\" >> \"$LOG\"\n"
                                       "for arg; do case $arg in --nodes=*|--relationships=*)\n"
                                       "  [ -f \"${arg##*=}\" ] || exit 3;; esac; done\n";
  fs::permissions(dir / "fake-admin", fs::perms::owner_all);
  const std::string script = "sh '" + (dir / "neo4j/import.sh").string() + "'";
  for (const std::string& command : {"cd / && NEO4J_ADMIN='" + (dir / "fake-admin").string() +
                                         "' " + script + " news --overwrite-destination=true",
                                     "cd '" + dir.string() +
                                         "' && NEO4J_ADMIN=./fake-admin sh neo4j/import.sh news "
                                         "--overwrite-destination=true"}) {
    const std::vector<std::string> lines = RunImportScript(dir, command);
    ASSERT_GT(lines.size(), 9u);
    EXPECT_EQ(std::vector<std::string>(lines.begin(), lines.begin() + 5),
              (std::vector<std::string>{fs::canonical(dir / "neo4j").string(), "database", "import",
                                        "full", "news"}));
    EXPECT_EQ(std::vector<std::string>(lines.end() - 4, lines.end()),
              (std::vector<std::string>{"--delimiter=,", "--array-delimiter=;", "--quote=\"",
                                        "--overwrite-destination=true"}));
    std::vector<std::string> named;
    for (auto line = lines.begin() + 5; line != lines.end() - 4; ++line)
      named.push_back(line->substr(line->rfind('=') + 1));
    EXPECT_EQ(named, CsvFiles());
  }
}

TEST(Neo4jCsvWriterTest, SchemaHoldsTheScriptsConstraints) {
  const std::string schema =
      WriteFileToString(Neo4jCsvWriter(), SmallGraph(), "neo4j/schema.cypher");
  EXPECT_NE(schema.find("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS "
                        "UNIQUE;\n"),
            std::string::npos);
  EXPECT_NE(schema.find("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE "
                        "n.id IS UNIQUE;\n"),
            std::string::npos);
}

TEST(Neo4jCsvWriterTest, WriteGivesEveryFileInOrder) {
  const Neo4jCsvWriter writer;
  std::string all;
  for (const std::string& name : writer.FileNames())
    all += WriteFileToString(writer, SmallGraph(), name);
  EXPECT_EQ(testing::WriteToString(writer, SmallGraph()), all);
}

}  // namespace
}  // namespace newsgraph
