#include "extract/syntax/transition_system.h"

#include <algorithm>
#include <cstdlib>

namespace newsgraph {

void ArcHybridState::Reset(int words) {
  words_ = words;
  buffer_ = 0;
  stack_.clear();
  arcs_.assign(static_cast<std::size_t>(words) + 1, WordArcs{});
}

bool ArcHybridState::IsValid(Move move) const {
  switch (move) {
    case kShift:
      return buffer_ < words_;
    case kLeftArc:
      return !stack_.empty() && (buffer_ < words_ || stack_.size() == 1);
    case kRightArc:
      return stack_.size() >= 2;
    case kNoMove:
      return false;
  }
  return false;
}

Move ArcHybridState::OnlyValidMove() const {
  Move only = kNoMove;
  for (Move move : {kShift, kLeftArc, kRightArc}) {
    if (!IsValid(move)) continue;
    if (only != kNoMove) return kNoMove;
    only = move;
  }
  return only;
}

int ArcHybridState::DependentOf(Move move) const { return move == kShift ? -1 : Stack(0); }

int ArcHybridState::HeadOf(Move move) const {
  if (move == kLeftArc) return buffer_;
  if (move == kRightArc) return Stack(1);
  return -1;
}

void ArcHybridState::AddArc(int head, int dependent, int label) {
  WordArcs& dep = arcs_[static_cast<std::size_t>(dependent)];
  dep.head = head;
  dep.label = label;
  WordArcs& h = arcs_[static_cast<std::size_t>(head)];
  // Left dependents arrive nearest first, right dependents farthest last: each new one is the
  // outermost on its side.
  if (dependent < head) {
    h.leftmost[1] = h.leftmost[0];
    h.leftmost[0] = dependent;
    ++h.left_count;
  } else {
    h.rightmost[1] = h.rightmost[0];
    h.rightmost[0] = dependent;
    ++h.right_count;
  }
}

void ArcHybridState::Apply(Move move, int label) {
  switch (move) {
    case kShift:
      stack_.push_back(buffer_++);
      return;
    case kLeftArc:
    case kRightArc:
      AddArc(HeadOf(move), Stack(0), label);
      stack_.pop_back();
      return;
    case kNoMove:
      return;
  }
}

void MoveCosts(const ArcHybridState& state, const std::vector<int>& gold_heads,
               int costs[kNumMoves]) {
  const int s0 = state.Stack(0), s1 = state.Stack(1), b = state.Buffer(0);
  const int n = state.words();
  auto head = [&](int w) { return gold_heads[static_cast<std::size_t>(w)]; };
  // s0's gold dependents still in the buffer are lost when s0 is popped.
  int s0_buffer_dependents = 0;
  if (s0 >= 0) {
    for (int d = b; d < n; ++d) s0_buffer_dependents += head(d) == s0;
  }
  costs[kLeftArc] = s0_buffer_dependents;
  costs[kRightArc] = s0_buffer_dependents;
  if (s0 >= 0) {
    // s0's head arc, when still reachable: the root takes s0 only once s0 is alone on the stack.
    const int h = head(s0);
    const bool reachable = h != n || s1 < 0;
    costs[kLeftArc] += reachable && h != b && (h == s1 || h > b);
    costs[kRightArc] += reachable && h >= b;
  }
  // A shifted word can no longer take a stack word as dependent, nor one below the top as head,
  // nor the root when it lands on another word (the root takes only a lone stack word).
  int shift = 0;
  if (b >= 0 && b < n) {
    shift += head(b) == n && state.stack_size() > 0;
    for (int i = 0; i < state.stack_size(); ++i) {
      const int w = state.Stack(i);
      shift += head(w) == b;
      shift += i > 0 && head(b) == w;
    }
  }
  costs[kShift] = shift;
}

namespace {

// Whether `ancestor` is on the head chain of `word` (a cycle ends the walk after heads.size()).
bool Descends(const std::vector<int>& heads, int word, int ancestor) {
  std::size_t steps = 0;
  for (int w = word; w >= 0 && steps <= heads.size(); w = heads[static_cast<std::size_t>(w)]) {
    if (w == ancestor) return true;
    ++steps;
  }
  return false;
}

bool IsProjectiveArc(const std::vector<int>& heads, int dependent) {
  const int head = heads[static_cast<std::size_t>(dependent)];
  if (head < 0) return true;
  const int low = std::min(head, dependent), high = std::max(head, dependent);
  for (int w = low + 1; w < high; ++w) {
    if (!Descends(heads, w, head)) return false;
  }
  return true;
}

}  // namespace

bool IsProjective(const std::vector<int>& heads) {
  for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
    if (!IsProjectiveArc(heads, d)) return false;
  }
  return true;
}

std::vector<int> Projectivize(std::vector<int> heads) {
  for (;;) {
    int shortest = -1;
    int shortest_length = 0;
    for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
      if (IsProjectiveArc(heads, d)) continue;
      const int length = std::abs(heads[static_cast<std::size_t>(d)] - d);
      if (shortest < 0 || length < shortest_length) {
        shortest = d;
        shortest_length = length;
      }
    }
    if (shortest < 0) return heads;
    auto& head = heads[static_cast<std::size_t>(shortest)];
    head = heads[static_cast<std::size_t>(head)];
  }
}

}  // namespace newsgraph
