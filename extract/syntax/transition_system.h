// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011) with the dynamic
// oracle of Goldberg and Nivre (2013). Private to extract/syntax: the dependency parser's engine.
//
// Arc-hybrid rather than arc-eager: its three moves make every arc when the dependent is popped,
// so a dependent's subtree is complete when its relation is chosen (the label classifier sees its
// children), each word is pushed once and popped once (exactly 2n moves), and its oracle costs
// are simple counts that are exact for projective trees.
//
// Words are 0 .. n-1; the artificial root is word n, the last element of the buffer. It is never
// shifted, and a left arc to it is allowed only when the stack holds one word, so every parse has
// exactly one root word.
#pragma once

#include <cstdint>
#include <vector>

namespace newsgraph {

enum Move : int { kNoMove = -1, kShift = 0, kLeftArc = 1, kRightArc = 2 };
inline constexpr int kNumMoves = 3;

// What a word has gained so far: its head and relation, its two outermost dependents on each side
// and how many it has on each side.
struct WordArcs {
  int head = -1;
  int label = -1;
  int leftmost[2] = {-1, -1};   // the leftmost dependent, then the second leftmost
  int rightmost[2] = {-1, -1};  // the rightmost dependent, then the second rightmost
  int left_count = 0;
  int right_count = 0;
};

class ArcHybridState {
 public:
  // Starts a parse of `words` words: empty stack, all words and the root in the buffer. Reuses
  // the storage of earlier parses.
  void Reset(int words);

  int words() const { return words_; }
  int root() const { return words_; }
  bool IsTerminal() const { return stack_.empty() && buffer_ == words_; }
  // Preconditions. Shift: a word (not the root) in the buffer. Left arc (head: the first buffer
  // element; dependent: the stack's top, popped): a stack word, and to the root only the last one.
  // Right arc (head: the second stack word; dependent: the top, popped): two stack words.
  bool IsValid(Move move) const;
  // The valid move when exactly one is valid, otherwise kNoMove.
  Move OnlyValidMove() const;
  // The dependent and head of the arc `move` would add; dependent -1 for a shift.
  int DependentOf(Move move) const;
  int HeadOf(Move move) const;
  // Applies a valid move (kNoMove changes nothing); an arc move gives its dependent relation
  // `label`.
  void Apply(Move move, int label);

  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th stack word from the top, -1 when the stack is shorter.
  int Stack(int i) const {
    return i < stack_size() ? stack_[stack_.size() - 1 - static_cast<std::size_t>(i)] : -1;
  }
  // The i-th buffer element (words_ is the root), -1 past the root.
  int Buffer(int i) const { return buffer_ + i <= words_ ? buffer_ + i : -1; }
  // Arcs of word w (0 .. words, the root included).
  const WordArcs& arcs(int w) const { return arcs_[static_cast<std::size_t>(w)]; }

 private:
  void AddArc(int head, int dependent, int label);

  int words_ = 0;
  int buffer_ = 0;
  std::vector<int> stack_;
  std::vector<WordArcs> arcs_;
};

// The number of gold arcs each move makes unreachable (Goldberg and Nivre 2013, arc-hybrid);
// `gold_heads[w]` is word w's gold head with the root as state.root(), and must be projective for
// the counts to be exact. Invalid moves get a cost too; check IsValid.
void MoveCosts(const ArcHybridState& state, const std::vector<int>& gold_heads,
               int costs[kNumMoves]);

// Heads as in Token::head (-1: the root). A tree is projective when every word between a head and
// its dependent descends from that head.
bool IsProjective(const std::vector<int>& heads);
// The projective tree nearest to `heads` by lifting (Nivre and Nilsson 2005): while an arc is
// non-projective, the shortest such arc's dependent is reattached to its head's head. Relations
// are kept, not encoded, so the parser learns to attach such a word one level higher and the
// lifting is not undone at run time.
std::vector<int> Projectivize(std::vector<int> heads);

}  // namespace newsgraph
