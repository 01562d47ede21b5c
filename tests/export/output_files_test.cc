// Output files: in-place writes to devices and FIFOs, refusals, reasons for failures, and one
// build's files replaced together whatever step fails.
#include "export/output_files.h"
#include "tests/scratch_dir.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

fs::path EmptyDir(const std::string& name) {
  const fs::path dir = testing::ProgramScratchDir() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Every entry under `dir` (hidden ones included), sorted: "file=content", "directory/", and
// other kinds by name alone.
std::vector<std::string> Contents(const fs::path& dir) {
  std::vector<std::string> entries;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = fs::relative(entry.path(), dir).string();
    entries.push_back(entry.is_directory()      ? name + "/"
                      : entry.is_regular_file() ? name + "=" + ReadFile(entry.path())
                                                : name);
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

const std::vector<std::string> kNames = {"graph.graphml", "graph.cypher", "graph.json"};

TEST(AtomicFileTest, WritesIntoAFifoInPlace) {
  const fs::path dir = EmptyDir("fifo");
  const std::string fifo = (dir / "out.jsonl").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  WriteFileAtomically(fifo, [](std::ostream& out) { out << "through the pipe\n"; });
  reader.join();
  EXPECT_EQ(received, "through the pipe\n");
  struct stat info;
  ASSERT_EQ(::stat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_EQ(Contents(dir), std::vector<std::string>{"out.jsonl"});
}

TEST(AtomicFileTest, WritesIntoACharacterDeviceInPlace) {
  const fs::path dir = EmptyDir("device");
  const std::string device = (dir / "null").string();
  if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0)
    GTEST_SKIP() << "cannot make a device node here";
  WriteFileAtomically(device, [](std::ostream& out) { out << "discarded\n"; });
  struct stat info;
  ASSERT_EQ(::stat(device.c_str(), &info), 0);
  EXPECT_TRUE(S_ISCHR(info.st_mode));
  EXPECT_EQ(Contents(dir), std::vector<std::string>{"null"});
}

TEST(AtomicFileTest, FullDiskGivesTheReason) {
  const fs::path dir = EmptyDir("full");
  const std::string full = (dir / "full").string();
  if (::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0)
    GTEST_SKIP() << "cannot make a device node here";
  try {
    WriteFileAtomically(full, [](std::ostream& out) { out << std::string(1 << 20, 'x'); });
    FAIL() << "no error writing to a full device";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()), "cannot write " + full + ": No space left on device");
  }
}

TEST(AtomicFileTest, RefusesASocketOrDirectoryAndFindsAMissingDirectoryAtOnce) {
  const fs::path dir = EmptyDir("refuses");
  fs::create_directory(dir / "sub");
  EXPECT_THROW(AtomicFile((dir / "sub").string()), std::runtime_error);
  EXPECT_THROW(AtomicFile((dir / "missing" / "x.jsonl").string()), std::runtime_error);
  EXPECT_EQ(Contents(dir), std::vector<std::string>{"sub/"});
}

TEST(AtomicFileTest, RemovesTemporariesOfEndedProcessesOnly) {
  const fs::path dir = EmptyDir("stale");
  const std::string ended = ".out.jsonl.tmp-2147483646-00000000000000ab";
  const std::string running = ".out.jsonl.tmp-" + std::to_string(::getpid()) + "-00000000000000cd";
  WriteFile(dir / ended, "left by a killed run");
  WriteFile(dir / running, "being written");
  WriteFileAtomically((dir / "out.jsonl").string(), [](std::ostream& out) { out << "new"; });
  EXPECT_EQ(Contents(dir), (std::vector<std::string>{running + "=being written", "out.jsonl=new"}));
}

// One row per step of a build that can fail.
class InterruptedBuild : public ::testing::TestWithParam<std::string> {};

TEST_P(InterruptedBuild, LeavesThePreviousOutputsIntactAndNoStaging) {
  const fs::path dir = EmptyDir("interrupted");
  for (const std::string& name : kNames) WriteFile(dir / name, "old " + name);
  const std::vector<std::string> before = Contents(dir);
  auto fail_at = [&](std::string_view step) {
    if (step == GetParam()) throw std::runtime_error("simulated failure");
  };
  EXPECT_THROW(
      {
        StagedOutputs staged(dir.string(), kNames, fail_at);
        for (const std::string& name : kNames)
          staged.Write(name, [&](std::ostream& out) { out << "new " << name; });
        staged.Commit();
      },
      std::runtime_error);
  EXPECT_EQ(Contents(dir), before);
}

TEST_P(InterruptedBuild, OfAFirstBuildLeavesNoDirectory) {
  const fs::path dir = EmptyDir("first") / "out" / "graphs";
  auto fail_at = [&](std::string_view step) {
    if (step == GetParam()) throw std::runtime_error("simulated failure");
  };
  EXPECT_THROW(
      {
        StagedOutputs staged(dir.string(), kNames, fail_at);
        for (const std::string& name : kNames)
          staged.Write(name, [&](std::ostream& out) { out << "new " << name; });
        staged.Commit();
      },
      std::runtime_error);
  EXPECT_FALSE(fs::exists(dir.parent_path()));
}

INSTANTIATE_TEST_SUITE_P(EveryStep, InterruptedBuild,
                         ::testing::Values("write graph.graphml", "write graph.cypher",
                                           "write graph.json", "commit", "rename graph.graphml",
                                           "rename graph.cypher", "rename graph.json"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace_if(name.begin(), name.end(),
                                           [](char c) { return !std::isalnum(c); }, '_');
                           return name;
                         });

TEST(StagedOutputsTest, ReplacesEveryFileAndLeavesNothingElse) {
  const fs::path dir = EmptyDir("staged");
  for (const std::string& name : kNames) WriteFile(dir / name, "old " + name);
  {
    StagedOutputs staged(dir.string(), kNames);
    for (const std::string& name : kNames)
      staged.Write(name, [&](std::ostream& out) { out << "new " << name; });
    staged.Commit();
  }
  EXPECT_EQ(Contents(dir),
            (std::vector<std::string>{"graph.cypher=new graph.cypher", "graph.graphml=new graph.graphml",
                                      "graph.json=new graph.json"}));
}

TEST(StagedOutputsTest, FinishesACommittedStagingAndRemovesAnUncommittedOne) {
  const fs::path dir = EmptyDir("recovers");
  // A run killed between its renames: graph.graphml moved, the other two still staged.
  WriteFile(dir / "graph.graphml", "new graph.graphml");
  WriteFile(dir / "graph.cypher", "old graph.cypher");
  WriteFile(dir / "graph.json", "old graph.json");
  const fs::path committed = dir / ".newsgraph-staging-2147483646";
  fs::create_directories(committed / ".previous");
  WriteFile(committed / ".committed", "");
  WriteFile(committed / "graph.cypher", "new graph.cypher");
  WriteFile(committed / "graph.json", "new graph.json");
  // A run killed while writing.
  const fs::path uncommitted = dir / ".newsgraph-staging-2147483645";
  fs::create_directories(uncommitted / ".previous");
  WriteFile(uncommitted / "graph.json", "half");
  { StagedOutputs staged(dir.string(), kNames); }
  EXPECT_EQ(Contents(dir),
            (std::vector<std::string>{"graph.cypher=new graph.cypher", "graph.graphml=new graph.graphml",
                                      "graph.json=new graph.json"}));
}

TEST(StagedOutputsTest, RefusesATargetThatIsNotARegularFile) {
  const fs::path dir = EmptyDir("fifo_target");
  ASSERT_EQ(::mkfifo((dir / "graph.json").c_str(), 0600), 0);
  EXPECT_THROW(StagedOutputs(dir.string(), kNames), std::runtime_error);
  EXPECT_EQ(Contents(dir), std::vector<std::string>{"graph.json"});
}

TEST(StagedOutputsTest, RefusalLeavesNoDirectoryBehind) {
  const fs::path dir = EmptyDir("refusal") / "made";
  // A name that is a directory is refused once `dir` exists, and `dir` goes again.
  EXPECT_THROW(StagedOutputs(dir.string(), {"graph.json", ".."}), std::runtime_error);
  EXPECT_FALSE(fs::exists(dir));
}

TEST(StagedOutputsTest, AbandonRemovesTheStagingAndTheDirectoriesItMade) {
  const fs::path dir = EmptyDir("abandon") / "made";
  StagedOutputs staged(dir.string(), kNames);
  staged.Write("graph.json", [](std::ostream& out) { out << "partial"; });
  staged.Abandon();
  EXPECT_FALSE(fs::exists(dir));
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

const std::vector<std::string> kFolderNames = {"graph.json", "neo4j/actors.csv", "neo4j/import.sh"};

void StageAll(StagedOutputs& staged, const std::string& version) {
  for (const std::string& name : kFolderNames) {
    staged.Write(
        name, [&](std::ostream& out) { out << version << " " << name; },
        name.ends_with(".sh"));
  }
}

TEST(StagedOutputsTest, MakesSubFoldersOnCommitAndReplacesTheirFilesTogether) {
  const fs::path dir = EmptyDir("sub_folders");
  for (const std::string version : {"old", "new"}) {
    StagedOutputs staged(dir.string(), kFolderNames);
    StageAll(staged, version);
    EXPECT_EQ(fs::exists(dir / "neo4j"), version == "new") << "no folder before the first commit";
    staged.Commit();
  }
  EXPECT_EQ(Contents(dir), (std::vector<std::string>{"graph.json=new graph.json", "neo4j/",
                                                     "neo4j/actors.csv=new neo4j/actors.csv",
                                                     "neo4j/import.sh=new neo4j/import.sh"}));
  struct stat info;
  ASSERT_EQ(::stat((dir / "neo4j/import.sh").c_str(), &info), 0);
  EXPECT_NE(info.st_mode & S_IXUSR, 0u);
  ASSERT_EQ(::stat((dir / "neo4j/actors.csv").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & S_IXUSR, 0u);
  fs::remove_all(dir);
}

TEST(StagedOutputsTest, FailedRenameRemovesTheSubFolderItMade) {
  const fs::path dir = EmptyDir("sub_folder_rollback");
  WriteFile(dir / "graph.json", "old graph.json");
  {
    StagedOutputs staged(dir.string(), kFolderNames, [](std::string_view step) {
      if (step == "rename neo4j/import.sh") throw std::runtime_error("simulated failure");
    });
    StageAll(staged, "new");
    EXPECT_THROW(staged.Commit(), std::runtime_error);
  }
  EXPECT_EQ(Contents(dir), (std::vector<std::string>{"graph.json=old graph.json"}));
  fs::remove_all(dir);
}

TEST(StagedOutputsTest, RefusesASubFolderThatIsAFile) {
  const fs::path dir = EmptyDir("sub_folder_file");
  WriteFile(dir / "neo4j", "a file");
  EXPECT_THROW(StagedOutputs(dir.string(), kFolderNames), std::runtime_error);
  EXPECT_EQ(Contents(dir), std::vector<std::string>{"neo4j=a file"});
  fs::remove_all(dir);
}

TEST(StagedOutputsTest, FinishesACommittedStagingWithSubFolders) {
  const fs::path dir = EmptyDir("sub_folder_recovery");
  fs::create_directories(dir / "neo4j");
  WriteFile(dir / "neo4j/actors.csv", "old neo4j/actors.csv");
  const fs::path committed = dir / ".newsgraph-staging-2147483646";
  fs::create_directories(committed / ".previous/neo4j");
  fs::create_directories(committed / "neo4j");
  WriteFile(committed / ".committed", "");
  WriteFile(committed / "neo4j/actors.csv", "new neo4j/actors.csv");
  { StagedOutputs staged(dir.string(), kFolderNames); }
  EXPECT_EQ(Contents(dir), (std::vector<std::string>{"neo4j/",
                                                     "neo4j/actors.csv=new neo4j/actors.csv"}));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

// An earlier build's snapshots: two months, of which the new build has only one.
void WriteOldPeriods(const fs::path& dir) {
  for (const std::string period : {"2019-01", "2019-02"}) {
    fs::create_directories(dir / "periods" / period);
    WriteFile(dir / "periods" / period / "graph.json", "old " + period);
  }
  WriteFile(dir / "graph.json", "old graph.json");
}

void StageNewPeriods(StagedOutputs& staged) {
  staged.StageFolder("periods");
  staged.Write("graph.json", [](std::ostream& out) { out << "new graph.json"; });
  for (const std::string period : {"2019-02", "2019-03"}) {
    staged.Write("periods/" + period + "/graph.json",
                 [&](std::ostream& out) { out << "new " << period; });
  }
}

const std::vector<std::string> kOldPeriods = {
    "graph.json=old graph.json",       "periods/",
    "periods/2019-01/",                "periods/2019-01/graph.json=old 2019-01",
    "periods/2019-02/",                "periods/2019-02/graph.json=old 2019-02"};
const std::vector<std::string> kNewPeriods = {
    "graph.json=new graph.json",       "periods/",
    "periods/2019-02/",                "periods/2019-02/graph.json=new 2019-02",
    "periods/2019-03/",                "periods/2019-03/graph.json=new 2019-03"};

TEST(StagedFolderTest, ReplacesTheFolderWholeSoNoStalePeriodSurvives) {
  const fs::path dir = EmptyDir("staged_folder");
  WriteOldPeriods(dir);
  {
    StagedOutputs staged(dir.string(), {"graph.json"});
    StageNewPeriods(staged);
    EXPECT_TRUE(fs::exists(dir / "periods/2019-01")) << "replaced only on commit";
    staged.Commit();
  }
  EXPECT_EQ(Contents(dir), kNewPeriods);
}

TEST(StagedFolderTest, FirstBuildMakesTheFolder) {
  const fs::path dir = EmptyDir("staged_folder_first") / "out";
  {
    StagedOutputs staged(dir.string(), {"graph.json"});
    StageNewPeriods(staged);
    staged.Commit();
  }
  EXPECT_EQ(Contents(dir), kNewPeriods);
}

class InterruptedSnapshots : public ::testing::TestWithParam<std::string> {};

TEST_P(InterruptedSnapshots, LeaveTheEarlierPeriodsWhole) {
  const fs::path dir = EmptyDir("staged_folder_failure");
  WriteOldPeriods(dir);
  {
    StagedOutputs staged(dir.string(), {"graph.json"}, [](std::string_view step) {
      if (step == GetParam()) throw std::runtime_error("simulated failure");
    });
    EXPECT_THROW(
        {
          StageNewPeriods(staged);
          staged.Commit();
        },
        std::runtime_error);
  }
  EXPECT_EQ(Contents(dir), kOldPeriods);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, InterruptedSnapshots,
                         ::testing::Values("write periods/2019-03/graph.json", "commit",
                                           "replace periods", "rename graph.json"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace_if(name.begin(), name.end(),
                                           [](char c) { return !std::isalnum(c); }, '_');
                           return name;
                         });

TEST(StagedFolderTest, AbandonLeavesTheEarlierPeriods) {
  const fs::path dir = EmptyDir("staged_folder_abandon");
  WriteOldPeriods(dir);
  StagedOutputs staged(dir.string(), {"graph.json"});
  StageNewPeriods(staged);
  staged.Abandon();
  EXPECT_EQ(Contents(dir), kOldPeriods);
}

TEST(StagedFolderTest, RefusesAFolderThatIsAFile) {
  const fs::path dir = EmptyDir("staged_folder_file");
  WriteFile(dir / "periods", "a file");
  StagedOutputs staged(dir.string(), {"graph.json"});
  EXPECT_THROW(staged.StageFolder("periods"), std::runtime_error);
}

// A run killed after its commit mark, before its folder moved: the next run puts the staged
// folder in place of the old one, not beside it.
TEST(StagedFolderTest, FinishesACommittedStagingByReplacingTheFolder) {
  const fs::path dir = EmptyDir("staged_folder_recovery");
  WriteOldPeriods(dir);
  const fs::path committed = dir / ".newsgraph-staging-2147483646";
  fs::create_directories(committed / ".previous");
  fs::create_directories(committed / "periods/2019-02");
  fs::create_directories(committed / "periods/2019-03");
  WriteFile(committed / ".committed", "periods\n");
  WriteFile(committed / "graph.json", "new graph.json");
  WriteFile(committed / "periods/2019-02/graph.json", "new 2019-02");
  WriteFile(committed / "periods/2019-03/graph.json", "new 2019-03");
  { StagedOutputs staged(dir.string(), {"graph.json"}); }
  EXPECT_EQ(Contents(dir), kNewPeriods);
}

}  // namespace
}  // namespace newsgraph
