// build --period: dyads.csv from the samples agrees with graph.json, and without --period no
// dyad table is written.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/e2e/run_program.h"

namespace newsgraph {
namespace {

using namespace e2e;

const fs::path kSamples = fs::path(NEWSGRAPH_SOURCE_DIR) / "samples";
using Pair = std::pair<std::string, std::string>;

class Dyads : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = fs::temp_directory_path() / ("newsgraph_dyads_" + std::to_string(::getpid()));
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override { fs::remove_all(scratch_); }
  fs::path scratch_;
};

// Per (source, target): the sum of the weights of its relations in graph.json.
std::map<Pair, std::size_t> WeightsOf(const std::string& json) {
  rapidjson::Document graph;
  graph.Parse(json.c_str());
  EXPECT_FALSE(graph.HasParseError());
  std::map<Pair, std::size_t> weights;
  for (const auto& link : graph["links"].GetArray())
    weights[{link["source"].GetString(), link["target"].GetString()}] += link["weight"].GetUint();
  return weights;
}

// Per (source, target): the sum of `events` over its rows, and the distinct periods seen.
std::map<Pair, std::size_t> EventsOf(const std::string& csv, std::vector<std::string>& periods) {
  std::map<Pair, std::size_t> events;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line.rfind("source,target,period,events,documents,goldstein_sum,", 0), 0u);
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
    EXPECT_EQ(fields.size(), 30u) << line;  // the samples hold no comma in an evidence id
    if (fields.size() < 4) continue;
    events[{fields[0], fields[1]}] += std::stoul(fields[3]);
    periods.push_back(fields[2]);
  }
  return events;
}

// Every article of samples/articles.jsonl is dated, so every supporting sentence is in a period:
// per pair, the events of dyads.csv add up to the weights of its relations in graph.json.
TEST_F(Dyads, EventsAddUpToTheGraphWeights) {
  const fs::path out = scratch_ / "monthly";
  const Result result = RunNewsgraph("build " + (kSamples / "articles.jsonl").string() + " -o " +
                                         out.string() + " --period month --formats json",
                                     scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("; 0 of "), std::string::npos) << result.err;  // none undated
  std::vector<std::string> periods;
  const std::map<Pair, std::size_t> events = EventsOf(ReadFile(out / "dyads.csv"), periods);
  EXPECT_EQ(events, WeightsOf(ReadFile(out / "graph.json")));
  std::sort(periods.begin(), periods.end());
  periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  EXPECT_GE(periods.size(), 3u);  // the samples spread over 2024
}

// The briefings' file names give no date: their sentences are in no period, and the summary's
// undated count is exactly what the dyad table lacks of the graph's weights.
TEST_F(Dyads, UndatedSentencesAreWhatTheTableLacks) {
  const fs::path out = scratch_ / "all";
  const Result result = RunNewsgraph(
      "build " + kSamples.string() + " -o " + out.string() + " --period month --formats json",
      scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::vector<std::string> periods;
  const std::map<Pair, std::size_t> events = EventsOf(ReadFile(out / "dyads.csv"), periods);
  std::size_t weights = 0, counted = 0;
  for (const auto& [pair, weight] : WeightsOf(ReadFile(out / "graph.json"))) {
    const auto it = events.find(pair);
    const std::size_t in_periods = it == events.end() ? 0 : it->second;
    EXPECT_LE(in_periods, weight);
    weights += weight;
    counted += in_periods;
  }
  const std::string undated = "; " + std::to_string(weights - counted) + " of " +
                              std::to_string(weights) + " supporting sentences undated";
  EXPECT_NE(result.err.find(undated), std::string::npos) << result.err << undated;
  EXPECT_GT(weights, counted);
}

TEST_F(Dyads, ZeroFillKeepsTheSums) {
  const fs::path out = scratch_ / "filled";
  const Result result =
      RunNewsgraph("build " + (kSamples / "articles.jsonl").string() + " -o " + out.string() +
                       " --period quarter --zero-fill --formats json",
                   scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  std::vector<std::string> periods;
  const std::map<Pair, std::size_t> events = EventsOf(ReadFile(out / "dyads.csv"), periods);
  EXPECT_EQ(events, WeightsOf(ReadFile(out / "graph.json")));
  EXPECT_EQ(periods.size() % events.size(), 0u);  // every pair has a row for every quarter
}

TEST_F(Dyads, NoTableWithoutPeriod) {
  const fs::path out = scratch_ / "plain";
  const Result result = RunNewsgraph(
      "build " + kSamples.string() + " -o " + out.string() + " --formats json", scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_FALSE(fs::exists(out / "dyads.csv"));
  EXPECT_EQ(result.err.find("periods"), std::string::npos) << result.err;
}

TEST_F(Dyads, ZeroFillNeedsAPeriod) {
  const Result result = RunNewsgraph(
      "build " + kSamples.string() + " -o " + (scratch_ / "x").string() + " --zero-fill", scratch_);
  EXPECT_NE(result.status, 0);
}

}  // namespace
}  // namespace newsgraph
