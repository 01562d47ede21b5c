// Every format written for the small graph and compared whole against tests/export/golden/.
// NEWSGRAPH_UPDATE_GOLDEN=1 rewrites the golden files instead; review the diff before committing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "export/graph_writer.h"
#include "tests/export/test_graphs.h"

namespace newsgraph {
namespace {

using testing::ReadFile;
using testing::SmallGraph;
using testing::SmallGraphEntities;
using testing::SmallGraphRelations;
using testing::UpdateGolden;
using testing::WriteFileToString;
using testing::WriteToString;

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesGoldenFile) {
  const auto writer = MakeGraphWriter(GetParam());
  for (const std::string& name : writer->FileNames()) {
    const std::string path = std::string(NEWSGRAPH_TEST_DATA) + "/export/golden/" + name;
    const std::string actual = WriteFileToString(*writer, SmallGraph(), name);
    if (UpdateGolden()) {
      std::filesystem::create_directories(std::filesystem::path(path).parent_path());
      std::ofstream(path, std::ios::binary) << actual;
      continue;
    }
    const std::string expected = ReadFile(path);
    ASSERT_FALSE(expected.empty())
        << "missing golden file " << path << "; run with NEWSGRAPH_UPDATE_GOLDEN=1 to create it";
    EXPECT_EQ(actual, expected) << "output differs from " << path
                                << "; if the change is intended, rerun with "
                                   "NEWSGRAPH_UPDATE_GOLDEN=1 and review the diff";
  }
  if (UpdateGolden()) GTEST_SKIP() << "rewrote the golden files of " << GetParam();
}

TEST_P(GoldenTest, SameGraphGivesSameBytes) {
  const auto writer = MakeGraphWriter(GetParam());
  EXPECT_EQ(WriteToString(*writer, SmallGraph()), WriteToString(*writer, SmallGraph()));
}

TEST_P(GoldenTest, InputOrderDoesNotChangeOutput) {
  std::vector<Entity> entities = SmallGraphEntities();
  std::vector<Relation> relations = SmallGraphRelations();
  std::reverse(entities.begin(), entities.end());
  std::rotate(relations.begin(), relations.begin() + 1, relations.end());
  const auto writer = MakeGraphWriter(GetParam());
  std::vector<Article> articles = testing::SmallGraphArticles();
  std::reverse(articles.begin(), articles.end());
  EXPECT_EQ(WriteToString(*writer, KnowledgeGraph(entities, relations, articles)),
            WriteToString(*writer, SmallGraph()));
}

INSTANTIATE_TEST_SUITE_P(AllFormats, GoldenTest, ::testing::ValuesIn(GraphFormats()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace newsgraph
