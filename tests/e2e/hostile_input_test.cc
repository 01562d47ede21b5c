// End-to-end hostile inputs and outputs: one row per way a file, a stream or an output path can
// lose records, replace what it should not, hang, or reach the terminal.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "tests/e2e/run_program.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

using namespace e2e;

const std::string kGoodRecords =
    "{\"id\":\"one\",\"text\":\"Russia accused Ukraine of attacking grain ships.\"}\n"
    "{\"id\":\"two\",\"text\":\"Iran condemned Israel on Monday.\"}\n";

struct HostileRow {
  std::string name;
  std::function<void(const fs::path& dir)> setup;
  std::string arguments;  // shell words; "DIR" stands for the row's scratch directory
  int status;             // expected exit status
  std::vector<std::string> err_has;
  std::vector<std::string> err_lacks;
  std::function<void(const fs::path& dir, const Result& result)> check;
};

void PrintTo(const HostileRow& row, std::ostream* out) { *out << row.name; }

std::string Expand(std::string text, const fs::path& dir) {
  for (std::size_t at; (at = text.find("DIR")) != std::string::npos;) text.replace(at, 3, dir.string());
  return text;
}

bool IsCharacterDevice(const fs::path& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISCHR(info.st_mode);
}

// The names in `dir` that start with '.', which only temporaries and staging directories do here.
std::vector<std::string> HiddenEntries(const fs::path& dir) {
  std::vector<std::string> hidden;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name[0] == '.') hidden.push_back(name);
  }
  return hidden;
}

std::size_t Lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

const HostileRow kRows[] = {
    {"DeeplyNestedJsonLineIsSkipped",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords + std::string(1000000, '[') + "\n");
     },
     "extract DIR/in.jsonl -o DIR/out.jsonl", 0, {"in.jsonl:3: skipped: arrays or objects nested"}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")), 2u);
       EXPECT_TRUE(HiddenEntries(dir).empty());
     }},
    {"DeeplyNestedAliasFileIsAnError",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords);
       WriteFile(dir / "aliases.json", "{\"actors\":" + std::string(1000000, '[') + "}");
     },
     "extract DIR/in.jsonl --aliases DIR/aliases.json", 1, {"nested over 32 levels deep"}, {}, {}},
    {"CharacterDeviceOutputIsWrittenInPlace",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords);
       if (::mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0)
         fs::create_symlink("/dev/null", dir / "null");
     },
     "extract DIR/in.jsonl -o DIR/null", 0, {}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_TRUE(IsCharacterDevice(dir / "null"));
       EXPECT_TRUE(IsCharacterDevice("/dev/null"));
       EXPECT_TRUE(HiddenEntries(dir).empty());
     }},
    {"FifoOutputIsWrittenInPlace",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords);
       ::mkfifo((dir / "pipe").c_str(), 0600);
     },
     "extract DIR/in.jsonl -o DIR/pipe & timeout 60 cat DIR/pipe > DIR/got; wait", 0, {}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_EQ(Lines(ReadFile(dir / "got")), 2u);
       EXPECT_FALSE(fs::is_regular_file(dir / "pipe"));
     }},
    {"OutputThatIsAnInputIsRefused",
     [](const fs::path& dir) { WriteFile(dir / "in.jsonl", kGoodRecords); },
     "extract DIR/in.jsonl -o DIR/./in.jsonl", 1, {"it is also an input"}, {},
     [](const fs::path& dir, const Result&) { EXPECT_EQ(ReadFile(dir / "in.jsonl"), kGoodRecords); }},
    {"MergeLogInsideAnInputDirectoryIsRefused",
     [](const fs::path& dir) {
       fs::create_directory(dir / "corpus");
       WriteFile(dir / "corpus" / "in.jsonl", kGoodRecords);
     },
     "build DIR/corpus -o DIR/out --merge-log DIR/corpus/merge.txt", 1,
     {"would be read as an article"}, {},
     [](const fs::path& dir, const Result&) { EXPECT_FALSE(fs::exists(dir / "out")); }},
    {"MergeLogThatIsAnInputPartialIsRefused",
     [](const fs::path& dir) { WriteFile(dir / "in.jsonl", kGoodRecords); },
     "$NEWSGRAPH extract DIR/in.jsonl --partial DIR/in.partial 2>/dev/null && "
     "cp DIR/in.partial DIR/copy.partial && "
     "timeout 60 $NEWSGRAPH merge DIR/in.partial -o DIR/out --merge-log DIR/./in.partial",
     1, {"refusing to write DIR/./in.partial: it is also an input"}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_EQ(ReadFile(dir / "in.partial"), ReadFile(dir / "copy.partial"));
       EXPECT_FALSE(fs::exists(dir / "out"));
     }},
    {"FifoInAnInputDirectoryIsSkipped",
     [](const fs::path& dir) {
       fs::create_directory(dir / "corpus");
       WriteFile(dir / "corpus" / "a.jsonl", kGoodRecords);
       ::mkfifo((dir / "corpus" / "b.jsonl").c_str(), 0600);
     },
     "extract DIR/corpus -o DIR/out.jsonl", 0, {"b.jsonl: skipped: not a regular file"}, {},
     [](const fs::path& dir, const Result&) { EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")), 2u); }},
    {"FifoNamedAsAnInputIsReadOnce",
     [](const fs::path& dir) {
       WriteFile(dir / "records", kGoodRecords);
       ::mkfifo((dir / "in.jsonl").c_str(), 0600);
     },
     "extract DIR/in.jsonl -o DIR/out.jsonl & cat DIR/records > DIR/in.jsonl; wait", 0, {}, {},
     [](const fs::path& dir, const Result&) { EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")), 2u); }},
    {"ArticleLimitHoldsAfterUtf8Repair",
     [](const fs::path& dir) {
       WriteFile(dir / "good.txt", "Iran condemned Israel on Monday.");
       WriteFile(dir / "bad.txt", std::string(6 << 20, '\xFF'));  // 18 MiB once repaired
     },
     "extract DIR/good.txt DIR/bad.txt -o DIR/out.jsonl", 0,
     {"bad.txt: skipped: 18874368 bytes after UTF-8 repair is over the 16777216-byte limit"}, {},
     [](const fs::path& dir, const Result&) { EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")), 1u); }},
    {"FullStandardOutputFailsWithTheReason",
     [](const fs::path& dir) { WriteFile(dir / "in.jsonl", kGoodRecords); },
     "extract DIR/in.jsonl > /dev/full", 1,
     {"cannot write to standard output: No space left on device"}, {}, {}},
    {"FullOutputFileFailsWithTheReason",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords);
       // A device of its own (or a link to one), so a program that replaces its output replaces
       // only this entry.
       if (::mknod((dir / "full").c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0)
         fs::create_symlink("/dev/full", dir / "full");
     },
     "extract DIR/in.jsonl -o DIR/full", 1, {"cannot write DIR/full: No space left on device"},
     {}, [](const fs::path& dir, const Result&) { EXPECT_TRUE(IsCharacterDevice(dir / "full")); }},
    {"ControlCharactersNeverReachTheTerminal",
     [](const fs::path& dir) {
       const std::string record =
           "{\"id\":\"x\\u001b]0;owned\\u0007\\u009b2J\",\"text\":\"Iran condemned Israel.\"}\n";
       WriteFile(dir / "in.jsonl", record + record);
     },
     "extract DIR/in.jsonl -o DIR/out.jsonl", 0, {"repeated id \"x\\x1B]0;owned\\x07\\u009B2J\""},
     {"\x1b", "\x07", "\xc2\x9b"}, {}},
    {"UnwritableOutputIsFoundBeforeTheWork",
     [](const fs::path& dir) {
       WriteFile(dir / "in.jsonl", kGoodRecords + "not json\n");
       fs::create_directories(dir / "out" / "graph.json");
     },
     "build DIR/in.jsonl -o DIR/out", 1, {"refusing to write DIR/out/graph.json"},
     {"malformed JSON"}, {}},
    {"UnwritableMergeLogIsFoundBeforeTheWork",
     [](const fs::path& dir) { WriteFile(dir / "in.jsonl", kGoodRecords + "not json\n"); },
     "build DIR/in.jsonl -o DIR/out --merge-log DIR/missing/merge.tsv", 1,
     {"cannot write DIR/missing/merge.tsv"}, {"malformed JSON"},
     [](const fs::path& dir, const Result&) { EXPECT_FALSE(fs::exists(dir / "out")); }},
    {"EmptyInputLeavesNoOutputDirectory",
     [](const fs::path& dir) { WriteFile(dir / "in.jsonl", "\n"); },
     "build DIR/in.jsonl -o DIR/out/graphs", 1, {"no usable document"}, {},
     [](const fs::path& dir, const Result&) { EXPECT_FALSE(fs::exists(dir / "out")); }},
    {"InterruptLeavesNoOutputDirectory",
     [](const fs::path& dir) { ::mkfifo((dir / "in.jsonl").c_str(), 0600); },
     "sleep 60 > DIR/in.jsonl & timeout -s INT 3 $NEWSGRAPH build DIR/in.jsonl -o DIR/out; "
     "echo $? > DIR/status; kill $!",
     0, {}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_EQ(ReadFile(dir / "status"), "124\n");
       EXPECT_FALSE(fs::exists(dir / "out"));
     }},
    {"InterruptRemovesTheTemporaryFile",
     [](const fs::path& dir) { ::mkfifo((dir / "in.jsonl").c_str(), 0600); },
     "sleep 60 > DIR/in.jsonl & timeout -s TERM 3 $NEWSGRAPH extract DIR/in.jsonl -o DIR/out.jsonl; "
     "kill $!",
     0, {}, {},
     [](const fs::path& dir, const Result&) {
       EXPECT_TRUE(HiddenEntries(dir).empty());
       EXPECT_FALSE(fs::exists(dir / "out.jsonl"));
     }},
};

class Hostile : public ::testing::TestWithParam<HostileRow> {};

TEST_P(Hostile, Row) {
  const HostileRow& row = GetParam();
  const testing::ScratchDir scratch;
  const fs::path& dir = scratch.path();
  fs::create_directories(dir / "scratch");
  const fs::path work = dir / "work";
  fs::create_directories(work);
  row.setup(work);
  // A row names the program as $NEWSGRAPH in a shell line, or gives its arguments alone. Every
  // run is bounded, so a hang fails the row instead of the whole suite.
  std::string line = Expand(row.arguments, work);
  if (row.arguments.find("$NEWSGRAPH") == std::string::npos) line = "timeout 60 $NEWSGRAPH " + line;
  const fs::path out = dir / "scratch" / "stdout.txt", err = dir / "scratch" / "stderr.txt";
  const int status = std::system(("(export NEWSGRAPH=" + std::string(NEWSGRAPH_BINARY) + "; " +
                                  line + ") >" + out.string() + " 2>" + err.string())
                                     .c_str());
  const Result result{WEXITSTATUS(status), ReadFile(out), ReadFile(err)};
  EXPECT_EQ(result.status, row.status) << result.err;
  for (const std::string& text : row.err_has)
    EXPECT_NE(result.err.find(Expand(text, work)), std::string::npos) << "missing: " << text << "\n" << result.err;
  for (const std::string& text : row.err_lacks)
    EXPECT_EQ(result.err.find(text), std::string::npos) << "present: " << text << "\n" << result.err;
  if (row.check) row.check(work, result);
}

INSTANTIATE_TEST_SUITE_P(Table, Hostile, ::testing::ValuesIn(kRows),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph
