#include "export/graph_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/export/test_graphs.h"
#include "tests/test_names.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

TEST(GraphFormatsTest, ListsEveryFormat) {
  EXPECT_EQ(GraphFormats(), (std::vector<std::string>{"graphml", "gexf", "cypher", "json",
                                                      "graphology", "neo4j-csv"}));
}

TEST(GraphFormatsTest, DefaultFormatsAreTheOneFileFormats) {
  EXPECT_EQ(DefaultGraphFormats(),
            (std::vector<std::string>{"graphml", "gexf", "cypher", "json", "graphology"}));
}

TEST(MakeGraphWriterTest, EveryListedFormatHasAWriter) {
  for (const std::string& format : GraphFormats()) {
    const auto writer = MakeGraphWriter(format);
    ASSERT_NE(writer, nullptr);
    EXPECT_EQ(writer->format(), format);
  }
}

struct FormatFiles {
  std::string format;
  std::vector<std::string> files;
  std::vector<std::string> executable;
};

// The nodes, one file per PLOVER event category and its negation, RELATED_TO, the other types.
std::vector<std::string> Neo4jCsvFiles() {
  std::vector<std::string> files = {"neo4j/actors.csv", "neo4j/articles.csv",
                                    "neo4j/mentioned_in.csv"};
  for (const char* category :
       {"agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
        "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault"}) {
    files.push_back(std::string("neo4j/events_") + category + ".csv");
    files.push_back(std::string("neo4j/events_not_") + category + ".csv");
  }
  files.insert(files.end(), {"neo4j/events_related_to.csv", "neo4j/events_other.csv",
                             "neo4j/schema.cypher", "neo4j/import.sh"});
  return files;
}

class WriterFilesTest : public ::testing::TestWithParam<FormatFiles> {};

TEST_P(WriterFilesTest, NamesItsFiles) {
  const auto writer = MakeGraphWriter(GetParam().format);
  EXPECT_EQ(writer->FileNames(), GetParam().files);
  for (const std::string& name : writer->FileNames()) {
    const bool executable = std::find(GetParam().executable.begin(), GetParam().executable.end(),
                                      name) != GetParam().executable.end();
    EXPECT_EQ(writer->IsExecutable(name), executable) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, WriterFilesTest,
                         ::testing::Values(FormatFiles{"graphml", {"graph.graphml"}, {}},
                                           FormatFiles{"gexf", {"graph.gexf"}, {}},
                                           FormatFiles{"cypher", {"graph.cypher"}, {}},
                                           FormatFiles{"json", {"graph.json"}, {}},
                                           FormatFiles{"graphology", {"graph.graphology.json"}, {}},
                                           FormatFiles{
                                               "neo4j-csv", Neo4jCsvFiles(), {"neo4j/import.sh"}}),
                         [](const auto& info) {
                           std::string name = info.param.format;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

class UnknownFormatTest : public ::testing::TestWithParam<std::string> {};

TEST_P(UnknownFormatTest, ThrowsNamingTheKnownFormats) {
  try {
    MakeGraphWriter(GetParam());
    FAIL() << "no exception for '" << GetParam() << "'";
  } catch (const std::runtime_error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("'" + GetParam() + "'"), std::string::npos) << message;
    for (const std::string& format : GraphFormats()) {
      EXPECT_NE(message.find(format), std::string::npos) << message;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Names, UnknownFormatTest,
                         ::testing::Values("", "gexf1.3", "GraphML", "json ", "graphml.xml",
                                           "neo4j"),
    [](const auto& info) { return testing::RowName(info.index, info.param); });

// A fresh, empty directory for one test.
fs::path EmptyDir(const std::string& name) {
  const fs::path dir = testing::ProgramScratchDir() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(WriteFileAtomicallyTest, WritesTheContent) {
  const fs::path dir = EmptyDir("writes");
  const std::string path = (dir / "graph.json").string();
  WriteFileAtomically(path, [](std::ostream& out) { out << "first\n"; });
  EXPECT_EQ(ReadFile(path), "first\n");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.json"});
}

TEST(WriteFileAtomicallyTest, ReplacesAnExistingFile) {
  const fs::path dir = EmptyDir("replaces");
  const std::string path = (dir / "graph.json").string();
  std::ofstream(path) << "old content that is longer than the new one\n";
  WriteFileAtomically(path, [](std::ostream& out) { out << "new\n"; });
  EXPECT_EQ(ReadFile(path), "new\n");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.json"});
}

TEST(WriteFileAtomicallyTest, MissingDirectoryThrowsNamingThePath) {
  const fs::path dir = EmptyDir("missing");
  const std::string path = (dir / "no" / "such" / "graph.json").string();
  try {
    WriteFileAtomically(path, [](std::ostream& out) { out << "x"; });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
  }
  EXPECT_TRUE(Names(dir).empty());
}

TEST(WriteFileAtomicallyTest, WriterThrowingKeepsTheOldFileAndLeavesNoTemporary) {
  const fs::path dir = EmptyDir("throws");
  const std::string path = (dir / "graph.json").string();
  std::ofstream(path) << "old\n";
  EXPECT_THROW(WriteFileAtomically(path,
                                   [](std::ostream& out) {
                                     out << "half of the new";
                                     throw std::logic_error("writer failed");
                                   }),
               std::logic_error);
  EXPECT_EQ(ReadFile(path), "old\n");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.json"});
}

TEST(WriteFileAtomicallyTest, FailedStreamThrowsAndKeepsTheOldFile) {
  const fs::path dir = EmptyDir("badstream");
  const std::string path = (dir / "graph.json").string();
  std::ofstream(path) << "old\n";
  EXPECT_THROW(WriteFileAtomically(path,
                                   [](std::ostream& out) {
                                     out << "partial";
                                     out.setstate(std::ios::badbit);
                                   }),
               std::runtime_error);
  EXPECT_EQ(ReadFile(path), "old\n");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.json"});
}

TEST(WriteFileAtomicallyTest, TargetThatIsADirectoryThrowsAndLeavesNoTemporary) {
  const fs::path dir = EmptyDir("isdir");
  const fs::path target = dir / "graph.json";
  fs::create_directory(target);
  EXPECT_THROW(WriteFileAtomically(target.string(), [](std::ostream& out) { out << "x"; }),
               std::runtime_error);
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.json"});
  EXPECT_TRUE(fs::is_directory(target));
}

TEST(WriteFileAtomicallyTest, RelativePathWritesIntoTheWorkingDirectory) {
  const fs::path dir = EmptyDir("relative");
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  WriteFileAtomically("graph.cypher", [](std::ostream& out) { out << "RETURN 1;\n"; });
  fs::current_path(previous);
  EXPECT_EQ(ReadFile((dir / "graph.cypher").string()), "RETURN 1;\n");
  EXPECT_EQ(Names(dir), std::vector<std::string>{"graph.cypher"});
}

}  // namespace
}  // namespace newsgraph
