#include "extract/syntax/name_types.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "extract/text/names.h"
#include "extract/syntax/tagger_features.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {

void NameTypeCounter::Add(std::string_view text) {
  std::vector<Sentence> sentences = SplitSentences(text);
  tagger_.TagPartsOfSpeech(sentences);
  const std::vector<std::vector<NameSpan>> names = tagger_.FindNames(sentences);
  std::vector<TokenView> views;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (names[s].empty()) continue;
    MakeViews(sentences[s], views);
    for (const NameSpan& name : names[s]) {
      const int type = NameTypeIndex(name.type);
      if (type < 0) continue;
      for (std::size_t t = name.first_token; t < name.end_token; ++t) {
        const std::string& word = sentences[s].tokens[t].text;
        if (!StartsWithUpper(word) && !IsAllCaps(word)) continue;
        ++counts_[views[t + 2].lower][type];
      }
    }
  }
}

std::string NameTypeCounter::Tsv(std::uint32_t min_count, double min_share) const {
  std::vector<std::pair<std::string_view, std::string_view>> rows;
  for (const auto& [word, counts] : counts_) {
    std::uint32_t total = 0;
    for (std::uint32_t c : counts) total += c;
    const auto best = std::max_element(counts.begin(), counts.end());
    if (total < min_count || *best < min_share * total) continue;
    rows.emplace_back(word, kNameTypes[best - counts.begin()]);
  }
  std::sort(rows.begin(), rows.end());
  std::string out =
      "# newsgraph name types: the type each word mostly takes inside names in a corpus, as "
      "tagged\n"
      "# by the NER model (word<TAB>PER|ORG|LOC|MISC). Written by `newsgraph learn-name-types`.\n";
  for (const auto& [word, type] : rows) {
    out.append(word).append("\t").append(type).append("\n");
  }
  return out;
}

}  // namespace newsgraph
