// End-to-end tests: the newsgraph program on samples/ and on bad input.
#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/e2e/run_program.h"
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"

namespace newsgraph {
namespace {

using namespace e2e;

class EndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("newsgraph_e2e_" + std::to_string(::getpid()) + "_" + std::string(::testing::UnitTest::GetInstance()
                                                    ->current_test_info()
                                                    ->name()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }
  fs::path scratch_;
};

const fs::path kSource = NEWSGRAPH_SOURCE_DIR;

TEST_F(EndToEnd, SamplesMatchGoldenFilesWhateverTheThreadCount) {
  fs::path samples = kSource / "samples";
  for (const char* threads : {"1", "2", "3"}) {
    Result result = RunNewsgraph("build " + samples.string() + " -o " + (scratch_ / threads).string() +
                            " --threads " + threads + " --formats graphml,gexf,cypher,json,graphology,neo4j-csv",
                        scratch_);
    ASSERT_EQ(result.status, 0) << result.err;
  }
  fs::path golden = kSource / "tests/e2e/golden";
  fs::create_directories(golden / "neo4j");
  std::vector<std::string> names = {"graph.graphml", "graph.gexf", "graph.cypher", "graph.json",
                                    "graph.graphology.json"};
  for (const std::string& name : MakeGraphWriter("neo4j-csv")->FileNames())
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) names.push_back(name);
  for (const std::string& name : names) {
    std::string one = ReadFile(scratch_ / "1" / name);
    EXPECT_EQ(one, ReadFile(scratch_ / "2" / name)) << name;
    EXPECT_EQ(one, ReadFile(scratch_ / "3" / name)) << name;
    if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN")) WriteFile(golden / name, one);
    EXPECT_EQ(one, ReadFile(golden / name)) << name << " differs from tests/e2e/golden; review "
                                            << "and regenerate with NEWSGRAPH_UPDATE_GOLDEN=1";
  }
}

// The files import.sh names with --nodes= and --relationships=, in its order.
std::vector<std::string> FilesNamedByImportScript(const fs::path& script) {
  std::vector<std::string> files;
  std::istringstream lines(ReadFile(script));
  const std::regex argument(R"(^  --(nodes|relationships)=(?:[A-Za-z_]+=)?([a-z_]+\.csv) \\$)");
  std::smatch match;
  for (std::string line; std::getline(lines, line);)
    if (std::regex_match(line, match, argument)) files.push_back(match[2]);
  return files;
}

TEST_F(EndToEnd, ImportScriptNamesEveryCsvFileOfItsFolder) {
  Result result = RunNewsgraph("build " + (kSource / "samples").string() + " -o " +
                                   scratch_.string() + " --formats neo4j-csv",
                               scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::vector<std::string> named = FilesNamedByImportScript(scratch_ / "neo4j/import.sh");
  std::vector<std::string> written;
  for (const auto& entry : fs::directory_iterator(scratch_ / "neo4j"))
    if (entry.path().extension() == ".csv") written.push_back(entry.path().filename().string());
  EXPECT_GT(named.size(), 30u);
  std::sort(named.begin(), named.end());
  std::sort(written.begin(), written.end());
  EXPECT_EQ(named, written);
}

TEST_F(EndToEnd, SamplesGraphHasMergedActorsAndTracedEdges) {
  Result result = RunNewsgraph("build " + (kSource / "samples").string() + " -o " + scratch_.string() +
                          " --formats json",
                      scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  rapidjson::Document graph;
  std::string json = ReadFile(scratch_ / "graph.json");
  graph.Parse(json.c_str());
  ASSERT_FALSE(graph.HasParseError());
  std::map<std::string, std::string> label_of;
  for (const auto& node : graph["nodes"].GetArray()) {
    label_of[node["id"].GetString()] = node["label"].GetString();
    std::string label = node["label"].GetString();
    EXPECT_NE(label, "Moscow") << "capitals merge into their country";
    EXPECT_NE(label, "Washington") << "capitals merge into their country";
  }
  ASSERT_GT(graph["links"].Size(), 5u);
  bool cross_document = false;
  for (const auto& edge : graph["links"].GetArray()) {
    EXPECT_GT(edge["evidence"].Size(), 0u);
    EXPECT_FALSE(std::string(edge["evidence"][0]["text"].GetString()).empty());
    if (edge["documents"].GetUint() > 1) cross_document = true;
  }
  EXPECT_TRUE(cross_document) << "some relation should be supported by several articles";
}

TEST_F(EndToEnd, ExportsLoadInRealReaders) {
  Result result = RunNewsgraph("build " + (kSource / "samples").string() + " -o " +
                                   scratch_.string() + " --formats graphml,gexf,cypher,json,graphology,neo4j-csv",
                               scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::string command = (kSource / "tests/readers/check_exports.sh").string() + " " +
                        scratch_.string() + " > " + (scratch_ / "readers.txt").string() + " 2>&1";
  int status = std::system(command.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadFile(scratch_ / "readers.txt");
}

TEST_F(EndToEnd, ExtractWritesByteOffsets) {
  Result result = RunNewsgraph("extract " + (kSource / "samples").string() + " -o " +
                          (scratch_ / "out.jsonl").string(),
                      scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::ifstream lines(scratch_ / "out.jsonl");
  std::ifstream articles(kSource / "samples/articles.jsonl");
  std::map<std::string, std::string> text_of;
  for (std::string line; std::getline(articles, line);) {
    rapidjson::Document record;
    record.Parse(line.c_str());
    text_of[record["id"].GetString()] = record["text"].GetString();
  }
  std::size_t checked = 0;
  for (std::string line; std::getline(lines, line);) {
    rapidjson::Document record;
    record.Parse(line.c_str());
    ASSERT_FALSE(record.HasParseError()) << line;
    auto it = text_of.find(record["doc"].GetString());
    if (it == text_of.end()) continue;
    for (const auto& mention : record["mentions"].GetArray()) {
      std::size_t start = mention["start"].GetUint64(), end = mention["end"].GetUint64();
      EXPECT_EQ(it->second.substr(start, end - start), mention["text"].GetString());
      ++checked;
    }
  }
  EXPECT_GT(checked, 20u);
}

TEST_F(EndToEnd, BadInputIsReportedAndTheRestProcessed) {
  fs::path corpus = scratch_ / "corpus";
  fs::create_directories(corpus);
  WriteFile(corpus / "a_good.txt", "Russia accused Ukraine of shelling the city.\n");
  WriteFile(corpus / "b_binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  WriteFile(corpus / "c_invalid_utf8.txt", "Iran warned Israel \xff\xfe on Monday.\n");
  WriteFile(corpus / "d_empty.txt", "  \n");
  WriteFile(corpus / "e_lines.jsonl",
            "{\"id\": \"ok\", \"text\": \"NATO criticized Russia.\"}\n"
            "{\"id\": \"broken\", \"text\": \n"
            "[1, 2]\n");
  fs::path out = scratch_ / "out";
  Result result =
      RunNewsgraph("build " + corpus.string() + " " + (scratch_ / "missing.txt").string() + " -o " +
              out.string(),
          scratch_);
  EXPECT_EQ(result.status, 0) << result.err;
  for (const char* expected : {"missing.txt", "b_binary.txt", "c_invalid_utf8.txt", "d_empty.txt",
                               "e_lines.jsonl:2", "e_lines.jsonl:3"})
    EXPECT_NE(result.err.find(expected), std::string::npos) << expected << "\n" << result.err;
  std::string json = ReadFile(out / "graph.json");
  EXPECT_NE(json.find("\"Iran\""), std::string::npos) << "the repaired article is used";
  EXPECT_NE(json.find("\"NATO\""), std::string::npos) << "the good JSON line is used";
}

TEST_F(EndToEnd, NothingUsableFailsAndKeepsEarlierOutput) {
  fs::path out = scratch_ / "out";
  fs::create_directories(out);
  WriteFile(out / "graph.json", "earlier");
  WriteFile(scratch_ / "empty.txt", "");
  Result result = RunNewsgraph("build " + (scratch_ / "empty.txt").string() + " -o " + out.string(),
                      scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("no usable document"), std::string::npos) << result.err;
  EXPECT_EQ(ReadFile(out / "graph.json"), "earlier");
  EXPECT_NE(RunNewsgraph("build -o " + out.string(), scratch_).status, 0) << "inputs are required";
  EXPECT_NE(RunNewsgraph("build " + (kSource / "samples").string() + " -o " + out.string() +
                    " --formats gexf,nope",
                scratch_)
                .status,
            0);
}

TEST_F(EndToEnd, ReadsJsonLinesFromStandardInput) {
  fs::path input = scratch_ / "in.jsonl";
  WriteFile(input, "{\"id\": \"x\", \"text\": \"Moscow condemned the United States.\"}\n");
  std::string command = "cat " + input.string() + " | " + NEWSGRAPH_BINARY + " extract - > " +
                        (scratch_ / "out.jsonl").string();
  ASSERT_EQ(WEXITSTATUS(std::system(command.c_str())), 0);
  std::string out = ReadFile(scratch_ / "out.jsonl");
  EXPECT_NE(out.find("\"doc\":\"x\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"cameo\""), std::string::npos) << out;
}

}  // namespace
}  // namespace newsgraph
