// The name-type list: which type each capitalised word takes inside names across a corpus, as the
// tagger sees it. Fed back to the NER model as gazetteer features (kNameTypeCategory), it lends a
// sentence the evidence of every other sentence the word was seen in ("Samsung said", "Samsung's
// shares": an organisation even where one sentence alone does not tell).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/syntax/tagger.h"

namespace newsgraph {

class NameTypeCounter {
 public:
  // `tagger` must outlive the counter.
  explicit NameTypeCounter(const Tagger& tagger) : tagger_(tagger) {}

  // Tags one document's text and counts the type of every capitalised word inside its names.
  void Add(std::string_view text);

  // The list in the Gazetteer's format: a comment header, then "word<TAB>TYPE" lines sorted by
  // word (lower-cased as TokenView::lower), one for each word counted at least `min_count` times
  // whose most frequent type has at least `min_share` of its counts. The same counts give the same
  // bytes, whatever the order the documents came in.
  std::string Tsv(std::uint32_t min_count = 5, double min_share = 0.8) const;

 private:
  const Tagger& tagger_;
  std::unordered_map<std::string, std::array<std::uint32_t, 4>> counts_;  // by kNameTypes
};

}  // namespace newsgraph
