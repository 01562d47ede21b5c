// End-to-end: what a new user meets first: --version, --help of every subcommand, the summary
// line of a build, and the installed program run from another directory.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "tests/e2e/run_program.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

using namespace e2e;

const fs::path kSource = NEWSGRAPH_SOURCE_DIR;

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++count;
  return count;
}

class FirstHour : public ::testing::Test {
 protected:
  testing::ScratchDir scratch_;
};

TEST_F(FirstHour, VersionNamesProgramAndEveryModel) {
  const Result result = RunNewsgraph("--version", scratch_.path());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out.rfind("newsgraph ", 0), 0u) << result.out;
  for (const auto& entry : fs::directory_iterator(kSource / "resources/models")) {
    const std::string name = entry.path().filename().string();
    EXPECT_NE(result.out.find("  " + name + "  " + std::to_string(entry.file_size()) + " bytes  "),
              std::string::npos)
        << name << " missing from:\n"
        << result.out;
  }
}

class SubcommandHelp : public FirstHour, public ::testing::WithParamInterface<const char*> {};

TEST_P(SubcommandHelp, ShowsAnExample) {
  const Result result = RunNewsgraph(std::string(GetParam()) + " --help", scratch_.path());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("Example"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("  newsgraph " + std::string(GetParam()) + " "), std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("=[]"), std::string::npos) << result.out;
}

INSTANTIATE_TEST_SUITE_P(Every, SubcommandHelp,
                         ::testing::Values("build", "extract", "train", "evaluate-parser",
                                           "evaluate-tagger", "learn-word-classes",
                                           "learn-name-types", "learn-boilerplate"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

TEST_F(FirstHour, BuildHelpShowsDefaults) {
  const Result result = RunNewsgraph("build --help", scratch_.path());
  EXPECT_NE(result.out.find("--formats TEXT=graphml,gexf,cypher,json,graphology"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("--threads UINT=one per core"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("--sectors TEXT:{merge,split}=merge"), std::string::npos);
}

// The summary counts the edges the GraphML holds (one per ordered pair of actors) and, apart,
// the relations JSON and Cypher list.
TEST_F(FirstHour, SummaryCountsWhatTheGraphmlHolds) {
  const fs::path out = scratch_.path() / "out";
  const Result result = RunNewsgraph(
      "build " + (kSource / "samples").string() + " -o " + out.string(), scratch_.path());
  ASSERT_EQ(result.status, 0) << result.err;
  const std::string graphml = ReadFile(out / "graph.graphml");
  const std::string json = ReadFile(out / "graph.json");
  const std::string expected = "8 documents, " + std::to_string(Count(graphml, "<node ")) +
                               " nodes, " + std::to_string(Count(graphml, "<edge ")) + " edges (" +
                               std::to_string(Count(json, "\"evidence\": [")) +
                               " relations) written to " + out.string();
  EXPECT_NE(result.err.find(expected), std::string::npos)
      << result.err << "\nexpected " << expected;
}

// `cmake --install` into a fresh prefix gives a program that runs from any directory: every
// resource is compiled in.
TEST_F(FirstHour, InstalledProgramRunsFromAnywhere) {
  const fs::path prefix = scratch_.path() / "prefix";
  const std::string install = "cmake --install '" + std::string(NEWSGRAPH_BUILD_DIR) +
                              "' --prefix '" + prefix.string() + "' > '" +
                              (scratch_.path() / "install.txt").string() + "' 2>&1";
  ASSERT_EQ(std::system(install.c_str()), 0) << ReadFile(scratch_.path() / "install.txt");
  const fs::path program = prefix / "bin/newsgraph";
  ASSERT_TRUE(fs::exists(program));
  const fs::path elsewhere = scratch_.path() / "elsewhere";
  fs::create_directories(elsewhere);
  fs::copy(kSource / "samples", elsewhere / "articles");
  const std::string run = "cd '" + elsewhere.string() + "' && '" + program.string() +
                          "' build articles -o out 2> err.txt";
  ASSERT_EQ(std::system(run.c_str()), 0) << ReadFile(elsewhere / "err.txt");
  EXPECT_EQ(ReadFile(elsewhere / "out/graph.graphml"),
            ReadFile(kSource / "tests/e2e/golden/graph.graphml"));
}

}  // namespace
}  // namespace newsgraph
