#include "extract/syntax/transition_system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

// A state after applying `moves` (arcs labelled 0) to a sentence of `words` words.
ArcHybridState After(int words, const std::vector<Move>& moves) {
  ArcHybridState state;
  state.Reset(words);
  for (Move move : moves) {
    EXPECT_TRUE(state.IsValid(move)) << "move " << move;
    state.Apply(move, 0);
  }
  return state;
}

struct PreconditionCase {
  const char* name;
  int words;
  std::vector<Move> moves;
  bool shift, left, right;
};

TEST(ArcHybridTest, Preconditions) {
  const PreconditionCase cases[] = {
      {"start", 3, {}, true, false, false},
      {"one on the stack", 3, {kShift}, true, true, false},
      {"two on the stack", 3, {kShift, kShift}, true, true, true},
      {"root next, two on the stack", 2, {kShift, kShift}, false, false, true},
      {"root next, one on the stack", 1, {kShift}, false, true, false},
      {"after a left arc", 2, {kShift, kLeftArc}, true, false, false},
  };
  for (const auto& c : cases) {
    const ArcHybridState state = After(c.words, c.moves);
    EXPECT_EQ(state.IsValid(kShift), c.shift) << c.name;
    EXPECT_EQ(state.IsValid(kLeftArc), c.left) << c.name;
    EXPECT_EQ(state.IsValid(kRightArc), c.right) << c.name;
    const Move only = c.shift + c.left + c.right != 1 ? kNoMove
                      : c.shift                        ? kShift
                      : c.left                         ? kLeftArc
                                                       : kRightArc;
    EXPECT_EQ(state.OnlyValidMove(), only) << c.name;
  }
}

TEST(ArcHybridTest, ShiftPushesTheFirstBufferWord) {
  const ArcHybridState state = After(3, {kShift, kShift});
  EXPECT_EQ(state.stack_size(), 2);
  EXPECT_EQ(state.Stack(0), 1);
  EXPECT_EQ(state.Stack(1), 0);
  EXPECT_EQ(state.Stack(2), -1);
  EXPECT_EQ(state.Buffer(0), 2);
  EXPECT_EQ(state.Buffer(1), 3);  // the root
  EXPECT_EQ(state.Buffer(2), -1);
}

TEST(ArcHybridTest, LeftArcAttachesTheStackTopToTheBufferFront) {
  ArcHybridState state = After(3, {kShift, kShift});
  EXPECT_EQ(state.HeadOf(kLeftArc), 2);
  EXPECT_EQ(state.DependentOf(kLeftArc), 1);
  state.Apply(kLeftArc, 7);
  EXPECT_EQ(state.arcs(1).head, 2);
  EXPECT_EQ(state.arcs(1).label, 7);
  EXPECT_EQ(state.arcs(2).leftmost[0], 1);
  EXPECT_EQ(state.arcs(2).left_count, 1);
  EXPECT_EQ(state.Stack(0), 0);
  state.Apply(kLeftArc, 8);  // the farther word becomes the leftmost dependent
  EXPECT_EQ(state.arcs(2).leftmost[0], 0);
  EXPECT_EQ(state.arcs(2).leftmost[1], 1);
  EXPECT_EQ(state.stack_size(), 0);
}

TEST(ArcHybridTest, RightArcAttachesTheStackTopToTheWordBelow) {
  ArcHybridState state = After(3, {kShift, kShift});
  EXPECT_EQ(state.HeadOf(kRightArc), 0);
  state.Apply(kRightArc, 5);
  EXPECT_EQ(state.arcs(1).head, 0);
  EXPECT_EQ(state.arcs(0).rightmost[0], 1);
  EXPECT_EQ(state.arcs(0).right_count, 1);
  EXPECT_EQ(state.Stack(0), 0);
  EXPECT_EQ(state.Buffer(0), 2);
}

TEST(ArcHybridTest, EveryParseEndsWithOneRootWord) {
  ArcHybridState state = After(3, {kShift, kShift, kShift});
  while (!state.IsTerminal()) {
    state.Apply(state.IsValid(kRightArc) ? kRightArc : kLeftArc, 0);
  }
  int roots = 0;
  for (int w = 0; w < 3; ++w) roots += state.arcs(w).head == state.root();
  EXPECT_EQ(roots, 1);
}

// Gold heads with the root as word n.
std::vector<int> RootAtEnd(std::vector<int> heads) {
  const int n = static_cast<int>(heads.size());
  for (int& h : heads) h = h < 0 ? n : h;
  return heads;
}

std::vector<int> Costs(const ArcHybridState& state, const std::vector<int>& heads) {
  int costs[kNumMoves];
  MoveCosts(state, RootAtEnd(heads), costs);
  return {costs[kShift], costs[kLeftArc], costs[kRightArc]};
}

TEST(DynamicOracleTest, CostsOnASmallTree) {
  // "a b c": b is the root, a and c depend on it.
  const std::vector<int> heads = {1, -1, 1};
  EXPECT_EQ(Costs(After(3, {kShift}), heads)[kLeftArc], 0);
  // Shifting b over a: a can no longer depend on b, nor b on the root.
  EXPECT_EQ(Costs(After(3, {kShift}), heads)[kShift], 2);
  // b shifted over a (its root arc is lost already): attaching b now also loses c.
  const std::vector<int> wrong = Costs(After(3, {kShift, kShift}), heads);
  EXPECT_EQ(wrong[kShift], 0);
  EXPECT_EQ(wrong[kLeftArc], 1);
  EXPECT_EQ(wrong[kRightArc], 1);
}

// The fewest gold arcs any move sequence from `state` misses, by exhaustive search.
int BestLoss(const ArcHybridState& state, const std::vector<int>& gold) {
  if (state.IsTerminal()) {
    int loss = 0;
    for (int w = 0; w < state.words(); ++w) loss += state.arcs(w).head != gold[w];
    return loss;
  }
  int best = 1 << 20;
  for (Move move : {kShift, kLeftArc, kRightArc}) {
    if (!state.IsValid(move)) continue;
    ArcHybridState next = state;
    next.Apply(move, 0);
    best = std::min(best, BestLoss(next, gold));
  }
  return best;
}

// In every reachable state, the valid moves of least cost are exactly those that keep the best
// reachable loss; and from a state that can still reach the gold tree, a move's cost is the
// number of gold arcs it makes unreachable.
void ExpectExactCosts(const ArcHybridState& state, const std::vector<int>& gold, int depth) {
  if (state.IsTerminal() || depth == 0) return;
  int costs[kNumMoves];
  MoveCosts(state, gold, costs);
  const int before = BestLoss(state, gold);
  int least = 1 << 20;
  for (Move move : {kShift, kLeftArc, kRightArc}) {
    if (state.IsValid(move)) least = std::min(least, costs[move]);
  }
  for (Move move : {kShift, kLeftArc, kRightArc}) {
    if (!state.IsValid(move)) continue;
    ArcHybridState next = state;
    next.Apply(move, 0);
    const int after = BestLoss(next, gold);
    std::ostringstream where;
    where << "move " << move << " stack";
    for (int i = state.stack_size() - 1; i >= 0; --i) where << ' ' << state.Stack(i);
    where << " buffer " << state.Buffer(0) << " costs " << costs[0] << costs[1] << costs[2]
          << " loss " << before << "->" << after;
    EXPECT_EQ(costs[move] == least, after == before) << where.str();
    if (before == 0) {
      EXPECT_EQ(costs[move], after) << where.str();
    }
    ExpectExactCosts(next, gold, depth - 1);
  }
}

TEST(DynamicOracleTest, CostsAreExactOnProjectiveTrees) {
  const std::vector<std::vector<int>> trees = {
      {1, -1, 1},
      {1, 3, 3, -1, 3},
      {-1, 0, 1, 2, 3},
      {4, 4, 4, 4, -1},
      {2, 2, -1, 4, 2, 4},
  };
  for (const auto& heads : trees) {
    ASSERT_TRUE(IsProjective(heads));
    ArcHybridState state;
    state.Reset(static_cast<int>(heads.size()));
    EXPECT_EQ(BestLoss(state, RootAtEnd(heads)), 0);
    ExpectExactCosts(state, RootAtEnd(heads), 12);
  }
}

// The tree of "0 1 2 3": 1 is the root, 2 -> 0 crosses the root arc and 0 -> 3 crosses it too.
const std::vector<int> kNonProjective = {2, -1, 1, 0};

TEST(ProjectivityTest, FindsCrossingArcs) {
  EXPECT_TRUE(IsProjective({1, -1, 1}));
  EXPECT_TRUE(IsProjective({-1, 0, 1, 2}));
  EXPECT_FALSE(IsProjective(kNonProjective));
  EXPECT_FALSE(IsProjective({2, 3, -1, 2}));  // 3 -> 1 spans the root word 2
}

TEST(ProjectivityTest, LiftingMakesTheShortestCrossingArcsProjective) {
  EXPECT_EQ(Projectivize(kNonProjective), (std::vector<int>{1, -1, 1, 1}));
  EXPECT_EQ(Projectivize({2, 3, -1, 2}), (std::vector<int>{2, 2, -1, 2}));
  EXPECT_EQ(Projectivize({1, -1, 1}), (std::vector<int>{1, -1, 1}));
}

TEST(DynamicOracleTest, NonProjectiveTreesLoseArcsUntilLifted) {
  ArcHybridState state;
  state.Reset(4);
  EXPECT_GT(BestLoss(state, RootAtEnd(kNonProjective)), 0);
  const std::vector<int> lifted = RootAtEnd(Projectivize(kNonProjective));
  EXPECT_EQ(BestLoss(state, lifted), 0);
  ExpectExactCosts(state, lifted, 12);
}

}  // namespace
}  // namespace newsgraph
