// Averaged-perceptron weights for greedy sequence labelling, keyed by 64-bit hashed features.
// Private to extract/: the taggers in tagger.cc are its only users.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// A bijective 64-bit finaliser (every input bit affects every output bit).
inline std::uint64_t Avalanche(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x;
}

// Hash of `bytes` under `seed`; a seed of a template id gives that template's feature key.
// Always odd. Feature extraction calls it for every token, hence inline.
inline std::uint64_t HashBytes(std::uint64_t seed, std::string_view bytes) {
  std::uint64_t h = Avalanche(seed + 0x9e3779b97f4a7c15ULL + bytes.size());
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, bytes.data() + i, 8);
    h = (h ^ chunk) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  for (std::size_t k = 0; i < bytes.size(); ++i, ++k) {
    tail |= std::uint64_t{static_cast<unsigned char>(bytes[i])} << (8 * k);
  }
  return Avalanche(h ^ tail) | 1;
}

// Order-dependent combination of two hashes; always odd.
inline std::uint64_t MixHash(std::uint64_t a, std::uint64_t b) {
  return Avalanche(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL) | 1;
}

// gzip-compresses `data` deterministically (no file name, zero mtime, fixed level).
std::string GzipCompress(std::string_view data);
// Inflates gzip or zlib data. Throws std::runtime_error on corrupt input.
std::string GzipDecompress(std::string_view gz);

// Immutable run-time weights: quantised int16 rows of `labels().size()` weights per feature in
// one contiguous array, found through an open-addressing table of key fingerprints. Both live on
// transparent huge pages where the system allows, so that random lookups spare TLB misses.
class SequenceModel {
 public:
  SequenceModel() = default;
  // Parses a model file (gzip of the binary format written by SequenceTrainer::Serialize).
  // Throws std::runtime_error naming `what` when the magic, version or kind does not match.
  static SequenceModel Load(std::string_view gz, std::string_view kind, std::string_view what);

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t num_features() const { return num_features_; }
  // Multiplier that turns integer scores into perceptron units.
  float scale() const { return scale_; }

  // Adds the weights of every known feature in `keys` to `scores` (labels().size() entries).
  void Score(const std::uint64_t* keys, std::size_t count, std::int32_t* scores) const;
  // Batched Score over the keys of `tokens` tokens: token t owns keys [ends[t-1], ends[t])
  // (from 0 for t = 0; `ends` is non-decreasing) and its weights are added to
  // scores[t * labels().size() ...]. Overlaps the table's memory accesses across tokens.
  void ScoreTokens(const std::uint64_t* keys, const std::uint32_t* ends, std::size_t tokens,
                   std::int32_t* scores) const;

 private:
  friend class SequenceTrainer;
  // A known key: its fingerprint (bits 32..63; the slot index comes from bits 1..31, so an
  // unknown key is mistaken for a known one only when 62 bits collide) and its row.
  struct Slot {
    std::uint32_t tag = 0;  // 0 marks an empty slot
    std::uint32_t row = 0;
  };
  static std::uint32_t Tag(std::uint64_t key) {
    const auto tag = static_cast<std::uint32_t>(key >> 32);
    return tag == 0 ? 1 : tag;
  }
  std::uint64_t Home(std::uint64_t key) const { return (key >> 1) & mask_; }
  // Sparse rows in key order: row f of `keys` has entries [starts[f], starts[f + 1]), each
  // label << 16 | the weight's 16 bits.
  struct Rows {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> starts = {0};
    std::vector<std::uint32_t> entries;
  };
  struct Free {
    void operator()(void* memory) const { std::free(memory); }
  };
  void BuildTable(const Rows& rows);
  // The weight row of `key`, or nullptr when the model does not know it.
  const std::int16_t* Find(std::uint64_t key) const {
    const Slot* slots = slots_.get();
    const std::uint32_t tag = Tag(key);
    for (std::uint64_t i = Home(key); slots[i].tag != 0; i = (i + 1) & mask_) {
      if (slots[i].tag == tag) return weights_.get() + std::size_t{slots[i].row} * labels_.size();
    }
    return nullptr;
  }

  std::vector<std::string> labels_;
  std::unique_ptr<Slot[], Free> slots_;            // mask_ + 1 of them
  std::unique_ptr<std::int16_t[], Free> weights_;  // num_features_ rows
  std::uint64_t mask_ = 0;
  std::size_t num_features_ = 0;
  float scale_ = 1;
};

// Mutable averaged-perceptron training state. Single-threaded and deterministic.
class SequenceTrainer {
 public:
  explicit SequenceTrainer(std::vector<std::string> labels);

  std::size_t num_labels() const { return labels_.size(); }
  // Best label under the current (non-averaged) weights; ties go to the lowest index.
  int Predict(const std::vector<std::uint64_t>& keys) const;
  // One perceptron step for one token: rewards `gold`, penalises `predicted` when they differ,
  // and advances the averaging clock.
  void Update(const std::vector<std::uint64_t>& keys, int gold, int predicted);

  // Averaged, pruned (features whose every |weight| < `prune` are dropped) and quantised weights.
  SequenceModel Average(double prune) const;
  // The model file: gzip of magic, version, kind, labels, sorted keys and int16 weights.
  std::string Serialize(std::string_view kind, double prune) const;
  // The model file of the mean of several runs' averaged weights (parameter mixing of runs over
  // the same data in different orders); `runs` is not empty and all have the same labels.
  static std::string SerializeMean(const std::vector<const SequenceTrainer*>& runs,
                                   std::string_view kind, double prune);

 private:
  // The mean averaged weights of `runs`, pruned and quantised, with their scale.
  static SequenceModel::Rows Quantise(const std::vector<const SequenceTrainer*>& runs, double prune,
                                      float& scale);
  std::int64_t FindRow(std::uint64_t key) const;
  std::int64_t AddRow(std::uint64_t key);

  std::vector<std::string> labels_;
  std::vector<std::uint64_t> table_keys_;
  std::vector<std::uint32_t> table_rows_;
  std::uint64_t mask_ = 0;
  std::vector<std::uint64_t> row_keys_;
  std::vector<std::int32_t> weights_;
  std::vector<std::int64_t> stamped_;  // sum over updates of clock * delta, for averaging
  std::int64_t clock_ = 1;
};

}  // namespace newsgraph
