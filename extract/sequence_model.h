// Averaged-perceptron weights for greedy sequence labelling, keyed by 64-bit hashed features.
// Private to extract/: the taggers in tagger.cc are its only users.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Hash of `bytes` under `seed`; a seed of a template id gives that template's feature key.
std::uint64_t HashBytes(std::uint64_t seed, std::string_view bytes);
// Order-dependent combination of two hashes; never returns 0 for nonzero inputs in practice.
std::uint64_t MixHash(std::uint64_t a, std::uint64_t b);

// gzip-compresses `data` deterministically (no file name, zero mtime, fixed level).
std::string GzipCompress(std::string_view data);
// Inflates gzip or zlib data. Throws std::runtime_error on corrupt input.
std::string GzipDecompress(std::string_view gz);

// Immutable run-time weights: quantised int16 rows of `labels().size()` weights per feature in
// one contiguous array, found through an open-addressing table of keys.
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

 private:
  friend class SequenceTrainer;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t row = 0;
  };
  void BuildTable(const std::vector<std::uint64_t>& keys);

  std::vector<std::string> labels_;
  std::vector<Slot> slots_;
  std::uint64_t mask_ = 0;
  std::vector<std::int16_t> weights_;
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

 private:
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
