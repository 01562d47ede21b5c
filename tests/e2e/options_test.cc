// End-to-end tests: the newsgraph program accepts user alias files and PETRARCH dictionaries.
#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/e2e/run_program.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

using namespace e2e;

class Options : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() /
               ("newsgraph_options_" + std::to_string(::getpid()) + "_" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
    WriteFile(scratch_ / "aliases.json", R"j({
      "actors": [{"name": "Russian Federation Government", "type": "GPE",
                  "aliases": ["Russia", "Moscow"], "codes": {"wikidata": "Q159"}}],
      "do_not_merge": [["Washington", "United States"]]
    })j");
    WriteFile(scratch_ / "test.actors.txt",
              "# test dictionary\n"
              "UNITED_STATES_ [USA]\n"
              "+WASHINGTON_\n"
              "SOMEONE_NEW_\n"
              "\t[XXXGOV >20000101]\n"
              "\t[XXXGOV 20201301-20201302]\n");
  }
  void TearDown() override { fs::remove_all(scratch_); }

  fs::path scratch_;
};

const fs::path kSamples = fs::path(NEWSGRAPH_SOURCE_DIR) / "samples";

TEST_F(Options, BuildTakesAliasesAndActorDictionaries) {
  Result result =
      RunNewsgraph("build --aliases " + (scratch_ / "aliases.json").string() + " --actors " +
                       (scratch_ / "test.actors.txt").string() + " --actors " +
                       (scratch_ / "test.actors.txt").string() + " " + kSamples.string() + " -o " +
                       (scratch_ / "out").string() + " --formats json --merge-log " +
                       (scratch_ / "merge.log").string(),
                   scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  // The malformed dated code is reported with its file and line (once per --actors).
  EXPECT_NE(result.err.find("test.actors.txt:6: invalid date"), std::string::npos) << result.err;

  std::string log = ReadFile(scratch_ / "merge.log");
  EXPECT_NE(log.find("\tRussia\tuser alias file"), std::string::npos) << log;
  EXPECT_EQ(log.find("\tWashington\tactor dictionary"), std::string::npos) << log;
  EXPECT_NE(log.find("russian federation government\n"), std::string::npos) << log;

  std::string json = ReadFile(scratch_ / "out" / "graph.json");
  EXPECT_NE(json.find("Q159"), std::string::npos);
}

TEST_F(Options, ExtractTakesTheSameOptions) {
  Result result = RunNewsgraph("extract --aliases " + (scratch_ / "aliases.json").string() +
                                   " --actors " + (scratch_ / "test.actors.txt").string() + " " +
                                   (kSamples / "articles.jsonl").string(),
                               scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("\"doc\""), std::string::npos);
}

// Every triple states its factuality; a hypothetical event is written apart and never drawn.
TEST_F(Options, HypotheticalEventsStayOutOfTheGraph) {
  WriteFile(scratch_ / "events.jsonl",
            R"j({"id": "a", "text": "Kenya accused Uganda of smuggling weapons. If Kenya invades Uganda, Rwanda will respond."})j"
            "\n");
  Result result = RunNewsgraph("extract " + (scratch_ / "events.jsonl").string(), scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::size_t hypotheticals = result.out.find("\"hypotheticals\":[{");
  ASSERT_NE(hypotheticals, std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"factuality\":\"asserted\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"factuality\":\"hypothetical\"", hypotheticals), std::string::npos)
      << result.out;

  result = RunNewsgraph("build " + (scratch_ / "events.jsonl").string() + " -o " +
                            (scratch_ / "out").string() + " --formats json",
                        scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::string json = ReadFile(scratch_ / "out" / "graph.json");
  EXPECT_NE(json.find("\"accuses\""), std::string::npos) << json;
  EXPECT_EQ(json.find("invades"), std::string::npos) << json;
}

// The GEXF's lines without "<viz:color"; the colour lines are returned in `colors`.
std::string WithoutColors(const std::string& gexf, std::vector<std::string>& colors) {
  std::istringstream lines(gexf);
  std::string rest;
  for (std::string line; std::getline(lines, line);) {
    (line.find("<viz:color") == std::string::npos ? rest : colors.emplace_back()) += line + "\n";
  }
  return rest;
}

TEST_F(Options, ColorCommunityChangesOnlyTheGexfNodeColours) {
  for (const char* color : {"type", "community"}) {
    Result result = RunNewsgraph("build " + kSamples.string() + " -o " +
                                     (scratch_ / color).string() + " --formats gexf --color " +
                                     color,
                                 scratch_);
    ASSERT_EQ(result.status, 0) << result.err;
  }
  std::vector<std::string> by_type, by_community;
  EXPECT_EQ(WithoutColors(ReadFile(scratch_ / "type" / "graph.gexf"), by_type),
            WithoutColors(ReadFile(scratch_ / "community" / "graph.gexf"), by_community));
  ASSERT_EQ(by_type.size(), by_community.size());
  EXPECT_NE(by_type, by_community);
  EXPECT_NE(RunNewsgraph("build " + kSamples.string() + " -o " + (scratch_ / "x").string() +
                             " --color degree",
                         scratch_)
                .status,
            0);
}

// extract writes both dates of a triple; build dates edges by the event unless told otherwise;
// a .txt article takes --date when its name carries none.
TEST_F(Options, TriplesCarryReportAndEventDatesAndTimeBasisChooses) {
  WriteFile(scratch_ / "briefing.txt", "Britain bombed Germany in 1945.\n");
  const std::string input = (scratch_ / "briefing.txt").string();
  Result result = RunNewsgraph("extract --date 2024-03-01 " + input, scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("\"report_date\":\"2024-03-01\",\"event_date\":\"1945-01-01\","
                            "\"event_date_precision\":\"year\""),
            std::string::npos)
      << result.out;

  for (const std::string basis : {"event", "report"}) {
    result = RunNewsgraph("build --date 2024-03-01 " + input + " -o " +
                              (scratch_ / basis).string() + " --formats json --time-basis " + basis,
                          scratch_);
    ASSERT_EQ(result.status, 0) << result.err;
    const std::string json = ReadFile(scratch_ / basis / "graph.json");
    const std::string first = basis == "event" ? "1945-01-01" : "2024-03-01";
    EXPECT_NE(json.find("\"first_seen\": \"" + first + "\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"last_seen\": \"" + first + "\""), std::string::npos) << json;
  }
  result = RunNewsgraph("extract --date 2024-02-30 " + input, scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("YYYY-MM-DD"), std::string::npos) << result.err;
}

TEST_F(Options, BadAliasFileFailsWithItsName) {
  WriteFile(scratch_ / "bad.json", R"j({"actors": [{"name": "X", "type": "NORP"}]})j");
  Result result = RunNewsgraph("build --aliases " + (scratch_ / "bad.json").string() + " " +
                                   kSamples.string() + " -o " + (scratch_ / "out").string(),
                               scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("bad.json: actors[0]: \"type\" must be"), std::string::npos)
      << result.err;
  result = RunNewsgraph("build --actors " + (scratch_ / "missing.txt").string() + " " +
                            kSamples.string() + " -o " + (scratch_ / "out").string(),
                        scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("missing.txt"), std::string::npos) << result.err;
}

TEST_F(Options, LearnCommandsWriteTheirListsFromArticles) {
  const fs::path classes = scratch_ / "classes.tsv.gz";
  Result result = RunNewsgraph(
      "learn-word-classes --classes 8 " + kSamples.string() + " -o " + classes.string(), scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("learned word classes from 8 documents"), std::string::npos)
      << result.err;
  // The list is read back as the NER model's word classes.
  result = RunNewsgraph("learn-name-types " + kSamples.string() + " --ner-model " +
                            (fs::path(NEWSGRAPH_SOURCE_DIR) / "resources/models/ner.model.gz")
                                .string() +
                            " --word-classes " + classes.string() + " -o " +
                            (scratch_ / "types.tsv.gz").string(),
                        scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_TRUE(fs::file_size(scratch_ / "types.tsv.gz") > 20);

  // Nothing to learn from: an error, and no list is written.
  WriteFile(scratch_ / "empty.txt", "");
  result = RunNewsgraph("learn-word-classes " + (scratch_ / "empty.txt").string() + " -o " +
                            (scratch_ / "none.tsv.gz").string(),
                        scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("no articles read"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(scratch_ / "none.tsv.gz"));
}

// The parser learns from the tags --write-tagged wrote (--pos-folds 0) as it learned from the tags
// the POS model gave while writing them: the same model, byte for byte.
TEST_F(Options, ParserTrainsAgainFromTheTagsItWrote) {
  WriteFile(scratch_ / "tiny.conllu",
            "1\tRebels\t_\t_\tNN\t_\t2\tnsubj\t_\t_\n"
            "2\tattacked\t_\t_\tNN\t_\t0\troot\t_\t_\n"
            "3\tthe\t_\t_\tNN\t_\t4\tdet\t_\t_\n"
            "4\tcity\t_\t_\tNN\t_\t2\tobj\t_\t_\n"
            "5\t.\t_\t_\tNN\t_\t2\tpunct\t_\t_\n\n");
  const std::string tagged = (scratch_ / "tagged.conllu").string();
  Result result = RunNewsgraph("train --task parse --epochs 2 --train " +
                                   (scratch_ / "tiny.conllu").string() + " --write-tagged " +
                                   tagged + " -o " + (scratch_ / "a.model.gz").string(),
                               scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  const std::string written = ReadFile(tagged);
  EXPECT_NE(written.find("1\tRebels\t_\t_\tNNS\t_\t2\tnsubj\t_\t_\n"), std::string::npos)
      << written;
  result = RunNewsgraph("train --task parse --epochs 2 --pos-folds 0 --train " + tagged + " -o " +
                            (scratch_ / "b.model.gz").string(),
                        scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(ReadFile(scratch_ / "a.model.gz"), ReadFile(scratch_ / "b.model.gz"));
}

TEST_F(Options, HelpDescribesTheFormats) {
  Result result = RunNewsgraph("build --help", scratch_);
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("--aliases"), std::string::npos);
  EXPECT_NE(result.out.find("do_not_merge"), std::string::npos);
  EXPECT_NE(result.out.find("--actors"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
