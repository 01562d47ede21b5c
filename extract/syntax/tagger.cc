#include "extract/syntax/tagger.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger_features.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr std::string_view kPosKind = "pos";
constexpr std::string_view kChunkKind = "chunk";
constexpr std::string_view kNerKind = "ner";

// The highest of `n` scores; ties go to the lowest index.
int BestLabel(const std::int32_t* scores, std::size_t n) {
  int best = 0;
  for (std::size_t l = 1; l < n; ++l) {
    if (scores[l] > scores[best]) best = static_cast<int>(l);
  }
  return best;
}

// Run-time decoding with one model. The label-independent features of a whole sentence are
// scored in batched passes that overlap their memory accesses (those one view's word decides,
// lexical and context features, memoised per word),
// the transition features come from a table over pairs of previous labels, and the mixed
// features are batched under guessed previous labels, so the greedy loop itself rarely waits on
// memory. Gives exactly the scores of scoring every feature of FeatureTemplates per token.
class Decoder {
 public:
  // Reusable buffers of one thread.
  struct Scratch {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> ends;
    std::vector<std::int32_t> scores;
    std::vector<std::uint64_t> mixed;
    std::vector<int> labels;
    std::vector<std::uint64_t> word_keys;
    std::vector<std::uint32_t> word_ends;
    std::vector<std::uint32_t> word_views;  // the views whose word features were scored
    std::vector<std::int32_t> word_scores;
    std::vector<const std::int32_t*> word_sums;  // per view: its kWordParts score rows
    std::vector<int> guesses;  // per token: best label under the label-independent scores
    std::vector<std::uint64_t> guessed_keys;
    std::vector<std::uint32_t> guessed_ends;
    std::vector<std::int32_t> guessed_scores;
  };

  Decoder(const SequenceModel& model, const FeatureTemplates& templates)
      : model_(model),
        labels_(model.labels()),
        templates_(templates),
        id_(next_id_.fetch_add(1, std::memory_order_relaxed)) {
    const std::size_t n = model.labels().size();
    transitions_.assign((n + 1) * (n + 1) * n, 0);
    std::vector<std::uint64_t> keys;
    for (int p1 = -1; p1 < static_cast<int>(n); ++p1) {
      for (int p2 = -1; p2 < static_cast<int>(n); ++p2) {
        keys.clear();
        templates.transition(p1, p2, labels_, keys);
        model.Score(keys.data(), keys.size(), &transitions_[TransitionIndex(p1, p2)]);
      }
    }
  }

  const SequenceModel& model() const { return model_; }
  const LabelSet& labels() const { return labels_; }

  // Greedy left-to-right labels of one sentence's padded views (at least one real token) into
  // scratch.labels; `choose(scores, t)` picks token t's label from its labels().size() scores.
  template <typename Choose>
  void Decode(const std::vector<TokenView>& views, Scratch& scratch, Choose&& choose) const {
    const std::size_t n = views.size() - 4;
    const std::size_t num_labels = model_.labels().size();
    scratch.keys.clear();
    scratch.ends.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
      templates_.observation(views, t + 2, scratch.keys);
      scratch.ends[t] = static_cast<std::uint32_t>(scratch.keys.size());
    }
    scratch.scores.assign(n * num_labels, 0);
    model_.ScoreTokens(scratch.keys.data(), scratch.ends.data(), n, scratch.scores.data());
    if (templates_.lexical != nullptr) AddWordScores(views, scratch);
    // The mixed features' lookups would serialise the greedy loop on memory latency, so they are
    // scored in a batch too under guessed previous labels; the loop uses those scores where the
    // guesses turn out right and looks the features up itself elsewhere.
    scratch.guesses.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
      scratch.guesses[t] = BestLabel(scratch.scores.data() + t * num_labels, num_labels);
    }
    auto guess = [&](std::size_t t, std::size_t back) {
      return t >= back ? scratch.guesses[t - back] : -1;
    };
    scratch.guessed_keys.clear();
    scratch.guessed_ends.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
      templates_.mixed(views, t + 2, guess(t, 1), guess(t, 2), labels_, scratch.guessed_keys);
      scratch.guessed_ends[t] = static_cast<std::uint32_t>(scratch.guessed_keys.size());
    }
    scratch.guessed_scores.assign(n * num_labels, 0);
    model_.ScoreTokens(scratch.guessed_keys.data(), scratch.guessed_ends.data(), n,
                       scratch.guessed_scores.data());
    scratch.labels.resize(n);
    int p1 = -1, p2 = -1;
    for (std::size_t t = 0; t < n; ++t) {
      std::int32_t* scores = scratch.scores.data() + t * num_labels;
      const std::int32_t* transition = &transitions_[TransitionIndex(p1, p2)];
      for (std::size_t l = 0; l < num_labels; ++l) scores[l] += transition[l];
      if (p1 == guess(t, 1) && (!templates_.mixed_reads_p2 || p2 == guess(t, 2))) {
        const std::int32_t* guessed = scratch.guessed_scores.data() + t * num_labels;
        for (std::size_t l = 0; l < num_labels; ++l) scores[l] += guessed[l];
      } else {
        scratch.mixed.clear();
        templates_.mixed(views, t + 2, p1, p2, labels_, scratch.mixed);
        model_.Score(scratch.mixed.data(), scratch.mixed.size(), scores);
      }
      scratch.labels[t] = choose(static_cast<const std::int32_t*>(scores), t);
      p2 = p1;
      p1 = scratch.labels[t];
    }
  }

 private:
  std::size_t TransitionIndex(int p1, int p2) const {
    const std::size_t n = labels_.hash.size();
    return ((static_cast<std::size_t>(p1 + 1) * (n + 1)) + static_cast<std::size_t>(p2 + 1)) * n;
  }

  // The parts of a word's memoised scores: its own lexical features, then its context features
  // at each of kContextOffsets.
  static constexpr std::size_t kWordParts = 1 + std::size(kContextOffsets);

  // Memoised sums of the weights of recent words' features (kWordParts rows of labels().size()
  // sums per word), for one Decoder at a time.
  struct WordCache {
    static constexpr std::size_t kWords = 4096;  // direct-mapped by WordMemoKey
    std::uint64_t owner = 0;                     // Decoder::id_ the entries belong to
    std::vector<std::uint64_t> words;            // WordMemoKey per entry, 0 when empty
    std::vector<std::int32_t> scores;            // kWordParts * labels().size() sums per entry
  };

  // This thread's cache for this decoder (one per model kind, reset when another decoder of the
  // same kind uses it). Memoisation only: results never depend on its contents.
  WordCache& Cache() const {
    thread_local WordCache caches[3];
    WordCache& cache = caches[&templates_ == &kPosTemplates     ? 0
                              : &templates_ == &kChunkTemplates ? 1
                                                                : 2];
    if (cache.owner != id_) {
      cache.owner = id_;
      cache.words.assign(WordCache::kWords, 0);
      cache.scores.assign(WordCache::kWords * kWordParts * labels_.hash.size(), 0);
    }
    return cache;
  }

  static std::size_t CacheEntry(std::uint64_t word) {
    return static_cast<std::size_t>(word >> 40) & (WordCache::kWords - 1);
  }

  // Appends the keys of part `part` (see kWordParts) of the features view `w` decides.
  void AddWordKeys(const TokenView& w, std::size_t part, std::vector<std::uint64_t>& out) const {
    if (part == 0) {
      templates_.lexical(w, out);
    } else {
      templates_.context(w, kContextOffsets[part - 1], out);
    }
  }

  // Sets scratch.word_sums[j] to the kWordParts score rows of view j for every view, memoised
  // in `cache` or scored into scratch.word_scores; returns how many views were scored.
  std::size_t FindWordSums(const std::vector<TokenView>& views, const WordCache& cache,
                           Scratch& scratch) const {
    const std::size_t stride = kWordParts * labels_.hash.size();
    scratch.word_sums.resize(views.size());
    scratch.word_keys.clear();
    scratch.word_ends.clear();
    scratch.word_views.clear();
    for (std::size_t j = 0; j < views.size(); ++j) {
      const std::uint64_t word = WordMemoKey(views[j]);
      const std::size_t e = CacheEntry(word);
      if (cache.words[e] == word) {
        scratch.word_sums[j] = &cache.scores[e * stride];
        continue;
      }
      for (std::size_t part = 0; part < kWordParts; ++part) {
        AddWordKeys(views[j], part, scratch.word_keys);
        scratch.word_ends.push_back(static_cast<std::uint32_t>(scratch.word_keys.size()));
      }
      scratch.word_views.push_back(static_cast<std::uint32_t>(j));
    }
    const std::size_t missed = scratch.word_views.size();
    scratch.word_scores.assign(missed * stride, 0);
    model_.ScoreTokens(scratch.word_keys.data(), scratch.word_ends.data(), missed * kWordParts,
                       scratch.word_scores.data());
    for (std::size_t m = 0; m < missed; ++m) {
      scratch.word_sums[scratch.word_views[m]] = &scratch.word_scores[m * stride];
    }
    return missed;
  }

  // Adds to scratch.scores, for every real token of `views`, the weights of its lexical features
  // and of its neighbours' context features.
  void AddWordScores(const std::vector<TokenView>& views, Scratch& scratch) const {
    const std::size_t n = views.size() - 4;
    const std::size_t num_labels = labels_.hash.size();
    WordCache& cache = Cache();
    const std::size_t missed = FindWordSums(views, cache, scratch);
    const std::int32_t* const* sums = scratch.word_sums.data();
    for (std::size_t t = 0; t < n; ++t) {
      // View t + 2 is the token; the one `offset` away gives part 1 + index of that offset.
      const std::int32_t* own = sums[t + 2];
      const std::int32_t* m2 = sums[t] + 1 * num_labels;
      const std::int32_t* m1 = sums[t + 1] + 2 * num_labels;
      const std::int32_t* p1 = sums[t + 3] + 3 * num_labels;
      const std::int32_t* p2 = sums[t + 4] + 4 * num_labels;
      std::int32_t* out = &scratch.scores[t * num_labels];
      for (std::size_t l = 0; l < num_labels; ++l) {
        out[l] += own[l] + m2[l] + m1[l] + p1[l] + p2[l];
      }
    }
    const std::size_t stride = kWordParts * num_labels;
    for (std::size_t m = 0; m < missed; ++m) {
      const std::uint64_t word = WordMemoKey(views[scratch.word_views[m]]);
      const std::size_t e = CacheEntry(word);
      cache.words[e] = word;
      const std::int32_t* computed = &scratch.word_scores[m * stride];
      std::copy(computed, computed + stride, &cache.scores[e * stride]);
    }
  }

  inline static std::atomic<std::uint64_t> next_id_{1};

  const SequenceModel& model_;
  LabelSet labels_;
  const FeatureTemplates& templates_;
  std::uint64_t id_;                       // distinguishes decoders in LexicalCache::owner
  std::vector<std::int32_t> transitions_;  // per (p1 + 1, p2 + 1): the transition features' sums
};

// Softmax probability of label `best` under `scores` in perceptron units of `scale`.
double LabelProbability(const std::int32_t* scores, std::size_t n, int best, float scale) {
  double sum = 0;
  for (std::size_t l = 0; l < n; ++l) {
    sum += std::exp(static_cast<double>(scores[l] - scores[best]) * scale);
  }
  return 1.0 / sum;
}

using FeatureFn = void (*)(const std::vector<TokenView>&, std::size_t, int, int, const LabelSet&,
                           std::vector<std::uint64_t>&);

// Greedy left-to-right decoding of one sentence's padded views; `choose(keys, t)` picks token
// t's label.
template <typename Choose>
std::vector<int> DecodeSentence(const std::vector<TokenView>& views, FeatureFn features,
                                const LabelSet& labels, std::vector<std::uint64_t>& keys,
                                Choose&& choose) {
  const std::size_t n = views.size() - 4;
  std::vector<int> out(n);
  int p1 = -1, p2 = -1;
  for (std::size_t t = 0; t < n; ++t) {
    features(views, t + 2, p1, p2, labels, keys);
    out[t] = choose(keys, t);
    p2 = p1;
    p1 = out[t];
  }
  return out;
}

// Greedy decoding of a whole document for NER, feeding earlier sentences' labels forward.
// `forget(views)` may change the views before decoding (see ForgetCapitalisedWords).
template <typename Forget, typename Choose>
std::vector<std::vector<int>> DecodeNerDocument(const std::vector<Sentence>& sentences,
                                                const Gazetteer& gazetteer, const LabelSet& labels,
                                                Forget&& forget, Choose&& choose) {
  std::vector<std::vector<TokenView>> document;
  document.reserve(sentences.size());
  for (const auto& sentence : sentences) {
    document.push_back(MakeViews(sentence));
    AddTagViews(sentence, true, document.back());
    gazetteer.Mark(document.back());
    forget(document.back());
  }
  NerDocumentState state(document);
  std::vector<std::vector<int>> out;
  std::vector<std::uint64_t> keys;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    state.Annotate(s, document[s]);
    out.push_back(DecodeSentence(
        document[s], NerFeatures, labels, keys,
        [&](const std::vector<std::uint64_t>& k, std::size_t t) { return choose(k, s, t); }));
    state.Record(document[s], out.back(), labels);
  }
  return out;
}

// Writes labels into Token::pos (chunk_field false) or Token::chunk; chunk models read Token::pos.
void TagWith(const Decoder& decoder, bool chunk_field, std::vector<Sentence>& sentences) {
  const std::size_t num_labels = decoder.model().labels().size();
  const auto& names = decoder.model().labels();
  Decoder::Scratch scratch;
  std::vector<TokenView> views;
  for (auto& sentence : sentences) {
    if (sentence.tokens.empty()) continue;
    MakeViews(sentence, views);
    if (chunk_field) AddTagViews(sentence, false, views);
    decoder.Decode(views, scratch, [&](const std::int32_t* scores, std::size_t) {
      return BestLabel(scores, num_labels);
    });
    for (std::size_t t = 0; t < scratch.labels.size(); ++t) {
      (chunk_field ? sentence.tokens[t].chunk : sentence.tokens[t].pos) = names[scratch.labels[t]];
    }
  }
}

void TagWith(const SequenceModel& model, const FeatureTemplates& templates, bool chunk_field,
             std::vector<Sentence>& sentences) {
  TagWith(Decoder(model, templates), chunk_field, sentences);
}

// Sets, per entity type X, evidence[X] = log P(B-X or I-X) under one token's label scores
// (`evidence` starts at zero).
void AddTypeEvidence(const std::int32_t* scores, const LabelSet& labels, float scale,
                     double* evidence) {
  const std::size_t n = labels.type.size();
  const std::int32_t top = *std::max_element(scores, scores + n);
  double total = 0;
  for (std::size_t l = 0; l < n; ++l) {
    const double p = std::exp(static_cast<double>(scores[l] - top) * scale);
    total += p;
    if (labels.type[l] >= 0) evidence[labels.type[l]] += p;
  }
  for (std::size_t x = 0; x < labels.types.size(); ++x) evidence[x] = std::log(evidence[x] / total);
}

// Gives every name span in `sentence_labels` the type with the most evidence summed over its
// tokens: greedy decoding fixes a span's type at its first token, before later tokens ("Federico
// Fellini") are seen.
void RetypeSpans(const LabelSet& labels, const std::vector<double>& evidence,
                 std::vector<int>& sentence_labels) {
  const std::size_t num_types = labels.types.size();
  for (std::size_t first = 0; first < sentence_labels.size();) {
    std::size_t end = first + 1;
    if (labels.type[sentence_labels[first]] < 0) {
      first = end;
      continue;
    }
    while (end < sentence_labels.size() && !labels.begins[sentence_labels[end]] &&
           labels.type[sentence_labels[end]] >= 0) {
      ++end;
    }
    std::size_t best = 0;
    double best_sum = 0;
    for (std::size_t x = 0; x < num_types; ++x) {
      double sum = 0;
      for (std::size_t t = first; t < end; ++t) sum += evidence[t * num_types + x];
      if (x == 0 || sum > best_sum) best = x, best_sum = sum;
    }
    sentence_labels[first] = labels.begin_label[best];
    for (std::size_t t = first + 1; t < end; ++t) sentence_labels[t] = labels.inside_label[best];
    first = end;
  }
}

// Run-time NER over one document, greedy under the BIO constraint (LabelSet::CanFollow);
// `probs[s][t]` receives the model's probability of its best label at every token
// labelled inside a name (other entries are left as they are).
std::vector<std::vector<int>> FindNameLabels(const std::vector<Sentence>& sentences,
                                             const Gazetteer& gazetteer, const Decoder& decoder,
                                             std::vector<std::vector<double>>* probs) {
  const std::size_t num_labels = decoder.model().labels().size();
  const float scale = decoder.model().scale();
  const LabelSet& labels = decoder.labels();
  std::vector<std::vector<TokenView>> document(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    MakeViews(sentences[s], document[s]);
    AddTagViews(sentences[s], true, document[s]);
    gazetteer.Mark(document[s]);
  }
  NerDocumentState state(document);
  std::vector<std::vector<int>> out(sentences.size());
  Decoder::Scratch scratch;
  const std::size_t num_types = labels.types.size();
  std::vector<double> type_evidence;  // per token and type, see AddTypeEvidence
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].tokens.empty()) {
      state.Record(document[s], out[s], labels);
      continue;
    }
    state.Annotate(s, document[s]);
    type_evidence.assign(sentences[s].tokens.size() * num_types, 0.0);
    decoder.Decode(document[s], scratch, [&](const std::int32_t* scores, std::size_t t) {
      const int previous = t > 0 ? scratch.labels[t - 1] : -1;
      // The model's best label; "I-X" where no name of type X is open begins one ("B-X") after
      // no name, and continues the open name of another type ("I-Y") after one: that name's type
      // is then decided by all its tokens (RetypeSpans), not by its first one alone.
      const int preferred = BestLabel(scores, num_labels);
      int best = preferred;
      if (!labels.CanFollow(previous, best)) {
        best = previous < 0 || labels.type[previous] < 0
                   ? labels.begin_label[labels.type[best]]
                   : labels.inside_label[labels.type[previous]];
      }
      if (labels.type[best] >= 0) {
        if (probs != nullptr) {
          (*probs)[s][t] = LabelProbability(scores, num_labels, preferred, scale);
        }
        AddTypeEvidence(scores, labels, scale, &type_evidence[t * num_types]);
      }
      return best;
    });
    out[s] = scratch.labels;
    RetypeSpans(labels, type_evidence, out[s]);
    state.Record(document[s], out[s], labels);
  }
  return out;
}

std::vector<std::vector<NameSpan>> NamesFromLabels(const std::vector<std::vector<int>>& labels,
                                                   const std::vector<std::vector<double>>& probs,
                                                   const SequenceModel& model) {
  std::vector<std::vector<NameSpan>> out(labels.size());
  for (std::size_t s = 0; s < labels.size(); ++s) {
    std::vector<std::string> names;
    for (int l : labels[s]) names.push_back(model.labels()[l]);
    for (const LabelSpan& span : SpansFromBio(names)) {
      NameSpan name{span.first, span.end, span.type, 1.0};
      for (std::size_t t = span.first; t < span.end; ++t) {
        name.confidence = std::min(name.confidence, probs[s][t]);
      }
      out[s].push_back(name);
    }
  }
  return out;
}

std::string ConvertIob1(std::string_view tag, std::string_view previous) {
  if (tag.size() > 2 && tag[0] == 'I' && tag[1] == '-') {
    bool continues = previous.size() > 2 && previous.substr(2) == tag.substr(2);
    return std::string(continues ? "I-" : "B-") + std::string(tag.substr(2));
  }
  return std::string(tag);
}

// Deterministic Fisher-Yates shuffle (splitmix64), identical on every platform.
void Shuffle(std::vector<std::size_t>& order, std::uint64_t& state) {
  for (std::size_t i = order.size(); i > 1; --i) {
    state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    std::swap(order[i - 1], order[z % i]);
  }
}

std::vector<std::string> CollectLabels(const std::vector<LabelledDocument>& docs, TaggerTask task) {
  std::set<std::string> labels;
  for (const auto& doc : docs) {
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      for (std::size_t t = 0; t < doc.sentences[s].tokens.size(); ++t) {
        const Token& token = doc.sentences[s].tokens[t];
        labels.insert(task == TaggerTask::kPos     ? token.pos
                      : task == TaggerTask::kChunk ? token.chunk
                                                   : doc.names[s][t]);
      }
    }
  }
  if (task == TaggerTask::kNer) labels.insert("O");
  return {labels.begin(), labels.end()};
}

std::vector<Sentence> StripTags(const std::vector<Sentence>& sentences) {
  std::vector<Sentence> out = sentences;
  for (auto& s : out) {
    for (auto& t : s.tokens) {
      t.pos.clear();
      t.chunk.clear();
    }
  }
  return out;
}

// Capitalised words seen this often in the training data are never forgotten (they will be known
// at run time too); of the others, this per-mille share of a document's word types is forgotten
// in each epoch.
constexpr int kCommonCount = 20;
constexpr std::uint64_t kForgetPerMille = 400;

// Gives a random share of the capitalised words of one training document new identities (the same
// for every occurrence in the document, so document features still agree), keeping their shape,
// affixes and gazetteer marks: the model learns to tag names it has never seen from their
// context, as it must at run time, instead of leaning on remembered words alone.
void ForgetCapitalisedWords(std::uint64_t salt, const std::unordered_set<std::uint64_t>& common,
                            std::vector<TokenView>& views) {
  for (TokenView& v : views) {
    if (!(v.flags & (kInitCap | kAllCaps)) || v.lower.empty() || common.count(v.low)) continue;
    const std::uint64_t draw = MixHash(salt, v.low);
    if (draw % 1000 >= kForgetPerMille) continue;
    v.word = MixHash(draw, v.word);
    v.low = MixHash(draw, v.low);
  }
}

// Trains one model over `docs` (whose Token::pos/chunk hold the features' input tags) and
// returns the trainer; `evaluate(trainer, epoch)` runs after every epoch.
template <typename Evaluate>
SequenceTrainer TrainModel(TaggerTask task, const std::vector<LabelledDocument>& docs,
                           const std::vector<std::string>& label_names, const Gazetteer& gazetteer,
                           int epochs, std::uint64_t seed, Evaluate&& evaluate) {
  SequenceTrainer trainer(label_names);
  LabelSet labels(label_names);
  std::map<std::string, int> index;
  for (std::size_t l = 0; l < label_names.size(); ++l) index[label_names[l]] = static_cast<int>(l);
  // Gold label indices per document, sentence and token.
  std::vector<std::vector<std::vector<int>>> gold(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::size_t s = 0; s < docs[d].sentences.size(); ++s) {
      std::vector<int> row;
      for (std::size_t t = 0; t < docs[d].sentences[s].tokens.size(); ++t) {
        const Token& token = docs[d].sentences[s].tokens[t];
        const std::string& name = task == TaggerTask::kPos     ? token.pos
                                  : task == TaggerTask::kChunk ? token.chunk
                                                               : docs[d].names[s][t];
        auto it = index.find(name);
        row.push_back(it == index.end() ? 0 : it->second);
      }
      gold[d].push_back(std::move(row));
    }
  }
  std::vector<std::size_t> order(docs.size());
  for (std::size_t d = 0; d < order.size(); ++d) order[d] = d;
  std::unordered_set<std::uint64_t> common;  // see kCommonCount
  if (task == TaggerTask::kNer) {
    std::unordered_map<std::uint64_t, int> counts;
    for (const auto& doc : docs) {
      for (const auto& sentence : doc.sentences) {
        std::vector<TokenView> views = MakeViews(sentence);
        for (const auto& v : views) {
          if (++counts[v.low] == kCommonCount) common.insert(v.low);
        }
      }
    }
  }
  std::uint64_t rng = seed;
  std::vector<std::uint64_t> keys;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    Shuffle(order, rng);
    for (std::size_t d : order) {
      const auto& sentences = docs[d].sentences;
      auto learn = [&](const std::vector<std::uint64_t>& k, std::size_t s, std::size_t t) {
        int predicted = trainer.Predict(k);
        trainer.Update(k, gold[d][s][t], predicted);
        return predicted;
      };
      if (task == TaggerTask::kNer) {
        const std::uint64_t salt = MixHash(seed + static_cast<std::uint64_t>(epoch), d);
        DecodeNerDocument(
            sentences, gazetteer, labels,
            [&](std::vector<TokenView>& views) { ForgetCapitalisedWords(salt, common, views); },
            learn);
        continue;
      }
      for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (sentences[s].tokens.empty()) continue;
        std::vector<TokenView> views = MakeViews(sentences[s]);
        if (task == TaggerTask::kChunk) AddTagViews(sentences[s], false, views);
        DecodeSentence(
            views, task == TaggerTask::kPos ? PosFeatures : ChunkFeatures, labels, keys,
            [&](const std::vector<std::uint64_t>& k, std::size_t t) { return learn(k, s, t); });
      }
    }
    evaluate(trainer, epoch);
  }
  return trainer;
}

// Features whose averaged weights all stay below this (in perceptron updates) are dropped. The
// NER model drops more: the identities its training forgets leave many small weights behind.
constexpr double kDefaultPrune = 0.5;
constexpr double kNerPrune = 1.0;

// Parameter mixing steadies the NER model, whose scores on new text otherwise swing with the
// order of the training data; the syntax models gain nothing from it.
int DefaultRuns(TaggerTask task) { return task == TaggerTask::kNer ? 8 : 1; }

int DefaultEpochs(TaggerTask task) {
  return task == TaggerTask::kPos ? 10 : task == TaggerTask::kChunk ? 12 : 14;
}

}  // namespace

struct Tagger::Models {
  SequenceModel pos, chunk, ner;
  Decoder pos_decoder, chunk_decoder, ner_decoder;
  std::vector<std::uint64_t> pos_tag_hashes;  // TokenView::pos of each POS label
  Gazetteer gazetteer;
  Models(SequenceModel p, SequenceModel c, SequenceModel n, std::string_view name_types,
         std::string_view word_classes)
      : pos(std::move(p)),
        chunk(std::move(c)),
        ner(std::move(n)),
        pos_decoder(pos, kPosTemplates),
        chunk_decoder(chunk, kChunkTemplates),
        ner_decoder(ner, kNerTemplates),
        gazetteer(name_types, word_classes) {
    for (const auto& label : pos.labels()) pos_tag_hashes.push_back(TagViewHash(label));
  }
};

Tagger Tagger::LoadEmbedded() {
  return Tagger(EmbeddedResource("models/pos.model.gz"), EmbeddedResource("models/chunk.model.gz"),
                EmbeddedResource("models/ner.model.gz"));
}

Tagger::Tagger(std::string_view pos_model_gz, std::string_view chunk_model_gz,
               std::string_view ner_model_gz)
    : Tagger(pos_model_gz, chunk_model_gz, ner_model_gz, EmbeddedNameTypes(),
             EmbeddedWordClasses()) {}

Tagger::Tagger(std::string_view pos_model_gz, std::string_view chunk_model_gz,
               std::string_view ner_model_gz, std::string_view name_types,
               std::string_view word_classes)
    : models_(std::make_unique<Models>(
          SequenceModel::Load(pos_model_gz, kPosKind, "POS model"),
          SequenceModel::Load(chunk_model_gz, kChunkKind, "chunk model"),
          SequenceModel::Load(ner_model_gz, kNerKind, "NER model"), name_types, word_classes)) {}

Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

void Tagger::TagPartsOfSpeech(std::vector<Sentence>& sentences) const {
  TagWith(models_->pos_decoder, false, sentences);
}

void Tagger::TagChunks(std::vector<Sentence>& sentences) const {
  TagWith(models_->chunk_decoder, true, sentences);
}

void Tagger::TagSyntax(std::vector<Sentence>& sentences) const {
  // TagPartsOfSpeech then TagChunks, sharing each sentence's views between the two models.
  const Models& m = *models_;
  const std::size_t num_pos = m.pos.labels().size(), num_chunk = m.chunk.labels().size();
  Decoder::Scratch scratch;
  std::vector<TokenView> views;
  auto best = [](std::size_t n) {
    return [n](const std::int32_t* scores, std::size_t) { return BestLabel(scores, n); };
  };
  for (auto& sentence : sentences) {
    if (sentence.tokens.empty()) continue;
    MakeViews(sentence, views);
    m.pos_decoder.Decode(views, scratch, best(num_pos));
    for (std::size_t t = 0; t < scratch.labels.size(); ++t) {
      sentence.tokens[t].pos = m.pos.labels()[scratch.labels[t]];
      views[t + 2].pos = m.pos_tag_hashes[scratch.labels[t]];
    }
    m.chunk_decoder.Decode(views, scratch, best(num_chunk));
    for (std::size_t t = 0; t < scratch.labels.size(); ++t) {
      sentence.tokens[t].chunk = m.chunk.labels()[scratch.labels[t]];
    }
  }
}

std::vector<std::vector<NameSpan>> Tagger::FindNames(const std::vector<Sentence>& sentences) const {
  std::vector<std::vector<double>> probs(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) probs[s].resize(sentences[s].tokens.size());
  auto labels = FindNameLabels(sentences, models_->gazetteer, models_->ner_decoder, &probs);
  return NamesFromLabels(labels, probs, models_->ner);
}

std::vector<LabelledDocument> ReadConll(std::istream& in) {
  std::vector<LabelledDocument> docs(1);
  Sentence sentence;
  std::vector<std::string> names;
  std::string line;
  std::size_t line_number = 0;
  auto end_sentence = [&] {
    if (sentence.tokens.empty()) return;
    docs.back().sentences.push_back(std::move(sentence));
    docs.back().names.push_back(std::move(names));
    sentence = Sentence();
    names.clear();
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      end_sentence();
      continue;
    }
    std::istringstream fields(line);
    std::string word, pos, chunk, ner;
    if (!(fields >> word >> pos >> chunk >> ner)) {
      throw std::runtime_error("CoNLL line " + std::to_string(line_number) +
                               ": expected 4 columns (token POS chunk NER)");
    }
    if (word == "-DOCSTART-") {
      end_sentence();
      if (!docs.back().sentences.empty()) docs.emplace_back();
      continue;
    }
    Token token;
    token.text = word;
    token.pos = pos;
    token.chunk = ConvertIob1(chunk, sentence.tokens.empty() ? "O" : sentence.tokens.back().chunk);
    names.push_back(ConvertIob1(ner, names.empty() ? "O" : names.back()));
    sentence.tokens.push_back(std::move(token));
  }
  end_sentence();
  if (docs.back().sentences.empty()) docs.pop_back();
  return docs;
}

std::vector<LabelSpan> SpansFromBio(const std::vector<std::string>& labels) {
  std::vector<LabelSpan> spans;
  for (std::size_t t = 0; t < labels.size(); ++t) {
    const std::string& label = labels[t];
    if (label.size() < 3 || label[1] != '-') continue;
    std::string_view type = std::string_view(label).substr(2);
    bool continues =
        label[0] == 'I' && !spans.empty() && spans.back().end == t && spans.back().type == type;
    if (continues) {
      spans.back().end = t + 1;
    } else {
      spans.push_back(LabelSpan{t, t + 1, std::string(type)});
    }
  }
  return spans;
}

double SpanScore::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void SpanScore::Add(const SpanScore& other) {
  gold += other.gold;
  predicted += other.predicted;
  correct += other.correct;
}

SpanScore TaggerEvaluation::NameScore(const std::vector<std::string>& types) const {
  SpanScore total;
  for (const auto& [type, score] : names) {
    if (std::find(types.begin(), types.end(), type) != types.end()) total.Add(score);
  }
  return total;
}

namespace {

void ScoreSpans(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                std::map<std::string, SpanScore>& by_type) {
  auto gold_spans = SpansFromBio(gold);
  auto predicted_spans = SpansFromBio(predicted);
  for (const auto& span : gold_spans) ++by_type[span.type].gold;
  for (const auto& span : predicted_spans) {
    ++by_type[span.type].predicted;
    if (std::find(gold_spans.begin(), gold_spans.end(), span) != gold_spans.end()) {
      ++by_type[span.type].correct;
    }
  }
}

// Scores `tagged` (predicted) against `gold` for the stages asked for.
void Score(const std::vector<LabelledDocument>& gold,
           const std::vector<std::vector<Sentence>>& tagged,
           const std::vector<std::vector<std::vector<NameSpan>>>* names, bool pos, bool chunk,
           TaggerEvaluation& eval) {
  std::size_t tokens = 0, pos_correct = 0;
  std::map<std::string, SpanScore> chunk_scores, name_scores;
  for (std::size_t d = 0; d < gold.size(); ++d) {
    for (std::size_t s = 0; s < gold[d].sentences.size(); ++s) {
      const auto& g = gold[d].sentences[s].tokens;
      const auto& p = tagged[d][s].tokens;
      std::vector<std::string> gold_chunks, predicted_chunks;
      for (std::size_t t = 0; t < g.size(); ++t) {
        ++tokens;
        pos_correct += g[t].pos == p[t].pos;
        gold_chunks.push_back(g[t].chunk);
        predicted_chunks.push_back(p[t].chunk);
      }
      if (chunk) ScoreSpans(gold_chunks, predicted_chunks, chunk_scores);
      if (names) {
        std::vector<std::string> predicted(g.size(), "O");
        for (const NameSpan& span : (*names)[d][s]) {
          for (std::size_t t = span.first_token; t < span.end_token; ++t) {
            predicted[t] = (t == span.first_token ? "B-" : "I-") + span.type;
          }
        }
        ScoreSpans(gold[d].names[s], predicted, name_scores);
      }
    }
  }
  eval.tokens = tokens;
  if (pos) eval.pos_accuracy = tokens ? static_cast<double>(pos_correct) / tokens : 0;
  eval.chunks = SpanScore();
  for (const auto& [type, score] : chunk_scores) eval.chunks.Add(score);
  eval.names.assign(name_scores.begin(), name_scores.end());
}

double PerSecond(std::size_t tokens, double seconds) { return seconds > 0 ? tokens / seconds : 0; }

// Processor time of this process: throughput figures stay meaningful on a busy machine.
double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

TaggerEvaluation EvaluateTagger(const Tagger& tagger, const std::vector<LabelledDocument>& gold) {
  std::vector<std::vector<Sentence>> tagged;
  for (const auto& doc : gold) tagged.push_back(StripTags(doc.sentences));
  double start = CpuSeconds();
  for (auto& doc : tagged) tagger.TagPartsOfSpeech(doc);
  double after_pos = CpuSeconds();
  for (auto& doc : tagged) tagger.TagChunks(doc);
  double after_chunk = CpuSeconds();
  std::vector<std::vector<std::vector<NameSpan>>> names;
  for (const auto& doc : tagged) names.push_back(tagger.FindNames(doc));
  double after_ner = CpuSeconds();
  TaggerEvaluation eval;
  Score(gold, tagged, &names, true, true, eval);
  eval.pos_tokens_per_second = PerSecond(eval.tokens, after_pos - start);
  eval.chunk_tokens_per_second = PerSecond(eval.tokens, after_chunk - after_pos);
  eval.ner_tokens_per_second = PerSecond(eval.tokens, after_ner - after_chunk);
  return eval;
}

TaggerTask ParseTaggerTask(std::string_view name) {
  if (name == "pos") return TaggerTask::kPos;
  if (name == "chunk") return TaggerTask::kChunk;
  if (name == "ner") return TaggerTask::kNer;
  throw std::runtime_error("unknown tagger task '" + std::string(name) +
                           "' (expected pos, chunk or ner)");
}

std::string TrainTaggerModel(const std::vector<LabelledDocument>& train,
                             const std::vector<LabelledDocument>& dev,
                             const TaggerTrainingOptions& options) {
  const TaggerTask task = options.task;
  const int epochs = options.epochs > 0 ? options.epochs : DefaultEpochs(task);
  const double prune = options.prune > 0          ? options.prune
                       : task == TaggerTask::kNer ? kNerPrune
                                                  : kDefaultPrune;
  const Gazetteer gazetteer(options.name_types ? *options.name_types : EmbeddedNameTypes(),
                            options.word_classes ? *options.word_classes : EmbeddedWordClasses());
  auto progress = [&](const std::string& message) {
    if (options.on_progress) options.on_progress(message);
  };
  auto no_eval = [](const SequenceTrainer&, int) {};

  // Training documents with syntax predicted by models that never saw them.
  std::vector<LabelledDocument> docs = train;
  const int folds = std::max(options.folds, 1);
  auto jackknife = [&](TaggerTask stage) {
    const std::vector<std::string> names = CollectLabels(train, stage);
    const LabelSet labels(names);
    std::vector<LabelledDocument> predicted = docs;
    for (int fold = 0; fold < folds; ++fold) {
      progress(std::string("jack-knifing ") + (stage == TaggerTask::kPos ? "POS" : "chunk") +
               " tags: fold " + std::to_string(fold + 1) + "/" + std::to_string(folds));
      std::vector<LabelledDocument> rest;
      for (std::size_t d = 0; d < docs.size(); ++d) {
        if (folds == 1 || static_cast<int>(d % folds) != fold) rest.push_back(docs[d]);
      }
      SequenceModel model =
          TrainModel(stage, rest, names, gazetteer, DefaultEpochs(stage), options.seed, no_eval)
              .Average(kDefaultPrune);
      for (std::size_t d = 0; d < docs.size(); ++d) {
        if (folds > 1 && static_cast<int>(d % folds) != fold) continue;
        if (stage == TaggerTask::kPos) {
          TagWith(model, kPosTemplates, false, predicted[d].sentences);
        } else {
          TagWith(model, kChunkTemplates, true, predicted[d].sentences);
        }
      }
    }
    // Gold tags stay the training target of the stage being trained; only inputs change.
    for (std::size_t d = 0; d < docs.size(); ++d) {
      for (std::size_t s = 0; s < docs[d].sentences.size(); ++s) {
        for (std::size_t t = 0; t < docs[d].sentences[s].tokens.size(); ++t) {
          Token& token = docs[d].sentences[s].tokens[t];
          const Token& guess = predicted[d].sentences[s].tokens[t];
          if (stage == TaggerTask::kPos) {
            token.pos = guess.pos;
          } else {
            token.chunk = guess.chunk;
          }
        }
      }
    }
  };

  std::vector<std::string> label_names = CollectLabels(train, task);
  // Chunk models read POS tags; NER models read POS tags only (no chunk features).
  if (task == TaggerTask::kChunk || task == TaggerTask::kNer) jackknife(TaggerTask::kPos);

  // The dev set's input tags come from the given models, as at run time.
  std::vector<std::vector<Sentence>> dev_input;
  if (!dev.empty() && options.on_epoch) {
    std::optional<SequenceModel> pos_model;
    if (task != TaggerTask::kPos) {
      pos_model = SequenceModel::Load(options.pos_model_gz, kPosKind, "POS model");
    }
    for (const auto& doc : dev) {
      dev_input.push_back(StripTags(doc.sentences));
      if (pos_model) TagWith(*pos_model, kPosTemplates, false, dev_input.back());
    }
  }
  auto report = [&](const SequenceModel& model, int epoch) {
    const Decoder decoder(model, task == TaggerTask::kPos     ? kPosTemplates
                                 : task == TaggerTask::kChunk ? kChunkTemplates
                                                              : kNerTemplates);
    std::vector<std::vector<Sentence>> tagged = dev_input;
    std::vector<std::vector<std::vector<NameSpan>>> names;
    for (auto& doc : tagged) {
      if (task == TaggerTask::kNer) {
        auto decoded = FindNameLabels(doc, gazetteer, decoder, nullptr);
        std::vector<std::vector<double>> probs;
        for (const auto& s : decoded) probs.emplace_back(s.size(), 1.0);
        names.push_back(NamesFromLabels(decoded, probs, model));
      } else {
        TagWith(decoder, task == TaggerTask::kChunk, doc);
      }
    }
    TaggerEvaluation eval;
    Score(dev, tagged, task == TaggerTask::kNer ? &names : nullptr, task == TaggerTask::kPos,
          task == TaggerTask::kChunk, eval);
    options.on_epoch(epoch, eval);
  };
  auto evaluate = [&](const SequenceTrainer& trainer, int epoch) {
    progress("epoch " + std::to_string(epoch) + "/" + std::to_string(epochs) + " done");
    if (!dev_input.empty()) report(trainer.Average(prune), epoch);
  };
  const int runs = options.runs > 0 ? options.runs : DefaultRuns(task);
  std::vector<SequenceTrainer> trainers;
  for (int run = 0; run < runs; ++run) {
    progress(runs == 1 ? std::string("training the model")
                       : "training run " + std::to_string(run + 1) + "/" + std::to_string(runs));
    const std::uint64_t seed = options.seed + static_cast<std::uint64_t>(run);
    trainers.push_back(run == 0
                           ? TrainModel(task, docs, label_names, gazetteer, epochs, seed, evaluate)
                           : TrainModel(task, docs, label_names, gazetteer, epochs, seed, no_eval));
  }
  std::vector<const SequenceTrainer*> mixed;
  for (const SequenceTrainer& trainer : trainers) mixed.push_back(&trainer);
  const std::string_view kind = task == TaggerTask::kPos     ? kPosKind
                                : task == TaggerTask::kChunk ? kChunkKind
                                                             : kNerKind;
  std::string model = SequenceTrainer::SerializeMean(mixed, kind, prune);
  if (runs > 1 && !dev_input.empty()) {
    progress("the mixed model of " + std::to_string(runs) + " runs");
    report(SequenceModel::Load(model, kind, "mixed model"), epochs);
  }
  return model;
}

}  // namespace newsgraph
