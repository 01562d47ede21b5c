// Reading graph.json back, the comparison's edge cases, Markdown escaping, and where the graphs
// of a build and of its periods are found.
#include "compare/graph_diff.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "compare/diff_inputs.h"
#include "compare/diff_report.h"
#include "compare/graph_snapshot.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

GraphSnapshot Read(const std::string& text) {
  std::istringstream in(text);
  return ReadGraphSnapshot(in, "g.json");
}

// The message of the std::runtime_error `action` throws, or "" when it throws none.
template <typename Action>
std::string ErrorOf(Action action) {
  try {
    action();
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return "";
}

struct BadGraph {
  const char* name;
  const char* text;
  const char* message;
};

class BadGraphs : public ::testing::TestWithParam<BadGraph> {};

TEST_P(BadGraphs, AreRefusedWithTheReason) {
  EXPECT_EQ(ErrorOf([] { Read(GetParam().text); }), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadGraphs,
    ::testing::Values(
        BadGraph{"NotJson", "{\"nodes\": [",
                 "g.json: not a node-link graph: Invalid value. (byte 11)"},
        BadGraph{"AnArray", "[]", "g.json: not a node-link graph: the top level is not an object"},
        BadGraph{"NoNodes", "{\"links\": []}", "g.json: not a node-link graph: no \"nodes\" array"},
        BadGraph{"NoLinks", "{\"nodes\": []}", "g.json: not a node-link graph: no \"links\" array"},
        BadGraph{"NodeWithoutId", "{\"nodes\": [{\"label\": \"x\"}], \"links\": []}",
                 "g.json: not a node-link graph: an entry without a string \"id\""},
        BadGraph{"TwoNodesOneId", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}], \"links\": []}",
                 "g.json: not a node-link graph: two nodes with id \"a\""},
        BadGraph{"EdgeToNowhere",
                 "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": "
                 "\"b\"}]}",
                 "g.json: not a node-link graph: an edge to \"b\", which is not a node"},
        BadGraph{"BadUtf8", "{\"nodes\": [{\"id\": \"\xC3\"}], \"links\": []}",
                 "g.json: not a node-link graph: Invalid encoding in string. (byte 19)"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadGraphSnapshot, ReadsDeepNestingWithoutRecursion) {
  const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  EXPECT_EQ(ErrorOf([&] { Read("{\"nodes\": " + deep + "}"); }),
            "g.json: not a node-link graph: a node that is not an object");
}

TEST(ReadGraphSnapshot, TakesDefaultsAndMergesEdgesOfOneIdentity) {
  const GraphSnapshot graph = Read(
      "{\"nodes\": [{\"id\": \"b\"}, {\"id\": 7}], \"edges\": ["
      "{\"source\": \"b\", \"target\": 7, \"relation\": \"meets\", \"quad\": 1},"
      "{\"source\": \"b\", \"target\": 7, \"label\": \"meets\", \"weight\": 2, \"quad\": 4}]}");
  ASSERT_EQ(graph.nodes.size(), 2u);
  EXPECT_EQ(graph.nodes[0].id, "7");  // sorted by id
  EXPECT_EQ(graph.nodes[1].label, "b");
  ASSERT_EQ(graph.edges.size(), 1u);
  EXPECT_EQ(graph.edges[0].label, "meets");
  EXPECT_EQ(graph.edges[0].weight, 3u);  // 1 by default, plus 2
  EXPECT_EQ(graph.edges[0].quad, 1);
}

TEST(ReadGraphSnapshotFile, NamesAMissingFile) {
  EXPECT_EQ(ErrorOf([] { ReadGraphSnapshotFile("/nonexistent/graph.json"); }),
            "/nonexistent/graph.json: cannot read: No such file or directory");
}

TEST(CompareGraphs, TwoEmptyGraphsHaveNoSimilarityFigures) {
  const GraphDiff diff = CompareGraphs({}, {});
  EXPECT_FALSE(diff.edge_jaccard);
  EXPECT_FALSE(diff.dyad_jaccard);
  EXPECT_FALSE(diff.weight_correlation);
}

TEST(CompareGraphs, EqualGraphsAreFullySimilar) {
  const GraphSnapshot graph = Read(
      "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": ["
      "{\"source\": \"a\", \"target\": \"b\", \"label\": \"x\", \"weight\": 1},"
      "{\"source\": \"b\", \"target\": \"a\", \"label\": \"y\", \"weight\": 4}]}");
  const GraphDiff diff = CompareGraphs(graph, graph);
  EXPECT_EQ(diff.edge_jaccard, 1.0);
  EXPECT_EQ(diff.weight_correlation, 1.0);
  EXPECT_TRUE(diff.weight_increases.empty());
  EXPECT_TRUE(diff.degree_movers.empty());
}

TEST(CompareGraphs, ADyadWithEqualSidesHasNoClassAndDoesNotFlip) {
  const std::string nodes = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": [";
  const GraphSnapshot older =
      Read(nodes + "{\"source\": \"a\", \"target\": \"b\", \"label\": \"x\", \"quad\": 1}]}");
  const GraphSnapshot newer =
      Read(nodes +
           "{\"source\": \"a\", \"target\": \"b\", \"label\": \"x\", \"quad\": 1},"
           "{\"source\": \"a\", \"target\": \"b\", \"label\": \"y\", \"quad\": 4}]}");
  EXPECT_TRUE(CompareGraphs(older, newer).flips.empty());
}

struct MarkdownCase {
  const char* name;
  const char* text;
  const char* markdown;
};

class MarkdownTexts : public ::testing::TestWithParam<MarkdownCase> {};

TEST_P(MarkdownTexts, RenderAsThemselvesOnOneLine) {
  EXPECT_EQ(MarkdownText(GetParam().text), GetParam().markdown);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MarkdownTexts,
    ::testing::Values(MarkdownCase{"Plain", "Türkiye meets Russia.", "Türkiye meets Russia."},
                      MarkdownCase{"Pipe", "a | b", "a \\| b"},
                      MarkdownCase{"Html", "<script>&amp;", "\\<script\\>\\&amp;"},
                      MarkdownCase{"Emphasis", "*a* _b_ ~c~ `d`",
                                   "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\`"},
                      MarkdownCase{"Link", "![x](y) [z]", "\\!\\[x\\](y) \\[z\\]"},
                      MarkdownCase{"Heading", "# h \\", "\\# h \\\\"},
                      MarkdownCase{"Newlines", "a\nb\r\nc\td", "a b  c d"},
                      MarkdownCase{"Escape", "\x1b[31mred", " \\[31mred"},
                      MarkdownCase{"LineSeparator",
                                   "a\xE2\x80\xA8"
                                   "b",
                                   "a b"},
                      MarkdownCase{"C1Control",
                                   "a\xC2\x85"
                                   "b",
                                   "a b"},
                      MarkdownCase{"BidiOverride",
                                   "a\xE2\x80\xAE"
                                   "b\xE2\x81\xA6"
                                   "c",
                                   "abc"},
                      MarkdownCase{"BadUtf8",
                                   "a\xFF"
                                   "b\xC3",
                                   "a\xEF\xBF\xBD"
                                   "b\xEF\xBF\xBD"},
                      MarkdownCase{"Overlong", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"}),
    [](const auto& info) { return std::string(info.param.name); });

class InputPaths : public ::testing::Test {
 protected:
  void MakeGraph(const fs::path& folder) {
    fs::create_directories(scratch_.path() / folder);
    std::ofstream(scratch_.path() / folder / "graph.json") << "{}";
  }
  std::string Dir() const { return scratch_.path().string(); }
  testing::ScratchDir scratch_;
};

TEST_F(InputPaths, ABuildsGraph) {
  EXPECT_EQ(ErrorOf([&] { BuildGraphPath(Dir()); }),
            Dir() +
                " has no graph.json: build it with json among --formats (e.g. --formats "
                "graphml,json)");
  MakeGraph(".");
  EXPECT_EQ(fs::path(BuildGraphPath(Dir())), scratch_.path() / "graph.json");
  EXPECT_EQ(ErrorOf([&] { BuildGraphPath(Dir() + "/graph.json"); }),
            Dir() + "/graph.json: not a build directory (newsgraph build ... -o DIR)");
}

TEST_F(InputPaths, APeriodsGraph) {
  const std::string advice = "build with --period and --snapshots, with json among --formats";
  EXPECT_EQ(ErrorOf([&] { PeriodGraphPath(Dir(), "2024-Q1"); }),
            Dir() + " has no period snapshots (periods/<period>/graph.json): " + advice);
  MakeGraph("periods/2024-Q3");
  MakeGraph("periods/2024-Q1");
  fs::create_directories(scratch_.path() / "periods" / "2024-Q2");  // no graph.json: not listed
  EXPECT_EQ(fs::path(PeriodGraphPath(Dir(), "2024-Q1")),
            scratch_.path() / "periods" / "2024-Q1" / "graph.json");
  EXPECT_EQ(ErrorOf([&] { PeriodGraphPath(Dir(), "2024-Q2"); }),
            Dir() + " has no snapshot of period 2024-Q2; periods present: 2024-Q1, 2024-Q3 (" +
                advice + ")");
  for (const std::string key : {"", "..", "2024/Q1"}) {
    std::string message = "\"";
    message.append(key).append("\" is not a period key (e.g. 2024-06, 2024-Q1)");
    EXPECT_EQ(ErrorOf([&] { PeriodGraphPath(Dir(), key); }), message);
  }
}

}  // namespace
}  // namespace newsgraph
