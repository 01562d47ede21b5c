// Real readers on real exports: tests/readers/check_exports.sh (NetworkX, igraph, Neo4j's Cypher
// parser, graphology, a JSON parser) run on the small and the hostile graph in every format, and
// shown to reject broken files. Skipped when the readers are not installed (see check_exports.sh).
// NEWSGRAPH_EXPORT_DUMP_DIR=DIR keeps the exports in DIR/small and DIR/hostile for other tools.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "export/graph_writer.h"
#include "graph/period_snapshot.h"
#include "tests/export/test_graphs.h"
#include "tests/graph/period_graphs.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

const std::string kReaders = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/readers/";
const std::string kScript = kReaders + "check_exports.sh";

// Exit status of `command` run by the shell, with its output sent to the test log.
int RunShell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ReadersMissing() {
  if (RunShell("/usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1") != 0) {
    return "python3-networkx or python3-igraph is not installed";
  }
  if (RunShell("node --version >/dev/null 2>&1") != 0) return "node is not installed";
  if (!fs::exists(std::string(NEWSGRAPH_SOURCE_DIR) +
                  "/tests/readers/node_modules/@neo4j-cypher/language-support")) {
    return "Neo4j's Cypher parser is not installed: run npm ci in tests/readers";
  }
  if (!fs::exists(std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/readers/node_modules/graphology")) {
    return "graphology is not installed: run npm ci in tests/readers";
  }
  return "";
}

class CheckExportsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string missing = ReadersMissing();
    if (!missing.empty()) GTEST_SKIP() << missing;
  }

  // A fresh directory for one set of exports.
  static fs::path OutputDir(const std::string& name) {
    const char* dump = std::getenv("NEWSGRAPH_EXPORT_DUMP_DIR");
    const fs::path dir = (dump != nullptr && *dump != '\0')
                             ? fs::path(dump) / name
                             : testing::ProgramScratchDir() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
  }

  static void WriteAllFormats(const KnowledgeGraph& graph, const fs::path& dir,
                              const GraphWriterOptions& options = {}) {
    for (const std::string& format : GraphFormats()) {
      const auto writer = MakeGraphWriter(format, options);
      for (const std::string& name : writer->FileNames()) {
        fs::create_directories((dir / name).parent_path());
        WriteFileAtomically((dir / name).string(),
                            [&](std::ostream& out) { writer->WriteFile(graph, name, out); });
      }
    }
  }
};

// A period's snapshot (build --snapshots), whose Cypher keys its facts by the period.
TEST_F(CheckExportsTest, ReadersAcceptAPeriodSnapshot) {
  const fs::path dir = OutputDir("snapshot");
  WriteAllFormats(PeriodSnapshot(testing::ThreeMonths(), PeriodUnit::kMonth, "2024-01", true), dir,
                  {.snapshot_period = "2024-01"});
  EXPECT_EQ(RunShell(kScript + " '" + dir.string() + "'"), 0);
}

TEST_F(CheckExportsTest, ReadersAcceptSmallGraph) {
  const fs::path dir = OutputDir("small");
  WriteAllFormats(testing::SmallGraph(), dir);
  EXPECT_EQ(RunShell(kScript + " '" + dir.string() + "'"), 0);
}

TEST_F(CheckExportsTest, ReadersAcceptHostileGraph) {
  const fs::path dir = OutputDir("hostile");
  WriteAllFormats(testing::HostileGraph(), dir);
  EXPECT_EQ(RunShell(kScript + " '" + dir.string() + "'"), 0);
}

// With --period month: the dynamic GEXF (spells, dynamic values) and the rest as usual.
TEST_F(CheckExportsTest, ReadersAcceptGraphWithPeriods) {
  const fs::path dir = OutputDir("periods");
  GraphWriterOptions monthly;
  monthly.period_unit = PeriodUnit::kMonth;
  WriteAllFormats(testing::PeriodGraph(), dir, monthly);
  EXPECT_EQ(RunShell(kScript + " '" + dir.string() + "'"), 0);
}

TEST_F(CheckExportsTest, ReadersAcceptEmptyGraph) {
  const fs::path dir = OutputDir("empty");
  WriteAllFormats(KnowledgeGraph({}, {}), dir);
  EXPECT_EQ(RunShell(kScript + " '" + dir.string() + "'"), 0);
}

TEST_F(CheckExportsTest, MissingFilesFail) {
  EXPECT_EQ(RunShell(kScript + " '" + OutputDir("missing").string() + "'"), 1);
}

struct BrokenFile {
  std::string name;
  std::string checker;  // the command that checks one file
  std::string content;
};

void PrintTo(const BrokenFile& broken, std::ostream* out) { *out << broken.name; }

class CheckExportsRejectsTest : public CheckExportsTest,
                                public ::testing::WithParamInterface<BrokenFile> {};

TEST_P(CheckExportsRejectsTest, FailsOnBrokenFile) {
  const fs::path file = OutputDir("broken_" + GetParam().name) / GetParam().name;
  std::ofstream(file, std::ios::binary) << GetParam().content;
  EXPECT_EQ(RunShell(GetParam().checker + " '" + file.string() + "'"), 1);
}

const std::string kCheckCypher = "node " + kReaders + "check_cypher.mjs";
const std::string kCheckGraphml = "/usr/bin/python3 " + kReaders + "check_graphml.py";
const std::string kCheckGexf = "/usr/bin/python3 " + kReaders + "check_gexf.py";
const std::string kCheckJson = "/usr/bin/python3 " + kReaders + "check_json.py";
const std::string kCheckGraphology = "node " + kReaders + "check_graphology.mjs";
const std::string kGraphologyWeightAsText = R"j({"options": {"type": "directed", "multi": true},
  "nodes": [{"key": "a", "attributes": {"label": "A", "type": "PERSON", "aliases": [],
             "mentions": 1, "documents": 1, "degree": 1, "codes": {}}},
            {"key": "b", "attributes": {"label": "B", "type": "PERSON", "aliases": [],
             "mentions": 1, "documents": 1, "degree": 1, "codes": {}}}],
  "edges": [{"source": "a", "target": "b", "attributes": {"relation": "meets", "label": "meets",
             "weight": "1", "cameo": "040", "quad": 1, "goldstein": 1.0, "plover": "CONSULT",
             "documents": 1, "first_seen": "", "last_seen": "", "evidence": []}}]}
)j";

INSTANTIATE_TEST_SUITE_P(
    Broken, CheckExportsRejectsTest,
    ::testing::Values(
        BrokenFile{"unterminated_literal", kCheckCypher,
                   "MERGE (n:Entity {key: 'a}) DETACH DELETE n //'});\n"},
        BrokenFile{"bad_escape", kCheckCypher,
                   "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS "
                   "UNIQUE;\nMERGE (n:Entity {key: 'a\\x01'});\n"},
        BrokenFile{"merge_without_constraint", kCheckCypher, "MERGE (n:Person {key: 'a'});\n"},
        BrokenFile{"raw_ampersand", kCheckGraphml,
                   "<?xml version=\"1.0\"?>\n<graphml "
                   "xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph "
                   "edgedefault=\"directed\"><node id=\"a&b\"/></graph></graphml>\n"},
        BrokenFile{"missing_attributes", kCheckGraphml,
                   "<?xml version=\"1.0\"?>\n<graphml "
                   "xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph "
                   "edgedefault=\"directed\"><node id=\"n0\"/></graph></graphml>\n"},
        BrokenFile{"gexf_undeclared_attribute", kCheckGexf,
                   "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                   "version=\"1.3\"><graph mode=\"static\" defaultedgetype=\"directed\">"
                   "<nodes><node id=\"n0\" label=\"a\"><attvalues><attvalue for=\"x\" "
                   "value=\"1\"/></attvalues></node></nodes></graph></gexf>\n"},
        BrokenFile{"gexf_merged_parallel_edges", kCheckGexf,
                   "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                   "version=\"1.3\"><graph mode=\"static\" defaultedgetype=\"directed\">"
                   "<nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges>"
                   "<edge id=\"e0\" source=\"a\" target=\"b\"/>"
                   "<edge id=\"e1\" source=\"a\" target=\"b\"/></edges></graph></gexf>\n"},
        BrokenFile{"gexf_timed_static_attribute", kCheckGexf,
                   "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                   "version=\"1.3\"><graph mode=\"dynamic\" timeformat=\"date\" "
                   "defaultedgetype=\"directed\"><attributes class=\"node\" mode=\"static\">"
                   "<attribute id=\"type\" title=\"type\" type=\"string\"/></attributes>"
                   "<nodes><node id=\"n0\" label=\"a\"><attvalues><attvalue for=\"type\" "
                   "value=\"GPE\" start=\"2024-01-01\" end=\"2024-01-31\"/></attvalues>"
                   "</node></nodes></graph></gexf>\n"},
        BrokenFile{"gexf_spell_ends_before_it_starts", kCheckGexf,
                   "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                   "version=\"1.3\"><graph mode=\"dynamic\" timeformat=\"date\" "
                   "defaultedgetype=\"directed\"><nodes><node id=\"n0\" label=\"a\"><spells>"
                   "<spell start=\"2024-02-01\" end=\"2024-01-31\"/></spells></node></nodes>"
                   "</graph></gexf>\n"},
        BrokenFile{"dangling_edge", kCheckJson,
                   "{\"directed\": true, \"multigraph\": true, \"counts\": {\"nodes\": 0, "
                   "\"links\": 1}, \"nodes\": [], \"links\": [{\"source\": \"a\", \"target\": "
                   "\"b\"}]}\n"},
        BrokenFile{"edges_instead_of_links", kCheckJson,
                   "{\"directed\": true, \"multigraph\": true, \"counts\": {\"nodes\": 0, "
                   "\"links\": 0}, \"nodes\": [], \"edges\": []}\n"},
        BrokenFile{"graphology_dangling_edge", kCheckGraphology,
                   "{\"options\": {\"type\": \"directed\", \"multi\": true}, \"nodes\": [], "
                   "\"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}\n"},
        BrokenFile{"graphology_weight_as_text", kCheckGraphology, kGraphologyWeightAsText},
        BrokenFile{"graphology_undirected", kCheckGraphology,
                   "{\"options\": {\"type\": \"undirected\"}, \"nodes\": [], \"edges\": []}\n"},
        BrokenFile{"invalid_utf8", kCheckJson, "{\"nodes\": [\"\xff\"]}\n"}),
    [](const auto& info) { return info.param.name; });

struct BrokenImportFile {
  std::string name;
  std::string file;     // in the neo4j/ folder
  std::string content;  // replaces the file
};

void PrintTo(const BrokenImportFile& broken, std::ostream* out) { *out << broken.name; }

class CheckNeo4jCsvRejectsTest : public CheckExportsTest,
                                 public ::testing::WithParamInterface<BrokenImportFile> {};

TEST_P(CheckNeo4jCsvRejectsTest, FailsOnBrokenImportFolder) {
  const fs::path dir = OutputDir("broken_neo4j_" + GetParam().name);
  WriteAllFormats(testing::SmallGraph(), dir);
  std::ofstream(dir / "neo4j" / GetParam().file, std::ios::binary) << GetParam().content;
  EXPECT_EQ(RunShell("/usr/bin/python3 " + kReaders + "check_neo4j_csv.py '" +
                     (dir / "neo4j").string() + "'"),
            1);
  fs::remove_all(dir);
}

const std::string kArticlesHeader = "id:ID(Article),title,date:date,source,url\n";

INSTANTIATE_TEST_SUITE_P(
    Broken, CheckNeo4jCsvRejectsTest,
    ::testing::Values(
        BrokenImportFile{"record_spans_lines", "articles.csv", kArticlesHeader + "a,\"x\ny\",,,\n"},
        BrokenImportFile{"backslash_quote", "articles.csv", kArticlesHeader + "a,\"x\\\"\",,,\n"},
        BrokenImportFile{"impossible_date", "articles.csv", kArticlesHeader + "a,,2024-02-30,,\n"},
        BrokenImportFile{"duplicate_id", "articles.csv", kArticlesHeader + "a,,,,\na,,,,\n"},
        BrokenImportFile{"dangling_end", "mentioned_in.csv",
                         ":START_ID(Actor),:END_ID(Article),:TYPE,count:long\n"
                         "gpe:russia,nowhere,MENTIONED_IN,1\n"},
        BrokenImportFile{"bad_long", "mentioned_in.csv",
                         ":START_ID(Actor),:END_ID(Article),:TYPE,count:long\n"
                         "gpe:russia,wire-0001,MENTIONED_IN,many\n"},
        BrokenImportFile{"column_count", "articles.csv", kArticlesHeader + "a,b\n"},
        BrokenImportFile{"script_without_files", "import.sh", "#!/bin/sh\n"},
        BrokenImportFile{"file_the_script_does_not_name", "stray.csv", kArticlesHeader}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph
