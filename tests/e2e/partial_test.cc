// End-to-end tests of partial graphs: extract --partial, merge in any order and grouping, build
// --update, and gzip input and output, all compared byte for byte with a plain build.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "extract/text/gzip_stream.h"
#include "tests/e2e/run_program.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

using namespace e2e;
using ::newsgraph::testing::ScratchDir;

const fs::path kSamples = fs::path(NEWSGRAPH_SOURCE_DIR) / "samples";
const fs::path kPartialData = fs::path(NEWSGRAPH_SOURCE_DIR) / "tests" / "e2e" / "partial";
// Every format, per-period counts (dyads.csv), the per-period snapshots and the merge log.
const std::string kGraphOptions =
    " --formats graphml,gexf,cypher,json,graphology,neo4j-csv --period month --snapshots";

// Four shards of one corpus: the samples' JSONL, their two .txt articles, and synthetic articles
// sharing their names (with a copy of one article under another id and an id used twice).
struct Shard {
  std::string name;
  std::string inputs;
};
const std::vector<Shard>& Shards() {
  static const std::vector<Shard> shards = {
      {"a", (kSamples / "articles.jsonl").string()},
      {"b", (kSamples / "2024-07-briefing.txt").string() + " " +
                (kSamples / "2024-09-briefing.txt").string()},
      {"c", (kPartialData / "synthetic.jsonl").string()},
      {"d", (kPartialData / "copies.jsonl").string()},
  };
  return shards;
}

std::string AllInputs() {
  std::string inputs;
  for (const Shard& shard : Shards()) inputs += " " + shard.inputs;
  return inputs;
}

// Every file under `directory` by its relative path, with its bytes.
std::map<std::string, std::string> FilesUnder(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), directory).string()] = ReadFile(entry.path());
  }
  return files;
}

void ExpectSameFiles(const fs::path& expected, const fs::path& actual) {
  const auto want = FilesUnder(expected), got = FilesUnder(actual);
  ASSERT_FALSE(want.empty());
  EXPECT_EQ(want.size(), got.size()) << actual;
  for (const auto& [name, bytes] : want) {
    auto it = got.find(name);
    ASSERT_NE(it, got.end()) << name << " missing from " << actual;
    EXPECT_TRUE(it->second == bytes) << name << " differs in " << actual;
  }
}

class PartialGraphs : public ::testing::Test {
 protected:
  fs::path Path(const std::string& name) const { return scratch_.path() / name; }
  Result Run(const std::string& arguments) { return RunNewsgraph(arguments, scratch_.path()); }
  void RunOk(const std::string& arguments) {
    Result result = Run(arguments);
    ASSERT_EQ(result.status, 0) << arguments << "\n" << result.err;
  }
  // Builds every input in one process into `directory`, with its merge log beside it.
  void BuildAll(const std::string& directory) {
    RunOk("build" + AllInputs() + " -o " + Path(directory).string() + kGraphOptions +
          " --merge-log " + Path(directory + ".log").string());
  }
  void ExtractShards() {
    for (const Shard& shard : Shards())
      RunOk("extract " + shard.inputs + " --partial " + Path(shard.name + ".partial.gz").string());
  }
  // "merge" and the paths of `parts`, appended (no temporaries: no GCC -Wrestrict false positive).
  std::string MergeOf(const std::vector<std::string>& parts) const {
    std::string arguments = "merge";
    for (const std::string& part : parts) arguments.append(" ").append(Path(part).string());
    return arguments;
  }
  void Merge(const std::vector<std::string>& parts, const std::string& target) {
    RunOk(MergeOf(parts) + " -o " + Path(target).string() + kGraphOptions + " --merge-log " +
          Path(target + ".log").string());
  }
  void MergeToPartial(const std::vector<std::string>& parts, const std::string& target) {
    RunOk(MergeOf(parts) + " --partial " + Path(target).string());
  }
  void ExpectSameGraph(const std::string& expected, const std::string& actual) {
    ExpectSameFiles(Path(expected), Path(actual));
    EXPECT_TRUE(ReadFile(Path(expected + ".log")) == ReadFile(Path(actual + ".log"))) << actual;
  }

  ScratchDir scratch_;
};

// Three orders and groupings of the same four partials, and build over all of them, give the same
// bytes in every format, the merge log and the kept partial included.
TEST_F(PartialGraphs, MergeInAnyOrderAndGroupingEqualsBuild) {
  BuildAll("build");
  ExtractShards();
  Merge({"a.partial.gz", "b.partial.gz", "c.partial.gz", "d.partial.gz"}, "forward");
  Merge({"d.partial.gz", "c.partial.gz", "b.partial.gz", "a.partial.gz"}, "backward");
  MergeToPartial({"d.partial.gz", "b.partial.gz"}, "db.partial");
  MergeToPartial({"c.partial.gz", "a.partial.gz"}, "ca.partial.gz");
  Merge({"ca.partial.gz", "db.partial"}, "tree");
  ExpectSameGraph("build", "forward");
  ExpectSameGraph("build", "backward");
  ExpectSameGraph("build", "tree");
  // The copy and the repeated id resolve by the canonical order: "aa-reprint" precedes "syn-1".
  EXPECT_NE(ReadFile(Path("build.log")).find("#\tsyn-1\tcopy of\taa-reprint"), std::string::npos);
  EXPECT_NE(ReadFile(Path("build") / "graph.json").find("syn-2#2"), std::string::npos);
}

// Two shards of one site whose shared banner occurs once in each: extracted with the counts
// learned per shard and added up, their partials merge into the graph of one build; with each
// shard's own counts they do not (the banner's triple stays). The sum does not depend on order.
TEST_F(PartialGraphs, ShardsWithMergedBoilerplateCountsEqualBuild) {
  const std::string site1 = (kPartialData / "site_1.jsonl").string();
  const std::string site2 = (kPartialData / "site_2.jsonl").string();
  RunOk("learn-boilerplate " + site1 + " -o " + Path("1.counts.gz").string());
  RunOk("learn-boilerplate " + site2 + " -o " + Path("2.counts").string());
  RunOk("learn-boilerplate --merge " + Path("1.counts.gz").string() + " " +
        Path("2.counts").string() + " -o " + Path("12.counts.gz").string());
  RunOk("learn-boilerplate --merge " + Path("2.counts").string() + " " +
        Path("1.counts.gz").string() + " -o " + Path("21.counts.gz").string());
  RunOk("learn-boilerplate " + site1 + " " + site2 + " -o " + Path("all.counts.gz").string());
  EXPECT_TRUE(ReadFile(Path("12.counts.gz")) == ReadFile(Path("21.counts.gz")));
  EXPECT_TRUE(ReadFile(Path("12.counts.gz")) == ReadFile(Path("all.counts.gz")));

  RunOk("build " + site1 + " " + site2 + " -o " + Path("build").string() + kGraphOptions +
        " --merge-log " + Path("build.log").string());
  const std::string counts = " --boilerplate " + Path("12.counts.gz").string();
  RunOk("extract " + site1 + counts + " --partial " + Path("1.partial.gz").string());
  RunOk("extract " + site2 + counts + " --partial " + Path("2.partial.gz").string());
  Merge({"1.partial.gz", "2.partial.gz"}, "merged");
  ExpectSameGraph("build", "merged");
  RunOk("build " + site1 + " " + site2 + counts + " -o " + Path("counted").string() +
        kGraphOptions + " --merge-log " + Path("counted.log").string());
  ExpectSameGraph("build", "counted");

  RunOk("extract " + site1 + " --partial " + Path("1-own.partial.gz").string());
  RunOk("extract " + site2 + " --partial " + Path("2-own.partial.gz").string());
  Merge({"1-own.partial.gz", "2-own.partial.gz"}, "own");
  const std::string json = ReadFile(Path("build") / "graph.json");
  EXPECT_FALSE(ReadFile(Path("own") / "graph.json") == json);
  EXPECT_EQ(json.find("condemns"), std::string::npos);
}

// Counts of another format version are refused, naming the file; nothing is written.
TEST_F(PartialGraphs, RefusesOtherBoilerplateCounts) {
  const std::string site1 = (kPartialData / "site_1.jsonl").string();
  RunOk("learn-boilerplate " + site1 + " -o " + Path("1.counts").string());
  std::string other = ReadFile(Path("1.counts"));
  other.replace(0, other.find('\n'), "newsgraph boilerplate counts 2");
  WriteFile(Path("other.counts"), other);
  for (const std::string& command :
       {"extract " + site1 + " --partial " + Path("out").string() + " --boilerplate ",
        "learn-boilerplate -o " + Path("out").string() + " --merge " + Path("1.counts").string() +
            " "}) {
    Result result = Run(command + Path("other.counts").string());
    EXPECT_NE(result.status, 0) << command;
    EXPECT_NE(result.err.find(Path("other.counts").string() +
                              " line 1: boilerplate counts format version 2, but this newsgraph "
                              "reads version 1"),
              std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(Path("out"))) << command;
  }
}

// A merged partial merged again equals merging its parts directly, and holds the same bytes as
// the partial build keeps.
TEST_F(PartialGraphs, MergedPartialEqualsDirectMerge) {
  BuildAll("build");
  ExtractShards();
  MergeToPartial({"b.partial.gz", "a.partial.gz", "d.partial.gz", "c.partial.gz"},
                 "all.partial.gz");
  Merge({"all.partial.gz"}, "again");
  ExpectSameGraph("build", "again");
  EXPECT_TRUE(ReadFile(Path("all.partial.gz")) == ReadFile(Path("build") / "graph.partial.gz"));
}

// --update adds new articles to an earlier build: the result equals a fresh build over all;
// held ids are skipped, and running it again changes nothing.
TEST_F(PartialGraphs, UpdateEqualsFreshBuild) {
  const std::vector<Shard>& shards = Shards();
  RunOk("build " + shards[0].inputs + " " + shards[1].inputs + " " + shards[2].inputs + " -o " +
        Path("fresh").string() + kGraphOptions + " --merge-log " + Path("fresh.log").string());
  RunOk("build " + shards[0].inputs + " " + shards[2].inputs + " -o " + Path("updated").string() +
        kGraphOptions);
  // The first shard again: its ids are held and skipped.
  const std::string update = "build " + shards[0].inputs + " " + shards[1].inputs + " -o " +
                             Path("updated").string() + kGraphOptions + " --update --merge-log " +
                             Path("updated.log").string();
  Result first = Run(update);
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("2 new documents added, 6 skipped"), std::string::npos) << first.err;
  ExpectSameGraph("fresh", "updated");
  Result again = Run(update);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 new documents added, 8 skipped"), std::string::npos) << again.err;
  ExpectSameGraph("fresh", "updated");
}

TEST_F(PartialGraphs, UpdateNeedsAnEarlierBuild) {
  Result result = Run("build " + Shards()[0].inputs + " -o " + Path("none").string() + " --update");
  EXPECT_NE(result.status, 0);
  EXPECT_NE(result.err.find("graph.partial.gz"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(Path("none")));
}

// A partial of another format version, a truncated one and a corrupt one are refused with a
// message naming the file; nothing is written.
TEST_F(PartialGraphs, RefusesOtherVersionsAndDamagedPartials) {
  RunOk("extract " + Shards()[0].inputs + " --partial " + Path("a.partial").string());
  std::string plain = ReadFile(Path("a.partial"));
  std::string other = plain;
  other.replace(other.find("\"version\":1"), 11, "\"version\":99");
  WriteFile(Path("other.partial"), other);
  WriteFile(Path("cut.partial"), plain.substr(0, plain.rfind("{\"end\"")));
  const std::string gz = GzipBytes(plain);
  WriteFile(Path("cut.partial.gz"), gz.substr(0, gz.size() / 2));
  std::string flipped = gz;
  flipped[gz.size() / 2] = static_cast<char>(flipped[gz.size() / 2] ^ 0x55);
  WriteFile(Path("flipped.partial.gz"), flipped);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"other.partial", "version 99, but this newsgraph reads version 1"},
      {"cut.partial", "truncated"},
      {"cut.partial.gz", "truncated"},
      {"flipped.partial.gz", "flipped.partial.gz"},
  };
  for (const auto& [name, message] : cases) {
    Result result = Run("merge " + Path("a.partial").string() + " " + Path(name).string() + " -o " +
                        Path("out").string());
    EXPECT_NE(result.status, 0) << name;
    EXPECT_NE(result.err.find(Path(name).string()), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(Path("out"))) << name;
  }
}

// The graph stage applies the actor dictionary again: partials extracted under other dictionary
// options than the merge's (or the update's) are refused.
TEST_F(PartialGraphs, RefusesAnotherDictionary) {
  RunOk("extract " + Shards()[0].inputs + " --partial " + Path("a.partial.gz").string());
  Result merge =
      Run("merge " + Path("a.partial.gz").string() + " --no-capitals -o " + Path("out").string());
  EXPECT_NE(merge.status, 0);
  EXPECT_NE(merge.err.find("a.partial.gz was extracted with other actor dictionary options"),
            std::string::npos)
      << merge.err;
  EXPECT_FALSE(fs::exists(Path("out")));
  RunOk("build " + Shards()[0].inputs + " -o " + Path("built").string());
  Result update =
      Run("build " + Shards()[1].inputs + " --no-capitals --update -o " + Path("built").string());
  EXPECT_NE(update.status, 0);
  EXPECT_NE(update.err.find("other actor dictionary options"), std::string::npos) << update.err;
}

// .jsonl.gz and .txt.gz articles, named or in a directory, give the graph of the plain files.
TEST_F(PartialGraphs, GzipInputEqualsPlainInput) {
  fs::create_directories(Path("plain"));
  fs::create_directories(Path("gz"));
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    const std::string name = entry.path().filename().string();
    if (name == "README.md") continue;
    fs::copy_file(entry.path(), Path("plain") / name);
    WriteFile(Path("gz") / (name + ".gz"), GzipBytes(ReadFile(entry.path())));
  }
  RunOk("build " + Path("plain").string() + " -o " + Path("from-plain").string() + kGraphOptions);
  RunOk("build " + Path("gz").string() + " -o " + Path("from-gz").string() + kGraphOptions);
  ExpectSameFiles(Path("from-plain"), Path("from-gz"));
  RunOk("extract " + (Path("gz") / "articles.jsonl.gz").string() + " -o " +
        Path("named.jsonl").string());
  RunOk("extract " + (kSamples / "articles.jsonl").string() + " -o " +
        Path("plain.jsonl").string());
  EXPECT_TRUE(ReadFile(Path("named.jsonl")) == ReadFile(Path("plain.jsonl")));
}

// extract -o FILE.gz writes gzip holding exactly the plain output.
TEST_F(PartialGraphs, ExtractWritesGzip) {
  RunOk("extract " + kSamples.string() + " -o " + Path("x.jsonl").string());
  RunOk("extract " + kSamples.string() + " -o " + Path("x.jsonl.gz").string());
  const std::string gz = ReadFile(Path("x.jsonl.gz"));
  ASSERT_TRUE(HasGzipMagic(gz));
  EXPECT_TRUE(gz == GzipBytes(ReadFile(Path("x.jsonl"))));
}

// A damaged .gz in a directory is reported by name (and line, for JSONL) and the rest is read.
TEST_F(PartialGraphs, DamagedGzipInADirectoryIsReportedAndSkipped) {
  fs::create_directories(Path("in"));
  const std::string articles = ReadFile(kSamples / "articles.jsonl");
  WriteFile(Path("in") / "good.jsonl.gz", GzipBytes(articles));
  const std::string gz = GzipBytes(ReadFile(kPartialData / "synthetic.jsonl"));
  WriteFile(Path("in") / "cut.jsonl.gz", gz.substr(0, gz.size() - 12));
  const char junk[] = "\x1f\x8b\x08\x00 not gzip at all";
  WriteFile(Path("in") / "junk.txt.gz", std::string(junk, sizeof junk - 1));
  Result result = Run("build " + Path("in").string() + " -o " + Path("out").string());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("cut.jsonl.gz:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("junk.txt.gz: corrupt gzip data"), std::string::npos) << result.err;
  EXPECT_NE(ReadFile(Path("out") / "graph.json").find("sample-006"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
