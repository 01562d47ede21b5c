// Feature extraction shared by tagging and training. Private to extract/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/syntax/sequence_model.h"
#include "extract/types.h"

namespace newsgraph {

// Bits of TokenView::flags.
enum TokenFlag : std::uint32_t {
  kInitCap = 1,
  kAllCaps = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kHasPeriod = 16,
  kNoAlnum = 32,
  kHasLower = 64,
  kHeadline = 128,  // the token's sentence has no lower-case letters
};

// One token as the features see it; sentences are padded with two boundary views each side.
struct TokenView {
  std::string lower;       // ASCII lower case, digits mapped to '0', curly quotes and dashes mapped
  std::uint64_t word = 0;  // hash of the normalised text
  std::uint64_t low = 0;   // hash of `lower`
  std::uint64_t shape = 0;   // "Xxxx", "dddd", "X.X."
  std::uint64_t sshape = 0;  // runs collapsed: "Xx", "d", "X.X."
  std::uint64_t pos = 0;     // hash of the POS tag (chunk and NER only)
  std::uint64_t chunk = 0;   // hash of the chunk tag (NER only)
  std::uint32_t flags = 0;
  std::uint32_t gazetteer = 0;  // bit 2c: begins a match of category c; bit 2c+1: inside one
  // The word's classes (WordClassLearner) + 1: by the words after it (bits 0-15) and by the words
  // before it (bits 16-31); 0 when the word has none.
  std::uint32_t word_class = 0;
  std::uint64_t doc[4] = {0, 0, 0, 0};  // document-level evidence, 0 when absent
};

// What a gazetteer entry is: categories 0-5 are the hand-written lists in resources/gazetteers/
// (demonyms, organisation suffixes, organisations, places, titles, first names), then these.
enum GazetteerCategory : int {
  kCountryCategory = 6,  // iso-codes countries
  kRegionCategory,       // iso-codes states, provinces and other subdivisions
  kCityCategory,         // libgeonames-common city names
  kWordCategory,         // a lower-case word of the English dictionary ("the", "trump")
  kProperNameCategory,   // a proper name of the English dictionary ("Trudeau")
  kNameTypeCategory,     // then PER, ORG, LOC, MISC: the type a word takes in a corpus's names
};

// The name-type list's types, in category order (kNameTypeCategory + index).
inline constexpr std::string_view kNameTypes[] = {"PER", "ORG", "LOC", "MISC"};
// The index of `type` in kNameTypes, -1 when it is none of them.
int NameTypeIndex(std::string_view type);

// The name-type list compiled into the program (resources/models/name_types.tsv.gz, written by
// NameTypeCounter), as TSV text.
std::string EmbeddedNameTypes();
// The word classes compiled into the program (resources/models/word_classes.tsv.gz, written by
// WordClassLearner), as TSV text.
std::string EmbeddedWordClasses();

// What the NER model knows of words beyond its training data. Name lists: the hand-written lists,
// places from Debian's iso-codes and libgeonames-common, the words and proper names of Debian's
// English dictionary (wamerican), and the name-type list; and the word classes.
class Gazetteer {
 public:
  // Loads the embedded lists and word classes.
  Gazetteer();
  // Loads the embedded lists with `name_types` and `word_classes` instead (either may be empty).
  // name_types: lines "word<TAB>TYPE" (TYPE one of kNameTypes); word_classes: lines
  // "word<TAB>class<TAB>class" (each below 65535); '#' comments. Throws std::runtime_error
  // "name types:<line>: ..." or "word classes:<line>: ..." on a malformed line.
  Gazetteer(std::string_view name_types, std::string_view word_classes);
  // Sets TokenView::gazetteer (longest match from each start wins) and TokenView::word_class of
  // views[2 .. size-2).
  void Mark(std::vector<TokenView>& views) const;

 private:
  void Add(std::string_view phrase, int category);
  void AddWordClasses(std::string_view word_classes);

  // While loading: hash of a phrase's lower-cased tokens, or of a proper prefix of one -> bit c
  // for each category c the phrase is in, plus kLonger when it is a prefix of a longer phrase;
  // and the hash of a one-word phrase -> its TokenView::word_class.
  std::unordered_map<std::uint64_t, std::uint32_t> phrases_;
  std::unordered_map<std::uint64_t, std::uint32_t> word_classes_;
  // Then both as one open-addressing table (linear probing; key 0 marks an empty slot).
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t bits = 0;
    std::uint32_t word_class = 0;
  };
  // The slot of a phrase hash, nullptr when it is neither a phrase nor a classed word.
  const Slot* Find(std::uint64_t key) const;
  std::vector<Slot> slots_;
  std::uint64_t mask_ = 0;
  static constexpr std::uint32_t kLonger = 1u << 31;
  std::size_t longest_ = 1;
};

// Normalises a token's text to CoNLL conventions (curly quotes, dashes, ellipsis) and folds Latin
// letters with diacritics to ASCII ("Kühn" -> "Kuhn").
std::string NormaliseTokenText(std::string_view text);

// Views of a sentence's tokens (with boundary padding) carrying text features only.
std::vector<TokenView> MakeViews(const Sentence& sentence);
// The same into `views`, reusing its storage (every field of every view is overwritten).
void MakeViews(const Sentence& sentence, std::vector<TokenView>& views);
// TokenView::pos of a token tagged `pos`.
std::uint64_t TagViewHash(std::string_view pos);
// Adds tag hashes: POS (with_chunk false) or POS and chunk.
void AddTagViews(const Sentence& sentence, bool with_chunk, std::vector<TokenView>& views);

// Hashed labels of one model.
struct LabelSet {
  explicit LabelSet(const std::vector<std::string>& labels);
  std::vector<std::uint64_t> hash;  // per label; the "start" history has kStartLabel
  std::vector<int> type;            // NER: index into `types`, -1 for "O"
  std::vector<bool> begins;         // NER: label is "B-*"
  std::vector<std::string> types;   // NER: entity classes, sorted
  std::vector<int> begin_label;     // NER: per class, its "B-" label (-1: none)
  std::vector<int> inside_label;    // NER: per class, its "I-" label (-1: none)
  std::uint64_t Hash(int label) const { return label < 0 ? kStart : hash[label]; }
  // BIO: "I-X" may only follow "B-X" or "I-X" (`previous` -1: sentence start).
  bool CanFollow(int previous, int label) const {
    return type[label] < 0 || begins[label] || (previous >= 0 && type[previous] == type[label]);
  }
  static constexpr std::uint64_t kStart = 0x5157a27ULL;
};

// A model's feature templates split by what they read, so that run-time decoding can score the
// label-independent part of a whole sentence in one batched pass. Each function appends keys to
// `out`; the union over the five, in any order, is the model's full feature set.
struct FeatureTemplates {
  // Features that read only the token's own word: its text (TokenView::word, low, lower, shape,
  // sshape, the kInitCap and kAllCaps flags) and TokenView::word_class, so that their scores may
  // be memoised by WordMemoKey; nullptr when the model has none.
  void (*lexical)(const TokenView& w, std::vector<std::uint64_t>& out);
  // Features that read only the word (the same fields) of the view `offset` places away from
  // the token, for each offset in kContextOffsets, so that their scores may be memoised by that
  // view's WordMemoKey too; nullptr when the model has none (then it has no lexical ones).
  void (*context)(const TokenView& w, int offset, std::vector<std::uint64_t>& out);
  // The other features of token `i` (index into padded views) that read only the views.
  void (*observation)(const std::vector<TokenView>& v, std::size_t i,
                      std::vector<std::uint64_t>& out);
  // Features that read only the two previous labels (-1: none).
  void (*transition)(int p1, int p2, const LabelSet& labels, std::vector<std::uint64_t>& out);
  // Features that read both the views and the previous labels.
  void (*mixed)(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                const LabelSet& labels, std::vector<std::uint64_t>& out);
  // Whether `mixed` reads p2 (when false, its keys are the same for every p2).
  bool mixed_reads_p2 = true;
};
// What decides the FeatureTemplates::lexical and ::context features of view `w`: its word and
// word class.
inline std::uint64_t WordMemoKey(const TokenView& w) {
  return w.word_class == 0 ? w.word : MixHash(w.word, w.word_class);
}
// The offsets FeatureTemplates::context is called with.
inline constexpr int kContextOffsets[] = {-2, -1, 1, 2};
extern const FeatureTemplates kPosTemplates;
extern const FeatureTemplates kChunkTemplates;
extern const FeatureTemplates kNerTemplates;

// The features of token `i` (index into padded views) given the two previous labels (-1: none):
// `out` is cleared and filled with all five parts of the model's FeatureTemplates.
void PosFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                 const LabelSet& labels, std::vector<std::uint64_t>& out);
void ChunkFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                   const LabelSet& labels, std::vector<std::uint64_t>& out);
void NerFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                 const LabelSet& labels, std::vector<std::uint64_t>& out);

// What a document has said so far about its words, for NER's document-level features.
class NerDocumentState {
 public:
  // Gathers case evidence over all sentences of the document (views from MakeViews).
  explicit NerDocumentState(const std::vector<std::vector<TokenView>>& document);
  // Fills TokenView::doc of one sentence from the case evidence and earlier sentences' names.
  void Annotate(std::size_t sentence_index, std::vector<TokenView>& views) const;
  // Records one sentence's decided labels (one per real token).
  void Record(const std::vector<TokenView>& views, const std::vector<int>& labels,
              const LabelSet& label_set);

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> case_bits_;
  std::unordered_map<std::uint64_t, int> last_type_;
  std::unordered_map<std::uint64_t, std::uint32_t> name_of_;  // type, length, first-token bits
};

}  // namespace newsgraph
