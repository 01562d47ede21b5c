// Word classes learned from unlabelled text: words that are followed by the same words fall into
// one class, and so do words that are preceded by the same words ("Samsung", "Huawei" and "Nokia"
// share their neighbours). The NER model reads a token's and its neighbours' classes, so what it
// learns of a name in its training data carries over to the other words of that class.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph {

class WordClassLearner {
 public:
  static constexpr std::uint32_t kDefaultClasses = 600;  // the shipped list's

  // Counts the words (TokenView::lower forms) and word pairs of one document's sentences.
  void Add(std::string_view text);

  // Clusters every word seen at least `min_count` times into `classes` classes twice, by the words
  // that follow it and by the words that precede it (the exchange algorithm on a class bigram
  // model, `iterations` passes), and writes "word<TAB>next-class<TAB>previous-class" lines sorted
  // by word after a comment header. The same counts give the same bytes.
  std::string Tsv(std::uint32_t classes = kDefaultClasses, std::uint32_t min_count = 3,
                  int iterations = 12) const;

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> words_;
  std::vector<std::uint64_t> counts_;
  std::unordered_map<std::uint64_t, std::uint32_t> pairs_;  // (left id << 32 | right id) -> count
};

}  // namespace newsgraph
