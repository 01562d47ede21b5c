// Feature extraction of the dependency parser. Private to extract/syntax.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/syntax/transition_system.h"
#include "extract/types.h"

namespace newsgraph {

// One word as the features see it, as hashes.
struct ParserWord {
  std::uint64_t form = 0;        // the normalised lower-case text (TokenView::low)
  std::uint64_t tag = 0;         // the POS tag
  std::uint64_t word_class = 0;  // the word classes (TokenView::word_class), or a constant
  std::uint64_t suffix = 0;      // the last three bytes of the normalised lower-case text
  std::uint64_t shape = 0;       // the collapsed shape ("Xx", "d", "X.X.", TokenView::sshape)
};

// The word classes of resources/models/word_classes.tsv.gz by TokenView::low of the word.
class ParserWordClasses {
 public:
  // `tsv`: lines "word<TAB>class<TAB>class" ('#' comments), as written by WordClassLearner.
  explicit ParserWordClasses(std::string_view tsv);
  // The classes of the word whose TokenView::low is `low`, 0 when it has none.
  std::uint32_t Find(std::uint64_t low) const;

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> classes_;
};

// The words of a sentence of n tokens (which need Token::pos): n words, then the root at index n
// and the absent word at n + 1 (what a feature reads for an empty stack or buffer position).
// `words` is resized and overwritten.
void MakeParserWords(const Sentence& sentence, const ParserWordClasses& classes,
                     std::vector<ParserWord>& words);

inline constexpr std::size_t kMaxParserFeatures = 128;

// Keys of the move decision in `state` (Zhang and Nivre 2011 templates adapted to arc-hybrid,
// plus word classes); returns how many were written to `keys`.
std::size_t TransitionFeatures(const ArcHybridState& state, const ParserWord* words,
                               std::uint64_t* keys);
// Keys of the relation choice for the arc head -> dependent about to be made in `state`.
std::size_t LabelFeatures(const ArcHybridState& state, const ParserWord* words, int head,
                          int dependent, std::uint64_t* keys);

}  // namespace newsgraph
