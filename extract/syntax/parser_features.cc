#include "extract/syntax/parser_features.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger_features.h"

namespace newsgraph {
namespace {

constexpr std::uint64_t kTagSeed = 0x7061727365727461ULL;

// The parser's own copy of MixHash's function (the model's keys depend on it), inlined: a
// move's hundred keys take three combinations each.
inline std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t x = a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL;
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x | 1;
}
constexpr std::uint64_t kNoClass = 0x6e6f636c61737321ULL;

// Writes one key per call; each call site is a template of its own, numbered in call order.
class KeyWriter {
 public:
  explicit KeyWriter(std::uint64_t* keys) : keys_(keys) {}
  void operator()(std::uint64_t a) { keys_[count_++] = Mix(NextTemplate(), a); }
  void operator()(std::uint64_t a, std::uint64_t b) {
    keys_[count_++] = Mix(Mix(NextTemplate(), a), b);
  }
  void operator()(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    keys_[count_++] = Mix(Mix(Mix(NextTemplate(), a), b), c);
  }
  std::size_t count() const { return count_; }

 private:
  std::uint64_t NextTemplate() { return ++template_ * 0x9e3779b97f4a7c15ULL; }
  std::uint64_t* keys_;
  std::size_t count_ = 0;
  std::uint64_t template_ = 0;
};

// A word's relation as a feature value (1 when it has none yet).
std::uint64_t LabelValue(const ArcHybridState& state, int w) {
  return w < 0 ? 0 : static_cast<std::uint64_t>(state.arcs(w).label + 2);
}

// The distance between two words in buckets 1, 2, 3, 4, 5-7, 8-12, 13+; 0 when one is absent.
std::uint64_t Distance(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int d = std::abs(b - a);
  if (d <= 4) return static_cast<std::uint64_t>(d);
  return d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

std::uint64_t Count(int count) { return static_cast<std::uint64_t>(std::min(count, 4)); }

// The words of a sentence indexed by position, -1 (absent) reading the absent word.
struct WordsView {
  const ParserWord* words;
  int none;
  const ParserWord& operator[](int x) const { return words[x < 0 ? none : x]; }
};

// The context of one decision: the words at the usual positions, -1 when absent.
struct Positions {
  int s0, s1, s2, n0, n1, n2;
  int s0l1, s0l2, s0r1, s0r2, s1l1, s1r1, n0l1, n0l2;
};

Positions FindPositions(const ArcHybridState& state) {
  Positions p{};
  p.s0 = state.Stack(0);
  p.s1 = state.Stack(1);
  p.s2 = state.Stack(2);
  p.n0 = state.Buffer(0);
  p.n1 = state.Buffer(1);
  p.n2 = state.Buffer(2);
  auto child = [&](int w, bool left, int k) {
    if (w < 0) return -1;
    return left ? state.arcs(w).leftmost[k] : state.arcs(w).rightmost[k];
  };
  p.s0l1 = child(p.s0, true, 0);
  p.s0l2 = child(p.s0, true, 1);
  p.s0r1 = child(p.s0, false, 0);
  p.s0r2 = child(p.s0, false, 1);
  p.s1l1 = child(p.s1, true, 0);
  p.s1r1 = child(p.s1, false, 0);
  p.n0l1 = child(p.n0, true, 0);
  p.n0l2 = child(p.n0, true, 1);
  return p;
}

// Single words, pairs and triples of the stack and buffer tops.
void WordFeatures(const Positions& p, const WordsView& w, KeyWriter& key) {
  const ParserWord &s0 = w[p.s0], &s1 = w[p.s1], &s2 = w[p.s2];
  const ParserWord &n0 = w[p.n0], &n1 = w[p.n1], &n2 = w[p.n2];
  key(0);  // bias
  key(s0.form, s0.tag), key(s0.form), key(s0.tag);
  key(n0.form, n0.tag), key(n0.form), key(n0.tag);
  key(n1.form, n1.tag), key(n1.form), key(n1.tag);
  key(n2.form, n2.tag), key(n2.tag);
  key(s1.form, s1.tag), key(s1.form), key(s1.tag);
  key(s2.tag), key(s2.form);
  key(Mix(s0.form, s0.tag), Mix(n0.form, n0.tag));
  key(Mix(s0.form, s0.tag), n0.form), key(s0.form, Mix(n0.form, n0.tag));
  key(Mix(s0.form, s0.tag), n0.tag), key(s0.tag, Mix(n0.form, n0.tag));
  key(s0.form, n0.form), key(s0.tag, n0.tag), key(n0.tag, n1.tag);
  key(s1.form, s0.form), key(s1.tag, s0.tag), key(s1.tag, s0.form), key(s1.form, s0.tag);
  key(s1.tag, n0.tag), key(s1.form, n0.form);
  key(n0.tag, n1.tag, n2.tag), key(s0.tag, n0.tag, n1.tag), key(s1.tag, s0.tag, n0.tag);
  key(s2.tag, s1.tag, s0.tag), key(s1.tag, s0.tag, n1.tag);
}

// Distances and valencies.
void ShapeFeatures(const ArcHybridState& state, const Positions& p, const WordsView& w,
                   KeyWriter& key) {
  const ParserWord &s0 = w[p.s0], &s1 = w[p.s1], &n0 = w[p.n0];
  const std::uint64_t d = Distance(p.s0, p.n0), d1 = Distance(p.s1, p.s0);
  key(s0.form, d), key(s0.tag, d), key(n0.form, d), key(n0.tag, d);
  key(Mix(s0.form, n0.form), d), key(Mix(s0.tag, n0.tag), d);
  key(Mix(s1.tag, s0.tag), d1), key(s1.form, d1);
  auto left = [&](int x) { return x < 0 ? 0 : Count(state.arcs(x).left_count); };
  auto right = [&](int x) { return x < 0 ? 0 : Count(state.arcs(x).right_count); };
  key(s0.form, right(p.s0)), key(s0.tag, right(p.s0));
  key(s0.form, left(p.s0)), key(s0.tag, left(p.s0));
  key(n0.form, left(p.n0)), key(n0.tag, left(p.n0));
  key(s1.tag, right(p.s1)), key(s1.tag, left(p.s1));
  key(static_cast<std::uint64_t>(std::min(state.stack_size(), 3)), n0.tag);
}

// The dependents found so far: their words, tags and relations.
void ChildFeatures(const ArcHybridState& state, const Positions& p, const WordsView& w,
                   KeyWriter& key) {
  auto label = [&](int x) { return LabelValue(state, x); };
  const ParserWord &s0 = w[p.s0], &s1 = w[p.s1], &n0 = w[p.n0];
  for (int x : {p.s0l1, p.s0r1, p.n0l1, p.s0l2, p.s0r2, p.n0l2}) {
    key(w[x].form), key(w[x].tag), key(label(x));
  }
  key(s1.tag, w[p.s1r1].tag, label(p.s1r1)), key(s1.tag, w[p.s1l1].tag, label(p.s1l1));
  key(s0.tag, w[p.s0l1].tag, n0.tag), key(s0.tag, w[p.s0r1].tag, n0.tag);
  key(s0.tag, n0.tag, w[p.n0l1].tag), key(s1.tag, w[p.s1r1].tag, s0.tag);
  key(s0.tag, w[p.s0l1].tag, w[p.s0l2].tag), key(s0.tag, w[p.s0r1].tag, w[p.s0r2].tag);
  key(n0.tag, w[p.n0l1].tag, w[p.n0l2].tag);
  key(s0.tag, label(p.s0l1), label(p.s0l2)), key(s0.tag, label(p.s0r1), label(p.s0r2));
  key(n0.tag, label(p.n0l1), label(p.n0l2)), key(s0.form, label(p.s0l1), label(p.s0r1));
}

// The word classes of the words at the top of the stack and buffer.
void ClassFeatures(const Positions& p, const WordsView& w, KeyWriter& key) {
  const ParserWord &s0 = w[p.s0], &s1 = w[p.s1], &n0 = w[p.n0], &n1 = w[p.n1];
  key(s0.word_class), key(n0.word_class), key(n1.word_class), key(s1.word_class);
  key(s0.word_class, n0.word_class), key(s0.word_class, n0.tag), key(s0.tag, n0.word_class);
  key(s1.word_class, s0.word_class), key(s1.word_class, n0.word_class);
  key(n0.word_class, n1.word_class), key(s0.word_class, n0.form), key(s0.form, n0.word_class);
  key(s0.suffix), key(n0.suffix), key(n1.suffix), key(s0.shape), key(n0.shape);
  key(n0.suffix, n0.tag), key(s0.suffix, s0.tag);
}

}  // namespace

ParserWordClasses::ParserWordClasses(std::string_view tsv) {
  Sentence one;
  one.tokens.resize(1);
  std::vector<TokenView> views;
  while (!tsv.empty()) {
    const std::size_t end = std::min(tsv.find('\n'), tsv.size());
    const std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(std::min(end + 1, tsv.size()));
    const std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
    const std::size_t tab2 = line.find('\t', tab + 1);
    std::uint32_t next = 0, previous = 0;
    std::from_chars(line.data() + tab + 1, line.data() + line.size(), next);
    if (tab2 != std::string_view::npos) {
      std::from_chars(line.data() + tab2 + 1, line.data() + line.size(), previous);
    }
    one.tokens[0].text = std::string(line.substr(0, tab));
    MakeViews(one, views);
    classes_[views[2].low] = (next + 1) | (previous + 1) << 16;
  }
}

std::uint32_t ParserWordClasses::Find(std::uint64_t low) const {
  const auto found = classes_.find(low);
  return found == classes_.end() ? 0 : found->second;
}

void MakeParserWords(const Sentence& sentence, const ParserWordClasses& classes,
                     std::vector<ParserWord>& words) {
  thread_local std::vector<TokenView> views;
  MakeViews(sentence, views);
  const std::size_t n = sentence.tokens.size();
  words.resize(n + 2);
  for (std::size_t i = 0; i < n; ++i) {
    ParserWord& word = words[i];
    const TokenView& view = views[i + 2];
    word.form = view.low;
    const std::string_view lower = view.lower;
    const std::size_t suffix_size = std::min<std::size_t>(3, lower.size());
    word.suffix = HashBytes(kTagSeed + 1, lower.substr(lower.size() - suffix_size));
    word.shape = view.sshape;
    word.tag = HashBytes(kTagSeed, sentence.tokens[i].pos);
    const std::uint32_t word_class = classes.Find(word.form);
    word.word_class = word_class == 0 ? kNoClass : word_class;
  }
  const std::uint64_t root = HashBytes(kTagSeed, "<root>"), none = HashBytes(kTagSeed, "<none>");
  words[n] = ParserWord{root + 1, root + 2, root + 3, root + 4, root + 5};
  words[n + 1] = ParserWord{none + 1, none + 2, none + 3, none + 4, none + 5};
}

std::size_t TransitionFeatures(const ArcHybridState& state, const ParserWord* words,
                               std::uint64_t* keys) {
  const Positions p = FindPositions(state);
  const WordsView w{words, state.words() + 1};
  KeyWriter key(keys);
  WordFeatures(p, w, key);
  ShapeFeatures(state, p, w, key);
  ChildFeatures(state, p, w, key);
  ClassFeatures(p, w, key);
  return key.count();
}

std::size_t LabelFeatures(const ArcHybridState& state, const ParserWord* words, int head,
                          int dependent, std::uint64_t* keys) {
  const WordsView w{words, state.words() + 1};
  const ParserWord &h = w[head], &d = w[dependent];
  const std::uint64_t dir = dependent < head ? 1 : 2;
  const WordArcs& da = state.arcs(dependent);
  const WordArcs& ha = state.arcs(head);
  // The head's dependent on the same side found before this one.
  const int sibling = dependent < head ? ha.leftmost[0] : ha.rightmost[0];
  auto label = [&](int x) { return LabelValue(state, x); };
  KeyWriter key(keys);
  key(dir), key(d.form), key(d.tag), key(d.word_class), key(d.form, d.tag);
  key(d.suffix, d.tag), key(d.shape, d.tag), key(h.suffix, h.tag, dir);
  key(h.form, dir), key(h.tag, dir), key(h.word_class, dir), key(Mix(h.form, h.tag), dir);
  key(d.tag, h.tag, dir), key(d.form, h.tag, dir), key(d.tag, h.form, dir);
  key(d.form, h.form, dir), key(d.word_class, h.word_class, dir);
  key(d.word_class, h.tag, dir), key(d.tag, h.word_class, dir);
  key(Mix(d.tag, h.tag), dir, Distance(head, dependent));
  key(label(da.leftmost[0])), key(w[da.leftmost[0]].form), key(d.tag, w[da.leftmost[0]].tag);
  key(d.tag, w[da.leftmost[0]].form), key(d.tag, label(da.leftmost[0]));
  key(d.tag, label(da.leftmost[1])), key(label(da.rightmost[0]));
  key(d.tag, label(da.rightmost[0])), key(d.tag, w[da.rightmost[0]].form);
  key(d.tag, Count(da.left_count), Count(da.right_count));
  key(Mix(d.tag, h.tag), label(sibling), dir), key(h.form, label(sibling), dir);
  key(d.tag, w[dependent - 1].tag), key(d.tag, w[dependent + 1].tag);
  key(d.tag, w[dependent - 1].form), key(h.tag, w[head + 1].tag, dir);
  key(Mix(d.tag, h.tag), label(da.leftmost[0]), label(da.rightmost[0]));
  return key.count();
}

}  // namespace newsgraph
