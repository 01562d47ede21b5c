// The verb lexicon (resources/verbs.tsv) and the event-noun lexicon (resources/event_nouns.tsv):
// verb patterns and nominal events coded in CAMEO, QuadClass, Goldstein and PLOVER.
// Both formats are described in resources/README.md.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// The PLOVER categories a lexicon row may carry, in PLOVER's order (cooperation first, STATEMENT
// last).
std::span<const std::string_view> PloverCategories();
// The categories an event (an edge of the graph) can carry: PloverCategories() without STATEMENT,
// since a row coded STATEMENT (saying) gives no event.
std::span<const std::string_view> EventCategories();

// One row of the verb lexicon: "take jab at O" -> accuses-like code.
struct VerbPattern {
  std::vector<std::string> words;  // the pattern's words, lemma first; "O" marks the target slot
  std::size_t object_slot = std::string::npos;  // index of "O" in words, npos when there is none
  RelationCode code;                            // label, cameo, quad, goldstein, plover
  bool speech = false;  // a verb of saying that can introduce a quote or a reported clause
  // A feeling in the passive voice ("encourage by O": "A is encouraged by B"): the subject is the
  // source and the target follows the pattern's preposition.
  bool feeling = false;
  // An event two sides hold together ("meet with O", "sign deal with O", "clash with O"): an event
  // row whose coordinated subjects, when no target is named, are each other's target ("A and B
  // signed a deal").
  bool mutual = false;
};

// Verb patterns indexed by their first word (the verb lemma). Immutable after loading but for
// Merge; const methods are safe to call from many threads.
class VerbLexicon {
 public:
  // The lexicon compiled into the program from resources/verbs.tsv.
  static VerbLexicon LoadEmbedded();

  // Parses the TSV format `pattern label cameo quad goldstein plover class` ('#' comments and
  // blank lines skipped). Throws std::runtime_error "<origin>:<line>: <what is wrong>" for a row
  // with the wrong number of columns, a malformed pattern (upper case, empty words, more than one
  // "O", "O" first), a CAMEO code that is not 2-4 digits with a root 01-20, a quad outside 1-4 or
  // not the quad of the code's root (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4), a Goldstein value
  // that is not a number in [-10, 10], an unknown PLOVER category, a class other than
  // speech/event/feeling/mutual, a mutual pattern without "O", or a pattern listed twice.
  static VerbLexicon Parse(std::string_view tsv, std::string_view origin);

  // Adds the patterns of `other`; a pattern with the same words as an existing one replaces it.
  void Merge(const VerbLexicon& other);

  // Patterns whose first word is `lemma`, the longest first (ties broken by pattern text in
  // byte order); an empty vector when there is none. The reference stays valid until the next
  // Merge.
  const std::vector<VerbPattern>& PatternsFor(std::string_view lemma) const;

  // The number of patterns.
  std::size_t size() const { return size_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  // Inserts or replaces `pattern`; returns true when it replaced one.
  bool Put(VerbPattern pattern);

  std::unordered_map<std::string, std::vector<VerbPattern>, Hash, std::equal_to<>> by_lemma_;
  std::size_t size_ = 0;
};

// One row of the event-noun lexicon: a noun (or multiword noun) naming an event, "air strike".
struct EventNoun {
  std::vector<std::string> words;  // lower-case lemmas, the head noun last
  RelationCode code;
};

// Nominal events indexed by their words. Const methods are safe to call from many threads.
class EventNounLexicon {
 public:
  // The lexicon compiled into the program from resources/event_nouns.tsv.
  static EventNounLexicon LoadEmbedded();

  // Parses the TSV format `noun label cameo quad goldstein plover`, with the same checks and the
  // same error messages as VerbLexicon::Parse ("O" is not allowed in a noun).
  static EventNounLexicon Parse(std::string_view tsv, std::string_view origin);

  // The entry whose words, joined by single spaces, equal `lemmas` ("strike", "air strike");
  // nullptr when there is none.
  const EventNoun* Find(std::string_view lemmas) const;

  // The longest entry equal to the last words of `lemmas` (the lemmas of a noun phrase up to its
  // head: {"us", "air", "strike"} finds "air strike" before "strike"); nullptr when none matches.
  const EventNoun* LongestSuffixMatch(std::span<const std::string> lemmas) const;

  // True when some entry ends in the noun lemma `head` ("strike" for "air strike").
  bool IsHead(std::string_view head) const { return heads_.find(head) != heads_.end(); }

  // The number of entries.
  std::size_t size() const { return by_text_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, EventNoun, Hash, std::equal_to<>> by_text_;
  std::unordered_set<std::string, Hash, std::equal_to<>> heads_;
  std::size_t max_words_ = 0;
};

}  // namespace newsgraph
