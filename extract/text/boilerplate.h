// Finds site boilerplate in news text (banners, donation appeals, share/follow lines, footers) so
// that it never reaches extraction. The filter returns byte spans; the text itself is untouched,
// so every offset into it stays valid.
//
// Text is seen as lines; a paragraph is a run of non-blank lines. A block is a paragraph of at
// most `max_block_lines` lines and `max_block_bytes` bytes, otherwise each of its lines on its
// own. Lines are compared case-insensitively with whitespace collapsed and punctuation and
// symbols trimmed from both ends. Rules, given the cue list (resources/boilerplate_cues.txt by
// default; its header documents the format):
//   1. Cue lines: a line equal to a `line` cue or starting with a `prefix` cue.
//   2. Appeals: a block whose lines not found by rule 1 hold at least `min_appeal_cues` distinct
//      `appeal` phrases and no `report` phrase (reported speech such as "said" marks news).
//   3. Footer: a heading line (at most `max_heading_bytes`, not ending in . ! ? or a quote)
//      starting with a `footer` cue, after at least one line of article text, and everything
//      after it.
//   4. Repeated edges (only after Observe): the document's leading and trailing runs of lines
//      that occur, within the first or last `edge_lines` non-blank lines, in at least
//      `min_repeats` observed documents, or `min_sentence_repeats` for a line that reads as a
//      sentence (six or more words ending in . ! ? or a quote); lines found by rules 1-3 extend
//      a run too. A run is taken only where the documents diverge (the line next to it occurs in
//      fewer than `min_repeats` documents) and only when at least `min_body_fraction` of the
//      document's non-blank bytes lie between the runs. So a duplicated article, or a revised
//      copy sharing its opening and closing paragraphs, keeps its text, and a repeated line in
//      the middle of an article is never an edge.
// Lines without letters or digits ("×", "* * *") next to boilerplate, and blank lines between
// boilerplate lines, join it.
//
// Observe is for a first pass over a run; it is not thread-safe. Find is const and may be called
// from many threads once observation is over (after FinishObserving). Without any Observe or
// AddCounts call, rules 1-3 apply alone.
//
// The observed counts are mergeable: WriteCounts saves them, AddCounts adds saved counts, so
// counts learned over shards and added up equal those one filter learns over all the documents.
// When more than `max_fingerprints` distinct lines occur, the filter keeps the lines with the
// smallest fingerprints (exact counts for those, whatever the order or grouping of documents).
//
// Counts file format (UTF-8 text; callers gzip it when the name ends in ".gz"):
//   newsgraph boilerplate counts <version>
//   edge_lines <n>
//   documents <n>
//   <fingerprint, 16 lower-case hex digits> <count>    one line per fingerprint, ascending
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

struct BoilerplateOptions {
  bool enabled = true;                   // false: Find returns nothing
  std::size_t min_repeats = 2;           // documents a line must occur in to be a repeated edge
  std::size_t min_sentence_repeats = 5;  // the same for a line that reads as a sentence
  std::size_t edge_lines = 24;           // non-blank lines at each end of a document fingerprinted
  std::size_t max_fingerprints = 1 << 21;  // distinct lines kept (16-32 bytes each)
  double min_body_fraction = 0.2;  // share of a document that must remain for rule 4 to apply
  std::size_t min_appeal_cues = 2;
  std::size_t max_block_lines = 16;
  std::size_t max_block_bytes = 1500;
  std::size_t max_heading_bytes = 100;
  // A cue list in the format of resources/boilerplate_cues.txt; empty means the built-in list.
  std::string cues;
};

class BoilerplateFilter {
 public:
  // Throws std::runtime_error naming the line of a malformed cue list.
  explicit BoilerplateFilter(BoilerplateOptions options = {});

  // Remembers fingerprints of the lines near both ends of `document`; each line counts once per
  // document.
  void Observe(const Document& document);

  // Adds the counts of a counts file (format above) whose text is `counts`. Throws
  // std::runtime_error naming `name` for text that is no counts file, another format version, or
  // counts learned with another `edge_lines`.
  void AddCounts(std::string_view counts, const std::string& name);

  // Drops the lines beyond `max_fingerprints`; call after the last Observe or AddCounts.
  void FinishObserving();

  // Writes the counts file of everything observed or added (after FinishObserving).
  void WriteCounts(std::ostream& out) const;

  // Byte spans of `document.text` that are boilerplate: sorted, non-overlapping, non-adjacent,
  // each starting at a line start and ending after a line's newline (or at the end of the text).
  std::vector<ByteSpan> Find(const Document& document) const;

  std::size_t documents_observed() const { return documents_observed_; }
  std::size_t fingerprints() const { return fingerprint_count_; }

 private:
  struct Cues {
    std::vector<std::string> lines;
    std::vector<std::string> prefixes;
    std::vector<std::string> appeals;
    std::vector<std::string> reports;
    std::vector<std::string> footers;
  };

  // Documents whose edges held the line with this fingerprint; 0 when never seen.
  std::uint32_t RepeatCount(std::uint64_t fingerprint) const;
  // The slot holding `fingerprint`, or the empty slot where it belongs; slots_ must not be empty.
  std::size_t Probe(std::uint64_t fingerprint) const;
  // Counts `count` more documents for `fingerprint`, unless the cap leaves it out.
  void Add(std::uint64_t fingerprint, std::uint32_t count);
  void Grow();
  // Keeps the `max_fingerprints` smallest fingerprints and lowers `ceiling_` to the largest kept.
  void Prune();
  using Entry = std::pair<std::uint64_t, std::uint32_t>;  // a fingerprint and its count
  // The held entries, in slot order.
  std::vector<Entry> Entries() const;
  // Makes the table `size` slots (a power of two) holding exactly `entries` (distinct
  // fingerprints).
  void Rehash(std::size_t size, const std::vector<Entry>& entries);

  BoilerplateOptions options_;
  Cues cues_;
  // Open-addressing table of line fingerprints (0 marks an empty slot) and their counts.
  std::vector<std::uint64_t> slots_;
  std::vector<std::uint32_t> counts_;
  std::size_t fingerprint_count_ = 0;
  std::size_t documents_observed_ = 0;
  // Fingerprints above it cannot be among the kept ones: the cap's number of them lie at or below.
  std::uint64_t ceiling_ = std::numeric_limits<std::uint64_t>::max();
};

// The counts file format version this program writes and reads; any other is refused.
inline constexpr int kBoilerplateCountsVersion = 1;

}  // namespace newsgraph
