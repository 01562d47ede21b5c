#include "export/node_id.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

struct NodeIdCase {
  std::string key;
  std::string id;
};

TEST(NodeId, TurnsKeysIntoXmlNameTokens) {
  const std::vector<NodeIdCase> cases = {
      {"donald trump", "donald_trump"},
      {"russia/mil", "russia.mil"},
      {"at&t", "at-26t"},
      {"gpe:russia", "gpe:russia"},
      {"black_sea", "black-5Fsea"},
      {"a.b-c", "a-2Eb-2Dc"},
      {"путин", "-D0-BF-D1-83-D1-82-D0-B8-D0-BD"},
      {"\"}) DETACH DELETE n //", "-22-7D-29_DETACH_DELETE_n_.."},
      {"", "-"},
  };
  for (const NodeIdCase& row : cases) {
    Entity entity;
    entity.id = row.key;
    EXPECT_EQ(NodeId(entity), row.id) << row.key;
    EXPECT_EQ(NodeIdOfKey(row.key), row.id) << row.key;
  }
}

TEST(NodeId, DistinctKeysGiveDistinctIds) {
  const std::vector<std::string> keys = {"a b", "a_b", "a/b", "a.b", "a-b", "a-5Fb", "a:b", "ab"};
  std::set<std::string> ids;
  for (const std::string& key : keys) ids.insert(NodeIdOfKey(key));
  EXPECT_EQ(ids.size(), keys.size());
}

}  // namespace
}  // namespace newsgraph
