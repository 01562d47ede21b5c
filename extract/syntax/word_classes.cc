#include "extract/syntax/word_classes.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "extract/syntax/tagger_features.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

constexpr std::string_view kBoundary = "<s>";  // before the first and after the last word

double XLogX(double x) { return x > 0 ? x * std::log(x) : 0.0; }

// Exchange clustering of a predictive class bigram model: word v's class predicts the word w
// after it, so words with the same successors share a class. `pairs` holds (v, w, count) with v
// below `clustered` (the words to cluster; higher ids are successors only); returns a class per
// clustered word. Deterministic.
std::vector<std::uint32_t> Cluster(
    std::size_t clustered, std::size_t successors,
    const std::vector<std::pair<std::uint64_t, std::uint32_t>>& pairs, std::uint32_t classes,
    int iterations) {
  // Successor lists per clustered word.
  std::vector<std::uint32_t> start(clustered + 1, 0);
  for (const auto& [key, count] : pairs) ++start[(key >> 32) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> next(pairs.size()), weight(pairs.size());
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  std::vector<std::uint64_t> total(clustered, 0);
  for (const auto& [key, count] : pairs) {
    const std::size_t v = key >> 32;
    next[fill[v]] = static_cast<std::uint32_t>(key & 0xffffffffu);
    weight[fill[v]++] = count;
    total[v] += count;
  }
  // Class-successor counts N(k, w) (dense) and class counts N(k).
  std::vector<std::uint32_t> of(clustered);
  for (std::size_t v = 0; v < clustered; ++v) of[v] = static_cast<std::uint32_t>(v % classes);
  std::vector<std::uint64_t> joint(std::size_t{classes} * successors, 0), size(classes, 0);
  auto move = [&](std::size_t v, std::uint32_t k, int sign) {
    for (std::uint32_t e = start[v]; e < start[v + 1]; ++e) {
      joint[std::size_t{k} * successors + next[e]] += sign * static_cast<std::int64_t>(weight[e]);
    }
    size[k] += sign * static_cast<std::int64_t>(total[v]);
  };
  for (std::size_t v = 0; v < clustered; ++v) move(v, of[v], +1);
  // x log x, tabulated for the counts most words and pairs have.
  constexpr std::uint64_t kTabulated = 1 << 22;
  std::vector<double> table(kTabulated);
  for (std::uint64_t x = 0; x < kTabulated; ++x) table[x] = XLogX(static_cast<double>(x));
  auto xlogx = [&](std::uint64_t x) {
    return x < kTabulated ? table[x] : XLogX(static_cast<double>(x));
  };
  std::vector<double> gain(classes);
  for (int pass = 0; pass < iterations; ++pass) {
    std::size_t moved = 0;
    for (std::size_t v = 0; v < clustered; ++v) {
      if (total[v] == 0) continue;
      const std::uint32_t old = of[v];
      move(v, old, -1);
      for (std::uint32_t k = 0; k < classes; ++k) {
        const std::uint64_t* row = &joint[std::size_t{k} * successors];
        double g = 0;
        for (std::uint32_t e = start[v]; e < start[v + 1]; ++e) {
          const std::uint64_t n = row[next[e]];
          g += xlogx(n + weight[e]) - xlogx(n);
        }
        gain[k] = g - (xlogx(size[k] + total[v]) - xlogx(size[k]));
      }
      std::uint32_t best = old;
      for (std::uint32_t k = 0; k < classes; ++k) {
        if (gain[k] > gain[best] + 1e-9) best = k;
      }
      of[v] = best;
      move(v, best, +1);
      moved += best != old;
    }
    if (moved == 0) break;
  }
  return of;
}

}  // namespace

void WordClassLearner::Add(std::string_view text) {
  auto id = [&](std::string_view word) {
    auto [it, inserted] =
        ids_.try_emplace(std::string(word), static_cast<std::uint32_t>(words_.size()));
    if (inserted) {
      words_.push_back(it->first);
      counts_.push_back(0);
    }
    return it->second;
  };
  const std::uint32_t boundary = id(kBoundary);
  std::vector<TokenView> views;
  for (const Sentence& sentence : SplitSentences(text)) {
    if (sentence.tokens.empty()) continue;
    MakeViews(sentence, views);
    std::uint32_t previous = boundary;
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const std::uint32_t word = id(views[t + 2].lower);
      ++counts_[word];
      ++pairs_[std::uint64_t{previous} << 32 | word];
      previous = word;
    }
    ++pairs_[std::uint64_t{previous} << 32 | boundary];
  }
}

std::string WordClassLearner::Tsv(std::uint32_t classes, std::uint32_t min_count,
                                  int iterations) const {
  // Clustered words first, by count (then spelling); then the boundary, then one id for all the
  // words seen fewer than min_count times.
  std::vector<std::uint32_t> order;
  for (std::uint32_t w = 0; w < words_.size(); ++w) {
    if (words_[w] != kBoundary && counts_[w] >= min_count) order.push_back(w);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return counts_[a] != counts_[b] ? counts_[a] > counts_[b] : words_[a] < words_[b];
  });
  const std::size_t clustered = order.size();
  const std::uint32_t boundary = static_cast<std::uint32_t>(clustered);
  const std::uint32_t rare = boundary + 1;
  std::vector<std::uint32_t> dense(words_.size(), rare);
  for (std::uint32_t i = 0; i < clustered; ++i) dense[order[i]] = i;
  if (const auto it = ids_.find(std::string(kBoundary)); it != ids_.end())
    dense[it->second] = boundary;

  // Pair counts over dense ids in both directions, each sorted by key.
  std::unordered_map<std::uint64_t, std::uint32_t> forward, backward;
  for (const auto& [key, count] : pairs_) {
    const std::uint64_t left = dense[key >> 32], right = dense[key & 0xffffffffu];
    if (left < clustered) forward[left << 32 | right] += count;
    if (right < clustered) backward[right << 32 | left] += count;
  }
  auto sorted = [](const std::unordered_map<std::uint64_t, std::uint32_t>& map) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> out(map.begin(), map.end());
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::uint32_t> by_next =
      Cluster(clustered, clustered + 2, sorted(forward), classes, iterations);
  const std::vector<std::uint32_t> by_previous =
      Cluster(clustered, clustered + 2, sorted(backward), classes, iterations);

  std::vector<std::uint32_t> rows(clustered);
  std::iota(rows.begin(), rows.end(), 0);
  std::sort(rows.begin(), rows.end(),
            [&](std::uint32_t a, std::uint32_t b) { return words_[order[a]] < words_[order[b]]; });
  std::string out =
      "# newsgraph word classes: word<TAB>class by the words after it<TAB>class by the words\n"
      "# before it, learned from unlabelled text by `newsgraph learn-word-classes`.\n";
  for (std::uint32_t r : rows) {
    out.append(words_[order[r]]).append("\t").append(std::to_string(by_next[r]));
    out.append("\t").append(std::to_string(by_previous[r])).append("\n");
  }
  return out;
}

}  // namespace newsgraph
