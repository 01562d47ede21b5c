#include "extract/syntax/sequence_model.h"

#include <sys/mman.h>
#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>

namespace newsgraph {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'S', 'E', 'Q', 'M', 'D', 'L'};
constexpr std::uint32_t kVersion = 1;

// Slots for `count` features: the load factor stays at most 1/2.
std::size_t TableCapacity(std::size_t count) {
  return std::bit_ceil(std::max<std::size_t>(16, count * 2));
}

void PutU32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutString(std::string& out, std::string_view s) {
  PutU32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Bounds-checked little-endian reader over a decompressed model.
class Reader {
 public:
  Reader(std::string_view data, std::string_view what) : data_(data), what_(what) {}
  std::string_view Bytes(std::size_t n) {
    if (data_.size() - pos_ < n) {
      throw std::runtime_error(std::string(what_) + ": model file is truncated");
    }
    std::string_view out = data_.substr(pos_, n);
    pos_ += n;
    return out;
  }
  std::uint64_t Uint(int bytes) {
    std::string_view b = Bytes(bytes);
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(b[i])} << (8 * i);
    return v;
  }
  std::string String() { return std::string(Bytes(Uint(4))); }
  bool AtEnd() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  std::string_view what_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string GzipCompress(std::string_view data) {
  z_stream stream{};
  // windowBits 15 + 16 selects a gzip wrapper; zlib writes mtime 0 and no name by default.
  if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib: deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, data.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&stream, Z_FINISH);
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
  out.resize(stream.total_out);
  return out;
}

std::string GzipDecompress(std::string_view gz) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  stream.avail_in = static_cast<uInt>(gz.size());
  // A gzip trailer ends with the uncompressed size modulo 2^32: a good first allocation.
  std::size_t guess = gz.size() * 4;
  if (gz.size() >= 18) {
    std::uint32_t isize = 0;
    for (int i = 0; i < 4; ++i) {
      isize |= std::uint32_t{static_cast<unsigned char>(gz[gz.size() - 4 + i])} << (8 * i);
    }
    guess = std::max<std::size_t>(isize, 64);
  }
  std::string out(guess, '\0');
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    if (stream.total_out == out.size()) out.resize(out.size() * 2);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + stream.total_out);
    stream.avail_out = static_cast<uInt>(out.size() - stream.total_out);
    rc = inflate(&stream, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&stream);
      throw std::runtime_error("model file is not valid gzip data");
    }
    if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      inflateEnd(&stream);
      throw std::runtime_error("model file is truncated gzip data");
    }
  }
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

namespace {

// Zeroed memory for `bytes`, on transparent huge pages when it spans at least one.
void* AllocateTable(std::size_t bytes) {
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  const std::size_t align = bytes >= kHugePage ? kHugePage : 64;
  const std::size_t size = std::max<std::size_t>(align, (bytes + align - 1) / align * align);
  void* memory = std::aligned_alloc(align, size);
  if (memory == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  if (align == kHugePage) madvise(memory, size, MADV_HUGEPAGE);  // advisory: failure costs speed
#endif
  std::memset(memory, 0, size);
  return memory;
}

}  // namespace

void SequenceModel::BuildTable(const Rows& rows) {
  const std::size_t num_labels = labels_.size();
  num_features_ = rows.keys.size();
  const std::size_t capacity = TableCapacity(num_features_);
  mask_ = capacity - 1;
  slots_.reset(static_cast<Slot*>(AllocateTable(capacity * sizeof(Slot))));
  weights_.reset(static_cast<std::int16_t*>(
      AllocateTable(std::max<std::size_t>(1, num_features_ * num_labels) * sizeof(std::int16_t))));
  for (std::size_t f = 0; f < num_features_; ++f) {
    for (std::uint32_t k = rows.starts[f]; k < rows.starts[f + 1]; ++k) {
      const std::uint32_t e = rows.entries[k];
      weights_[f * num_labels + (e >> 16)] =
          static_cast<std::int16_t>(static_cast<std::uint16_t>(e & 0xffff));
    }
    std::uint64_t i = Home(rows.keys[f]);
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{Tag(rows.keys[f]), static_cast<std::uint32_t>(f)};
  }
}

void SequenceModel::Score(const std::uint64_t* keys, std::size_t count,
                          std::int32_t* scores) const {
  const std::size_t num_labels = labels_.size();
  const Slot* slots = slots_.get();
  for (std::size_t f = 0; f < count; ++f) __builtin_prefetch(&slots[Home(keys[f])]);
  const std::int16_t* rows[256];
  std::size_t found = 0;
  for (std::size_t f = 0; f < count && found < 256; ++f) {
    if (const std::int16_t* w = Find(keys[f])) {
      __builtin_prefetch(w);
      rows[found++] = w;
    }
  }
  for (std::size_t r = 0; r < found; ++r) {
    const std::int16_t* w = rows[r];
    for (std::size_t l = 0; l < num_labels; ++l) scores[l] += w[l];
  }
}

void SequenceModel::ScoreTokens(const std::uint64_t* keys, const std::uint32_t* ends,
                                std::size_t tokens, std::int32_t* scores) const {
  if (tokens == 0) return;
  // Slots are prefetched kAhead keys before their probe, rows when their probe succeeds; rows
  // are summed one block later, when they have had time to arrive.
  constexpr std::size_t kAhead = 12;
  constexpr std::size_t kBlock = 64;
  const std::size_t num_labels = labels_.size();
  const std::size_t row_bytes = num_labels * sizeof(std::int16_t);
  const Slot* slots = slots_.get();
  const std::size_t total = ends[tokens - 1];
  for (std::size_t f = 0; f < kAhead && f < total; ++f) __builtin_prefetch(&slots[Home(keys[f])]);
  const std::int16_t* rows[kBlock];
  std::size_t t = 0;
  for (std::size_t begin = 0; begin < total; begin += kBlock) {
    const std::size_t end = std::min(total, begin + kBlock);
    for (std::size_t f = begin; f < end; ++f) {
      if (f + kAhead < total) __builtin_prefetch(&slots[Home(keys[f + kAhead])]);
      const std::int16_t* w = Find(keys[f]);
      if (w != nullptr) {
        const char* bytes = reinterpret_cast<const char*>(w);
        __builtin_prefetch(bytes);
        if (row_bytes > 64) __builtin_prefetch(bytes + row_bytes - 1);
      }
      rows[f - begin] = w;
    }
    for (std::size_t f = begin; f < end; ++f) {
      while (ends[t] <= f) ++t;
      const std::int16_t* w = rows[f - begin];
      if (w == nullptr) continue;
      std::int32_t* out = scores + t * num_labels;
      for (std::size_t l = 0; l < num_labels; ++l) out[l] += w[l];
    }
  }
}

SequenceModel SequenceModel::Load(std::string_view gz, std::string_view kind,
                                  std::string_view what) {
  std::string data = GzipDecompress(gz);
  Reader in(data, what);
  if (data.size() < sizeof(kMagic) || std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0) {
    throw std::runtime_error(std::string(what) +
                             ": not a newsgraph sequence model (bad magic number)");
  }
  in.Bytes(sizeof(kMagic));
  std::uint32_t version = static_cast<std::uint32_t>(in.Uint(4));
  if (version != kVersion) {
    throw std::runtime_error(std::string(what) + ": unsupported model format version " +
                             std::to_string(version) + " (this build reads version " +
                             std::to_string(kVersion) + "); retrain with `newsgraph train`");
  }
  std::string model_kind = in.String();
  if (model_kind != kind) {
    throw std::runtime_error(std::string(what) + ": expected a " + std::string(kind) +
                             " model but the file holds a " + model_kind + " model");
  }
  SequenceModel model;
  std::uint32_t num_labels = static_cast<std::uint32_t>(in.Uint(4));
  if (num_labels == 0 || num_labels > 255) {
    throw std::runtime_error(std::string(what) + ": corrupt label count");
  }
  for (std::uint32_t l = 0; l < num_labels; ++l) model.labels_.push_back(in.String());
  std::uint32_t scale_bits = static_cast<std::uint32_t>(in.Uint(4));
  std::memcpy(&model.scale_, &scale_bits, 4);
  std::uint64_t count = in.Uint(8);
  if (count > data.size()) throw std::runtime_error(std::string(what) + ": corrupt feature count");
  std::vector<std::uint64_t> keys(count);
  std::uint64_t previous = 0;
  for (std::uint64_t f = 0; f < count; ++f) {
    std::uint64_t delta = 0;
    for (int shift = 0;; shift += 7) {
      auto byte = static_cast<unsigned char>(in.Bytes(1)[0]);
      delta |= std::uint64_t{byte & 0x7fu} << shift;
      if (byte < 0x80 || shift > 63) break;
    }
    previous += delta;
    keys[f] = previous;
  }
  std::string_view nonzero = in.Bytes(count);
  std::size_t total = 0;
  for (char c : nonzero) total += static_cast<unsigned char>(c);
  std::string_view label_bytes = in.Bytes(total);
  std::string_view low = in.Bytes(total);
  std::string_view high = in.Bytes(total);
  if (!in.AtEnd()) throw std::runtime_error(std::string(what) + ": trailing bytes in model file");
  Rows rows;
  rows.keys = std::move(keys);
  rows.starts.reserve(count + 1);
  rows.entries.reserve(total);
  std::size_t at = 0;
  for (std::uint64_t f = 0; f < count; ++f) {
    std::size_t n = static_cast<unsigned char>(nonzero[f]);
    for (std::size_t k = 0; k < n; ++k, ++at) {
      std::uint32_t label = static_cast<unsigned char>(label_bytes[at]);
      if (label >= num_labels) throw std::runtime_error(std::string(what) + ": corrupt label");
      std::uint32_t v = static_cast<unsigned char>(low[at]) |
                        (static_cast<std::uint32_t>(static_cast<unsigned char>(high[at])) << 8);
      if (v != 0) rows.entries.push_back(label << 16 | v);
    }
    rows.starts.push_back(static_cast<std::uint32_t>(rows.entries.size()));
  }
  model.BuildTable(rows);
  return model;
}

SequenceTrainer::SequenceTrainer(std::vector<std::string> labels) : labels_(std::move(labels)) {
  if (labels_.empty() || labels_.size() > 255) {
    throw std::runtime_error("a sequence model needs between 1 and 255 labels, not " +
                             std::to_string(labels_.size()));
  }
  table_keys_.assign(1 << 16, 0);
  table_rows_.assign(1 << 16, 0);
  mask_ = table_keys_.size() - 1;
}

std::int64_t SequenceTrainer::FindRow(std::uint64_t key) const {
  std::uint64_t i = key & mask_;
  while (table_keys_[i] != 0) {
    if (table_keys_[i] == key) return table_rows_[i];
    i = (i + 1) & mask_;
  }
  return -1;
}

std::int64_t SequenceTrainer::AddRow(std::uint64_t key) {
  std::int64_t row = FindRow(key);
  if (row >= 0) return row;
  row = static_cast<std::int64_t>(row_keys_.size());
  row_keys_.push_back(key);
  weights_.resize(weights_.size() + labels_.size(), 0);
  stamped_.resize(stamped_.size() + labels_.size(), 0);
  if (row_keys_.size() * 2 > table_keys_.size()) {
    std::size_t capacity = table_keys_.size() * 2;
    table_keys_.assign(capacity, 0);
    table_rows_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (std::uint32_t r = 0; r < row_keys_.size(); ++r) {
      std::uint64_t i = row_keys_[r] & mask_;
      while (table_keys_[i] != 0) i = (i + 1) & mask_;
      table_keys_[i] = row_keys_[r];
      table_rows_[i] = r;
    }
  } else {
    std::uint64_t i = key & mask_;
    while (table_keys_[i] != 0) i = (i + 1) & mask_;
    table_keys_[i] = key;
    table_rows_[i] = static_cast<std::uint32_t>(row);
  }
  return row;
}

int SequenceTrainer::Predict(const std::vector<std::uint64_t>& keys) const {
  const std::size_t num_labels = labels_.size();
  std::int64_t scores[256] = {};
  for (std::uint64_t key : keys) {
    std::int64_t row = FindRow(key);
    if (row < 0) continue;
    const std::int32_t* w = weights_.data() + row * num_labels;
    for (std::size_t l = 0; l < num_labels; ++l) scores[l] += w[l];
  }
  int best = 0;
  for (std::size_t l = 1; l < num_labels; ++l) {
    if (scores[l] > scores[best]) best = static_cast<int>(l);
  }
  return best;
}

void SequenceTrainer::Update(const std::vector<std::uint64_t>& keys, int gold, int predicted) {
  if (gold != predicted) {
    const std::size_t num_labels = labels_.size();
    for (std::uint64_t key : keys) {
      std::int64_t row = AddRow(key);
      std::size_t base = static_cast<std::size_t>(row) * num_labels;
      weights_[base + gold] += 1;
      stamped_[base + gold] += clock_;
      weights_[base + predicted] -= 1;
      stamped_[base + predicted] -= clock_;
    }
  }
  ++clock_;
}

SequenceModel::Rows SequenceTrainer::Quantise(const std::vector<const SequenceTrainer*>& runs,
                                              double prune, float& scale) {
  const std::size_t num_labels = runs.front()->labels_.size();
  // Every run's rows in key order; equal keys of different runs are summed.
  struct Ref {
    std::uint64_t key;
    std::uint32_t run, row;
  };
  std::vector<Ref> refs;
  for (std::uint32_t k = 0; k < runs.size(); ++k) {
    for (std::uint32_t r = 0; r < runs[k]->row_keys_.size(); ++r) {
      refs.push_back({runs[k]->row_keys_[r], k, r});
    }
  }
  std::sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) {
    return a.key != b.key ? a.key < b.key : a.run < b.run;
  });
  std::vector<double> averaged(num_labels);
  std::vector<std::uint64_t> kept_keys;
  std::vector<double> kept;
  double max_abs = 0;
  for (std::size_t i = 0; i < refs.size();) {
    std::fill(averaged.begin(), averaged.end(), 0.0);
    const std::uint64_t key = refs[i].key;
    for (; i < refs.size() && refs[i].key == key; ++i) {
      const SequenceTrainer& run = *runs[refs[i].run];
      const double clock = static_cast<double>(run.clock_);
      for (std::size_t l = 0; l < num_labels; ++l) {
        const std::size_t at = std::size_t{refs[i].row} * num_labels + l;
        averaged[l] += (run.weights_[at] - run.stamped_[at] / clock) / runs.size();
      }
    }
    double row_max = 0;
    for (double w : averaged) row_max = std::max(row_max, std::abs(w));
    if (row_max < prune || row_max == 0) continue;
    kept_keys.push_back(key);
    kept.insert(kept.end(), averaged.begin(), averaged.end());
    max_abs = std::max(max_abs, row_max);
  }
  scale = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  SequenceModel::Rows rows;
  rows.keys = std::move(kept_keys);
  for (std::size_t f = 0; f < rows.keys.size(); ++f) {
    for (std::size_t l = 0; l < num_labels; ++l) {
      auto v = static_cast<std::int16_t>(std::lround(kept[f * num_labels + l] / scale));
      if (v != 0) {
        rows.entries.push_back(static_cast<std::uint32_t>(l) << 16 | static_cast<std::uint16_t>(v));
      }
    }
    rows.starts.push_back(static_cast<std::uint32_t>(rows.entries.size()));
  }
  return rows;
}

SequenceModel SequenceTrainer::Average(double prune) const {
  SequenceModel model;
  model.labels_ = labels_;
  model.BuildTable(Quantise({this}, prune, model.scale_));
  return model;
}

std::string SequenceTrainer::Serialize(std::string_view kind, double prune) const {
  return SerializeMean({this}, kind, prune);
}

std::string SequenceTrainer::SerializeMean(const std::vector<const SequenceTrainer*>& runs,
                                           std::string_view kind, double prune) {
  float scale = 1;
  const SequenceModel::Rows rows = Quantise(runs, prune, scale);
  const std::vector<std::string>& label_names = runs.front()->labels_;
  const std::size_t num_labels = label_names.size();
  std::string out(kMagic, sizeof(kMagic));
  PutU32(out, kVersion);
  PutString(out, kind);
  PutU32(out, static_cast<std::uint32_t>(num_labels));
  for (const auto& label : label_names) PutString(out, label);
  std::uint32_t scale_bits;
  std::memcpy(&scale_bits, &scale, 4);
  PutU32(out, scale_bits);
  PutU64(out, rows.keys.size());
  std::uint64_t previous = 0;
  for (std::uint64_t key : rows.keys) {
    for (std::uint64_t delta = key - previous;; delta >>= 7) {
      if (delta < 0x80) {
        out.push_back(static_cast<char>(delta));
        break;
      }
      out.push_back(static_cast<char>((delta & 0x7f) | 0x80));
    }
    previous = key;
  }
  // Sparse rows: nonzero counts, then their label indices, then low and high weight bytes.
  std::string labels, low, high;
  for (std::size_t f = 0; f < rows.keys.size(); ++f) {
    out.push_back(static_cast<char>(rows.starts[f + 1] - rows.starts[f]));
    for (std::uint32_t k = rows.starts[f]; k < rows.starts[f + 1]; ++k) {
      const std::uint32_t e = rows.entries[k];
      labels.push_back(static_cast<char>(e >> 16));
      low.push_back(static_cast<char>(e & 0xff));
      high.push_back(static_cast<char>((e >> 8) & 0xff));
    }
  }
  out += labels;
  out += low;
  out += high;
  return GzipCompress(out);
}

}  // namespace newsgraph
