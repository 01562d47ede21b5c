// `newsgraph diff` as a user runs it: two build directories, two periods of one build, and the
// mistakes a user can make.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/e2e/run_program.h"
#include "tests/scratch_dir.h"

namespace newsgraph::e2e {
namespace {

const fs::path kData = fs::path(NEWSGRAPH_TEST_DATA) / "compare" / "data";

class DiffCommand : public ::testing::Test {
 protected:
  // Copies the hand-made graph `name` to `folder`/graph.json under the scratch directory.
  void Place(const std::string& name, const fs::path& folder) {
    fs::create_directories(Path(folder));
    fs::copy_file(kData / name / "graph.json", Path(folder) / "graph.json");
  }
  fs::path Path(const fs::path& relative) const { return scratch_.path() / relative; }
  Result Diff(const std::string& arguments) {
    return RunNewsgraph("diff " + arguments, scratch_.path());
  }
  newsgraph::testing::ScratchDir scratch_;
};

TEST_F(DiffCommand, TwoBuilds) {
  Place("spring", "spring");
  Place("summer", "summer");
  const Result result = Diff(Path("spring").string() + " " + Path("summer").string() + " -o " +
                             Path("report").string());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("nodes: 1 appeared, 1 disappeared, 3 persisted; edges: 2 appeared, 2 "
                            "disappeared, 2 persisted; cooperation/conflict flips: 1;"),
            std::string::npos)
      << result.err;
  EXPECT_NE(ReadFile(Path("report/diff.json")).find("\"name\": \"" + Path("spring").string()),
            std::string::npos);
  EXPECT_NE(ReadFile(Path("report/diff.md")).find("## Cooperation ↔ conflict flips (1)"),
            std::string::npos);
}

TEST_F(DiffCommand, TwoPeriodsOfOneBuild) {
  Place("spring", "out/periods/2024-Q1");
  Place("summer", "out/periods/2024-Q3");
  const Result result =
      Diff(Path("out").string() + " --from 2024-Q1 --to 2024-Q3 -o " + Path("out/diff").string());
  ASSERT_EQ(result.status, 0) << result.err;
  const std::string json = ReadFile(Path("out/diff/diff.json"));
  EXPECT_NE(json.find("\"name\": \"2024-Q1\""), std::string::npos);
  EXPECT_NE(json.find("\"name\": \"2024-Q3\""), std::string::npos);
  EXPECT_NE(ReadFile(Path("out/diff/diff.md")).find("# Graph comparison: 2024-Q1 → 2024-Q3"),
            std::string::npos);
}

TEST_F(DiffCommand, AMissingPeriodListsThePeriodsPresent) {
  Place("spring", "out/periods/2024-Q1");
  Place("summer", "out/periods/2024-Q3");
  const Result result =
      Diff(Path("out").string() + " --from 2024-Q1 --to 2024-Q2 -o " + Path("report").string());
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("has no snapshot of period 2024-Q2; periods present: 2024-Q1, "
                            "2024-Q3 (build with --period and --snapshots"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(Path("report")));
}

struct Mistake {
  const char* name;
  const char* arguments;  // {old}, {new} stand for two build directories
  const char* message;
};

class DiffMistakes : public DiffCommand, public ::testing::WithParamInterface<Mistake> {};

TEST_P(DiffMistakes, FailWithAMessage) {
  Place("spring", "old");
  fs::create_directories(Path("new"));  // a build without graph.json
  std::string arguments = GetParam().arguments;
  for (const auto& [token, folder] : {std::pair{"{old}", "old"}, std::pair{"{new}", "new"}}) {
    for (std::size_t at = arguments.find(token); at != std::string::npos;
         at = arguments.find(token))
      arguments.replace(at, 5, Path(folder).string());
  }
  const Result result = Diff(arguments + " -o " + Path("report").string());
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find(GetParam().message), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(Path("report")));
}

INSTANTIATE_TEST_SUITE_P(
    Table, DiffMistakes,
    ::testing::Values(
        Mistake{"NoGraphJson", "{old} {new}",
                "has no graph.json: build it with json among --formats"},
        Mistake{"OneBuild", "{old}", "give two build directories (OLD NEW), or one with --from"},
        Mistake{"ThreeBuilds", "{old} {new} {old}", "give two build directories (OLD NEW)"},
        Mistake{"FromWithoutTo", "{old} --from 2024-Q1", "--from and --to go together"},
        Mistake{"TwoBuildsAndPeriods", "{old} {new} --from a --to b",
                "with --from and --to, give one build directory"},
        Mistake{"NoPeriods", "{old} --from a --to b",
                "has no period snapshots (periods/<period>/graph.json): build with --period"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace newsgraph::e2e
