#include "extract/syntax/tagger_features.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <string>

#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr std::uint64_t kBoundaryBefore = 0xb0b0b0b1ULL;
constexpr std::uint64_t kBoundaryAfter = 0xe0e0e0e1ULL;

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// The list files; a file's category (GazetteerCategory) is its index here.
constexpr std::array<std::string_view, 6> kGazetteerFiles = {
    "gazetteers/demonyms.txt", "gazetteers/org_suffixes.txt", "gazetteers/organisations.txt",
    "gazetteers/places.txt",   "gazetteers/titles.txt",       "gazetteers/first_names.txt"};

// Calls `add` with every translation of a little-endian GNU gettext catalogue (.mo file) but the
// catalogue's header (the translation of the empty message).
template <typename Add>
void ForEachGettextTranslation(std::string_view mo, Add&& add) {
  auto word = [&](std::size_t offset) -> std::uint32_t {
    if (offset + 4 > mo.size()) return 0;
    std::uint32_t value;
    std::memcpy(&value, mo.data() + offset, 4);
    return value;
  };
  if (word(0) != 0x950412deU) return;
  const std::uint32_t count = word(8), originals = word(12), translations = word(16);
  for (std::uint32_t k = 0; k < count; ++k) {
    if (word(originals + 8 * k) == 0) continue;
    const std::uint32_t length = word(translations + 8 * k);
    const std::uint32_t offset = word(translations + 8 * k + 4);
    if (length > 0 && std::size_t{offset} + length <= mo.size()) add(mo.substr(offset, length));
  }
}

std::uint64_t F(std::uint64_t template_id, std::uint64_t value) {
  return MixHash(template_id, value);
}
std::uint64_t F(std::uint64_t template_id, std::uint64_t a, std::uint64_t b) {
  return MixHash(MixHash(template_id, a), b);
}
std::uint64_t F(std::uint64_t template_id, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return MixHash(MixHash(MixHash(template_id, a), b), c);
}

// Replaces the UTF-8 sequence at text[i] when it is a curly quote, dash or ellipsis, or a Latin
// letter with diacritics (folded to its ASCII letter, so that "Ángel Durán" has the shapes and
// flags of the ASCII names the models were trained on); returns the number of bytes consumed (0
// when the sequence is kept).
std::size_t ReplaceSpecial(std::string_view text, std::size_t i, std::string& out) {
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead >= 0xC3 && lead <= 0xC5 && i + 1 < text.size()) {
    const char32_t cp = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    if (const char folded = FoldLatinLetter(cp); folded != '\0') {
      out.push_back(folded);
      return 2;
    }
  }
  struct Mapping {
    std::string_view from, to;
  };
  static constexpr Mapping kMappings[] = {
      {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},  {"\xE2\x80\x9E", "\""},
      {"\xC2\xAB", "\""},     {"\xC2\xBB", "\""},      {"\xE2\x80\x98", "'"},
      {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9A", "'"},   {"\xE2\x80\x93", "-"},
      {"\xE2\x80\x94", "-"},  {"\xE2\x88\x92", "-"},   {"\xE2\x80\x90", "-"},
      {"\xE2\x80\x91", "-"},  {"\xE2\x80\xA6", "..."}, {"\xC2\xA0", " "}};
  for (const auto& m : kMappings) {
    if (text.substr(i, m.from.size()) == m.from) {
      out.append(m.to);
      return m.from.size();
    }
  }
  return 0;
}

// "Xxxx" (runs capped at 4) and "Xx" (runs collapsed) shapes of a normalised token, at most
// kMaxShape characters each.
constexpr std::size_t kMaxShape = 24;
struct TokenShapes {
  char shape[kMaxShape];
  char sshape[kMaxShape];
  std::size_t shape_size = 0;
  std::size_t sshape_size = 0;
};
void Shapes(std::string_view text, TokenShapes& out) {
  out.shape_size = out.sshape_size = 0;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < text.size() && out.shape_size < kMaxShape; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char s;
    if (IsUpper(c)) {
      s = 'X';
    } else if (IsLower(c)) {
      s = 'x';
    } else if (IsDigit(c)) {
      s = 'd';
    } else if (c >= 0xC0) {
      s = 'u';
    } else if (c >= 0x80) {
      continue;
    } else {
      s = static_cast<char>(c);
    }
    if (s == last) {
      ++run;
    } else {
      run = 1;
      last = s;
      out.sshape[out.sshape_size++] = s;  // at most one per shape character
    }
    if (run <= 4) out.shape[out.shape_size++] = s;
  }
}

// Sets the text fields and the flags (but kHeadline) of the view of a token whose normalised
// text is `norm`; returns whether the token has an upper-case letter.
bool SetTextFields(std::string_view norm, TokenView& v) {
  v.word = HashBytes(11, norm);
  v.lower.resize(norm.size());
  bool alnum = false, has_upper = false;
  for (std::size_t i = 0; i < norm.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(norm[i]);
    if (IsUpper(c)) {
      v.lower[i] = static_cast<char>(c + 32);
      if (i == 0) v.flags |= kInitCap;
      alnum = has_upper = true;
    } else if (IsDigit(c)) {
      v.lower[i] = '0';
      v.flags |= kHasDigit;
      alnum = true;
    } else {
      v.lower[i] = static_cast<char>(c);
      if (IsLower(c)) {
        v.flags |= kHasLower;
        alnum = true;
      } else if (c == '-') {
        v.flags |= kHasHyphen;
      } else if (c == '.') {
        v.flags |= kHasPeriod;
      } else if (c >= 0x80) {
        alnum = true;
      }
    }
  }
  if (!alnum) v.flags |= kNoAlnum;
  if (has_upper && !(v.flags & kHasLower)) v.flags |= kAllCaps;
  v.low = HashBytes(12, v.lower);
  TokenShapes shapes;
  Shapes(norm, shapes);
  v.shape = HashBytes(13, std::string_view(shapes.shape, shapes.shape_size));
  v.sshape = HashBytes(14, std::string_view(shapes.sshape, shapes.sshape_size));
  return has_upper;
}

enum PosTemplate : std::uint64_t {
  kPosBias = 1,
  kPosWord,
  kPosLower,
  kPosSuffix,
  kPosPrefix = kPosSuffix + 8,
  kPosShape = kPosPrefix + 8,
  kPosLowerM1,
  kPosLowerM2,
  kPosLowerP1,
  kPosLowerP2,
  kPosSuffixM1,
  kPosSuffixP1,
  kPosShapeP1,
  kPosLabel1,
  kPosLabel12,
  kPosLabel1Lower,
  kPosFlags,
  kPosBigramNext,
  kPosLabel2,
  kPosShapeM1,
  kPosLabel1Suffix,
};

enum ChunkTemplate : std::uint64_t {
  kChunkBias = 100,
  kChunkLower,
  kChunkLowerM1,
  kChunkLowerM2,
  kChunkLowerP1,
  kChunkLowerP2,
  kChunkPos,
  kChunkPosM1,
  kChunkPosM2,
  kChunkPosP1,
  kChunkPosP2,
  kChunkPosM1Pos,
  kChunkPosPosP1,
  kChunkPosM2M1,
  kChunkPosP1P2,
  kChunkPosTriM,
  kChunkPosTriC,
  kChunkPosTriP,
  kChunkLowerPos,
  kChunkLabel1,
  kChunkLabel12,
  kChunkLabel1Pos,
  kChunkLabel1Lower,
  kChunkLabel1PosP1,
  kChunkLowerM1Pos,
  kChunkLowerP1Pos,
  kChunkShape,
  kChunkSuffix,
  kChunkBigramPrev,
  kChunkBigramNext,
  kChunkLabel12Pos,
  kChunkLabel1PosM1,
  kChunkPosLowerP1,
  kChunkShapeP1,
};

enum NerTemplate : std::uint64_t {
  kNerBias = 200,
  kNerWord,
  kNerLower,
  kNerShape,
  kNerShortShape,
  kNerPrefix,
  kNerSuffix = kNerPrefix + 8,
  kNerLowerM1 = kNerSuffix + 8,
  kNerLowerM2,
  kNerLowerP1,
  kNerLowerP2,
  kNerShapeM1,
  kNerShapeM2,
  kNerShapeP1,
  kNerShapeP2,
  kNerShapeTri,
  kNerBigramPrev,
  kNerBigramNext,
  kNerPos,
  kNerPosM1,
  kNerPosP1,
  kNerChunk,
  kNerChunkM1,
  kNerChunkP1,
  kNerLabel1,
  kNerLabel12,
  kNerLabel1Lower,
  kNerLabel1Shape,
  kNerLabel1Pos,
  kNerInitialShape,
  kNerHeadlineLower,
  kNerFlags,
  kNerGazetteer,
  kNerGazetteerM1,
  kNerGazetteerP1,
  kNerGazetteerCap,
  kNerDoc,
  kNerDocLower = kNerDoc + 8,
  kNerLabel1ShapeM1Word,
  kNerPosLower,
  kNerClassNext,  // word classes (TokenView::word_class)
  kNerClassPrevious,
  kNerClassBoth,
  kNerClassM1,
  kNerClassP1,
  kNerClassCap,
  kNerUnknownWord,
};

void AddGazetteerBits(std::uint64_t template_id, std::uint32_t bits, std::uint64_t extra,
                      std::vector<std::uint64_t>& out) {
  while (bits != 0) {
    int bit = std::countr_zero(bits);
    bits &= bits - 1;
    out.push_back(F(template_id, static_cast<std::uint64_t>(bit) + 1, extra));
  }
}

std::uint32_t NameBits(int type, std::size_t length, bool first) {
  return static_cast<std::uint32_t>(type + 1) | (std::min<std::size_t>(length, 3) << 8) |
         (first ? 1u << 12 : 0u);
}

}  // namespace

std::string NormaliseTokenText(std::string_view text) {
  std::string out;
  if (text == "``" || text == "''") return "\"";
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      std::size_t used = ReplaceSpecial(text, i, out);
      if (used > 0) {
        i += used;
        continue;
      }
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::vector<TokenView> MakeViews(const Sentence& sentence) {
  std::vector<TokenView> views;
  MakeViews(sentence, views);
  return views;
}

void MakeViews(const Sentence& sentence, std::vector<TokenView>& views) {
  const std::size_t n = sentence.tokens.size();
  views.resize(n + 4);
  for (TokenView& v : views) {
    v.lower.clear();
    v.pos = v.chunk = 0;
    v.flags = v.gazetteer = v.word_class = 0;
    for (auto& d : v.doc) d = 0;
  }
  for (std::size_t k = 0; k < 2; ++k) {
    for (TokenView* v : {&views[k], &views[n + 2 + k]}) {
      std::uint64_t b = (v == &views[k]) ? kBoundaryBefore + k : kBoundaryAfter + k;
      v->word = v->low = v->shape = v->sshape = v->pos = v->chunk = b;
    }
  }
  bool headline = false, any_lower = false;
  std::string normalised;
  for (std::size_t t = 0; t < n; ++t) {
    TokenView& v = views[t + 2];
    const std::string& raw = sentence.tokens[t].text;
    bool ascii = true;
    for (char c : raw) ascii &= static_cast<unsigned char>(c) < 0x80;
    std::string_view norm = raw;
    if (!ascii || raw == "``" || raw == "''") {
      normalised = NormaliseTokenText(raw);
      norm = normalised;
    }
    headline |= SetTextFields(norm, v);
    any_lower |= (v.flags & kHasLower) != 0;
  }
  if (headline && !any_lower) {
    for (std::size_t t = 0; t < n; ++t) views[t + 2].flags |= kHeadline;
  }
}

std::uint64_t TagViewHash(std::string_view pos) { return HashBytes(15, pos); }

void AddTagViews(const Sentence& sentence, bool with_chunk, std::vector<TokenView>& views) {
  for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
    views[t + 2].pos = TagViewHash(sentence.tokens[t].pos);
    if (with_chunk) views[t + 2].chunk = HashBytes(16, sentence.tokens[t].chunk);
  }
}

int NameTypeIndex(std::string_view type) {
  const auto* found = std::find(std::begin(kNameTypes), std::end(kNameTypes), type);
  return found == std::end(kNameTypes) ? -1 : static_cast<int>(found - std::begin(kNameTypes));
}

std::string EmbeddedNameTypes() {
  return GzipDecompress(EmbeddedResource("models/name_types.tsv.gz"));
}

std::string EmbeddedWordClasses() {
  return GzipDecompress(EmbeddedResource("models/word_classes.tsv.gz"));
}

Gazetteer::Gazetteer() : Gazetteer(EmbeddedNameTypes(), EmbeddedWordClasses()) {}

Gazetteer::Gazetteer(std::string_view name_types, std::string_view word_classes) {
  AddWordClasses(word_classes);
  for (std::size_t c = 0; c < kGazetteerFiles.size(); ++c) {
    std::string_view text = EmbeddedResource(kGazetteerFiles[c]);
    while (!text.empty()) {
      std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      Add(line, static_cast<int>(c));
    }
  }
  rapidjson::Document json;
  std::string_view iso = EmbeddedResource("iso-codes/iso_3166-1.json");
  json.Parse(iso.data(), iso.size());
  if (json.IsObject() && json.HasMember("3166-1") && json["3166-1"].IsArray()) {
    for (const auto& country : json["3166-1"].GetArray()) {
      for (const char* field : {"name", "official_name", "common_name"}) {
        if (!country.HasMember(field) || !country[field].IsString()) continue;
        std::string_view name(country[field].GetString(), country[field].GetStringLength());
        if (name.find(',') != std::string_view::npos) continue;
        Add(name, kCountryCategory);
      }
    }
  }
  for (std::string_view extra : {"U.S.", "US", "USA", "UK", "Britain", "Russia", "Iran", "Syria",
                                 "South Korea", "North Korea", "Taiwan", "Vietnam"}) {
    Add(extra, kCountryCategory);
  }
  std::string_view iso2 = EmbeddedResource("iso-codes/iso_3166-2.json");
  json.Parse(iso2.data(), iso2.size());
  if (json.IsObject() && json.HasMember("3166-2") && json["3166-2"].IsArray()) {
    for (const auto& subdivision : json["3166-2"].GetArray()) {
      if (!subdivision.HasMember("name") || !subdivision["name"].IsString()) continue;
      Add(std::string_view(subdivision["name"].GetString(), subdivision["name"].GetStringLength()),
          kRegionCategory);
    }
  }
  ForEachGettextTranslation(EmbeddedResource("geonames/geonames.mo"),
                            [&](std::string_view city) { Add(city, kCityCategory); });
  // One word a line; possessives ("Paris's") add nothing.
  std::string_view words = EmbeddedResource("dict/american-english");
  while (!words.empty()) {
    std::size_t eol = words.find('\n');
    std::string_view word = words.substr(0, eol);
    words = eol == std::string_view::npos ? std::string_view() : words.substr(eol + 1);
    if (word.empty() || word.find('\'') != std::string_view::npos) continue;
    Add(word, IsUpper(static_cast<unsigned char>(word[0])) ? kProperNameCategory : kWordCategory);
  }
  const std::vector<std::string_view> type_lines = SplitLines(name_types);
  for (std::size_t n = 0; n < type_lines.size(); ++n) {
    const std::string_view line = type_lines[n];
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    const int type = fields.size() == 2 ? NameTypeIndex(fields[1]) : -1;
    if (fields[0].empty() || type < 0) {
      throw std::runtime_error("name types:" + std::to_string(n + 1) +
                               ": expected word<TAB>PER, ORG, LOC or MISC");
    }
    Add(fields[0], kNameTypeCategory + type);
  }
  for (const auto& [key, word_class] : word_classes_) phrases_.try_emplace(key, 0);
  std::size_t capacity = 1;
  while (capacity < 2 * phrases_.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (const auto& [key, bits] : phrases_) {
    const std::uint64_t stored = key == 0 ? 1 : key;
    std::uint64_t i = stored & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    const auto word_class = word_classes_.find(key);
    slots_[i] = {stored, bits, word_class == word_classes_.end() ? 0 : word_class->second};
  }
  phrases_.clear();
  word_classes_.clear();
}

const Gazetteer::Slot* Gazetteer::Find(std::uint64_t key) const {
  if (key == 0) key = 1;
  for (std::uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    if (slots_[i].key == key) return &slots_[i];
    if (slots_[i].key == 0) return nullptr;
  }
}

void Gazetteer::AddWordClasses(std::string_view text) {
  Sentence sentence;
  sentence.tokens.resize(1);
  std::vector<TokenView> views;
  const std::vector<std::string_view> lines = SplitLines(text);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (lines[n].empty() || lines[n][0] == '#') continue;
    const std::vector<std::string_view> fields = Split(lines[n], '\t');
    std::uint32_t classes[2] = {0, 0};
    bool ok = fields.size() == 3 && !fields[0].empty();
    for (std::size_t k = 0; ok && k < 2; ++k) {
      const std::string_view number = fields[k + 1];
      ok = !number.empty() && number.size() <= 5 &&
           std::all_of(number.begin(), number.end(), [](char c) { return IsDigit(c); });
      if (ok) classes[k] = static_cast<std::uint32_t>(std::stoul(std::string(number)));
      ok = ok && classes[k] < 0xffff;
    }
    if (!ok) {
      throw std::runtime_error("word classes:" + std::to_string(n + 1) +
                               ": expected word<TAB>class<TAB>class");
    }
    sentence.tokens[0].text = std::string(fields[0]);
    MakeViews(sentence, views);
    word_classes_[MixHash(0, views[2].low)] = (classes[0] + 1) | (classes[1] + 1) << 16;
  }
}

void Gazetteer::Add(std::string_view phrase, int category) {
  // Phrases are split at spaces; parentheses end a phrase ("Bolivia (Plurinational State of)").
  phrase = phrase.substr(0, phrase.find('('));
  std::vector<std::uint64_t> hashes;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > start) {
      Sentence s;
      s.tokens.push_back(Token(std::string(phrase.substr(start, end - start)), {}));
      hashes.push_back(MakeViews(s)[2].low);
    }
    start = end + 1;
  }
  if (hashes.empty()) return;
  std::uint64_t h = 0;
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    h = MixHash(h, hashes[i]);
    if (i + 1 < hashes.size()) phrases_[h] |= kLonger;
  }
  phrases_[h] |= 1u << category;
  longest_ = std::max(longest_, hashes.size());
}

void Gazetteer::Mark(std::vector<TokenView>& views) const {
  const std::size_t end = views.size() - 2;
  for (std::size_t i = 2; i < end; ++i) {
    std::uint64_t h = 0;
    for (std::size_t len = 1; len <= longest_ && i + len <= end; ++len) {
      h = MixHash(h, views[i + len - 1].low);
      const Slot* slot = Find(h);
      if (slot == nullptr) break;
      if (len == 1) views[i].word_class = slot->word_class;
      const std::uint32_t found = slot->bits;
      if (found == 0) break;
      const bool longer = (found & kLonger) != 0;
      for (std::uint32_t bits = found & ~kLonger; bits != 0; bits &= bits - 1) {
        int c = std::countr_zero(bits);
        views[i].gazetteer |= 1u << (2 * c);
        for (std::size_t k = 1; k < len; ++k) views[i + k].gazetteer |= 1u << (2 * c + 1);
      }
      if (!longer) break;
    }
  }
}

LabelSet::LabelSet(const std::vector<std::string>& labels) {
  for (const auto& label : labels) {
    hash.push_back(HashBytes(17, label));
    if (label.size() > 2 && label[1] == '-') {
      types.push_back(label.substr(2));
    }
  }
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  for (const auto& label : labels) {
    if (label.size() > 2 && label[1] == '-') {
      type.push_back(static_cast<int>(
          std::lower_bound(types.begin(), types.end(), label.substr(2)) - types.begin()));
      begins.push_back(label[0] == 'B');
    } else {
      type.push_back(-1);
      begins.push_back(false);
    }
  }
  begin_label.assign(types.size(), -1);
  inside_label.assign(types.size(), -1);
  for (std::size_t l = 0; l < type.size(); ++l) {
    if (type[l] >= 0) (begins[l] ? begin_label : inside_label)[type[l]] = static_cast<int>(l);
  }
}

namespace {

void PosLexical(const TokenView& w, std::vector<std::uint64_t>& out) {
  out.push_back(F(kPosBias, 0));
  out.push_back(F(kPosWord, w.word));
  out.push_back(F(kPosLower, w.low));
  const std::string_view lower = w.lower;
  for (std::size_t k = 1; k <= 4 && k <= lower.size(); ++k) {
    out.push_back(HashBytes(kPosSuffix + k, lower.substr(lower.size() - k)));
  }
  for (std::size_t k = 1; k <= 3 && k <= lower.size(); ++k) {
    out.push_back(HashBytes(kPosPrefix + k, lower.substr(0, k)));
  }
  out.push_back(F(kPosShape, w.shape));
}

// The last three letters of `lower` (all of it when shorter).
std::string_view Suffix3(std::string_view lower) {
  return lower.substr(lower.size() - std::min<std::size_t>(3, lower.size()));
}

void PosContext(const TokenView& w, int offset, std::vector<std::uint64_t>& out) {
  switch (offset) {
    case -2:
      out.push_back(F(kPosLowerM2, w.low));
      break;
    case -1:
      out.push_back(F(kPosLowerM1, w.low));
      out.push_back(HashBytes(kPosSuffixM1, Suffix3(w.lower)));
      out.push_back(F(kPosShapeM1, w.sshape));
      break;
    case 1:
      out.push_back(F(kPosLowerP1, w.low));
      out.push_back(HashBytes(kPosSuffixP1, Suffix3(w.lower)));
      out.push_back(F(kPosShapeP1, w.sshape));
      break;
    case 2:
      out.push_back(F(kPosLowerP2, w.low));
      break;
  }
}

void PosObservation(const std::vector<TokenView>& v, std::size_t i,
                    std::vector<std::uint64_t>& out) {
  const TokenView& w = v[i];
  out.push_back(F(kPosFlags, w.flags | (i == 2 ? 1u << 10 : 0u)));
  out.push_back(F(kPosBigramNext, w.low, v[i + 1].low));
}

void PosTransition(int p1, int p2, const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const std::uint64_t l1 = labels.Hash(p1), l2 = labels.Hash(p2);
  out.push_back(F(kPosLabel1, l1));
  out.push_back(F(kPosLabel2, l2));
  out.push_back(F(kPosLabel12, l1, l2));
}

void PosMixed(const std::vector<TokenView>& v, std::size_t i, int p1, int /*p2*/,
              const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const TokenView& w = v[i];
  const std::uint64_t l1 = labels.Hash(p1);
  out.push_back(F(kPosLabel1Lower, l1, w.low));
  const std::string_view lower = w.lower;
  if (lower.size() >= 3) {
    out.push_back(HashBytes(MixHash(kPosLabel1Suffix, l1), lower.substr(lower.size() - 3)));
  }
}

void ChunkObservation(const std::vector<TokenView>& v, std::size_t i,
                      std::vector<std::uint64_t>& out) {
  out.push_back(F(kChunkBias, 0));
  out.push_back(F(kChunkLower, v[i].low));
  out.push_back(F(kChunkLowerM1, v[i - 1].low));
  out.push_back(F(kChunkLowerM2, v[i - 2].low));
  out.push_back(F(kChunkLowerP1, v[i + 1].low));
  out.push_back(F(kChunkLowerP2, v[i + 2].low));
  out.push_back(F(kChunkPos, v[i].pos));
  out.push_back(F(kChunkPosM1, v[i - 1].pos));
  out.push_back(F(kChunkPosM2, v[i - 2].pos));
  out.push_back(F(kChunkPosP1, v[i + 1].pos));
  out.push_back(F(kChunkPosP2, v[i + 2].pos));
  out.push_back(F(kChunkPosM1Pos, v[i - 1].pos, v[i].pos));
  out.push_back(F(kChunkPosPosP1, v[i].pos, v[i + 1].pos));
  out.push_back(F(kChunkPosM2M1, v[i - 2].pos, v[i - 1].pos));
  out.push_back(F(kChunkPosP1P2, v[i + 1].pos, v[i + 2].pos));
  out.push_back(F(kChunkPosTriM, v[i - 2].pos, v[i - 1].pos, v[i].pos));
  out.push_back(F(kChunkPosTriC, v[i - 1].pos, v[i].pos, v[i + 1].pos));
  out.push_back(F(kChunkPosTriP, v[i].pos, v[i + 1].pos, v[i + 2].pos));
  out.push_back(F(kChunkLowerPos, v[i].low, v[i].pos));
  out.push_back(F(kChunkLowerM1Pos, v[i - 1].low, v[i].pos));
  out.push_back(F(kChunkLowerP1Pos, v[i + 1].low, v[i].pos));
  out.push_back(F(kChunkShape, v[i].sshape, v[i].pos));
  out.push_back(F(kChunkShapeP1, v[i + 1].sshape, v[i + 1].pos));
  const std::string_view lower = v[i].lower;
  out.push_back(
      HashBytes(kChunkSuffix, lower.substr(lower.size() - std::min<std::size_t>(3, lower.size()))));
  out.push_back(F(kChunkBigramPrev, v[i - 1].low, v[i].low));
  out.push_back(F(kChunkBigramNext, v[i].low, v[i + 1].low));
  out.push_back(F(kChunkPosLowerP1, v[i].pos, v[i + 1].low));
}

void ChunkTransition(int p1, int p2, const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const std::uint64_t l1 = labels.Hash(p1), l2 = labels.Hash(p2);
  out.push_back(F(kChunkLabel1, l1));
  out.push_back(F(kChunkLabel12, l1, l2));
}

void ChunkMixed(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const std::uint64_t l1 = labels.Hash(p1), l2 = labels.Hash(p2);
  out.push_back(F(kChunkLabel1Pos, l1, v[i].pos));
  out.push_back(F(kChunkLabel1Lower, l1, v[i].low));
  out.push_back(F(kChunkLabel1PosP1, l1, v[i].pos, v[i + 1].pos));
  out.push_back(F(kChunkLabel12Pos, l1, l2, v[i].pos));
  out.push_back(F(kChunkLabel1PosM1, l1, v[i - 1].pos, v[i].pos));
}

void NerLexical(const TokenView& w, std::vector<std::uint64_t>& out) {
  out.push_back(F(kNerBias, 0));
  out.push_back(F(kNerWord, w.word));
  out.push_back(F(kNerLower, w.low));
  out.push_back(F(kNerShape, w.shape));
  out.push_back(F(kNerShortShape, w.sshape));
  const std::string_view lower = w.lower;
  for (std::size_t k = 1; k <= 4 && k < lower.size(); ++k) {
    out.push_back(HashBytes(kNerPrefix + k, lower.substr(0, k)));
    out.push_back(HashBytes(kNerSuffix + k, lower.substr(lower.size() - k)));
  }
  if (w.word_class != 0) {
    const std::uint32_t cap = (w.flags & (kInitCap | kAllCaps)) ? 1 : 0;
    out.push_back(F(kNerClassNext, w.word_class & 0xffff));
    out.push_back(F(kNerClassPrevious, w.word_class >> 16));
    out.push_back(F(kNerClassBoth, w.word_class));
    out.push_back(F(kNerClassCap, w.word_class, cap));
  }
}

void NerContext(const TokenView& w, int offset, std::vector<std::uint64_t>& out) {
  switch (offset) {
    case -2:
      out.push_back(F(kNerLowerM2, w.low));
      out.push_back(F(kNerShapeM2, w.sshape));
      break;
    case -1:
      out.push_back(F(kNerLowerM1, w.low));
      out.push_back(F(kNerShapeM1, w.sshape));
      out.push_back(F(kNerClassM1, w.word_class & 0xffff));
      break;
    case 1:
      out.push_back(F(kNerLowerP1, w.low));
      out.push_back(F(kNerShapeP1, w.sshape));
      out.push_back(F(kNerClassP1, w.word_class >> 16));
      break;
    case 2:
      out.push_back(F(kNerLowerP2, w.low));
      out.push_back(F(kNerShapeP2, w.sshape));
      break;
  }
}

void NerObservation(const std::vector<TokenView>& v, std::size_t i,
                    std::vector<std::uint64_t>& out) {
  const TokenView& w = v[i];
  out.push_back(F(kNerShapeTri, v[i - 1].sshape, w.sshape, v[i + 1].sshape));
  out.push_back(F(kNerBigramPrev, v[i - 1].low, w.low));
  out.push_back(F(kNerBigramNext, w.low, v[i + 1].low));
  out.push_back(F(kNerPos, w.pos));
  out.push_back(F(kNerPosM1, v[i - 1].pos));
  out.push_back(F(kNerPosP1, v[i + 1].pos));
  out.push_back(F(kNerPosLower, w.pos, w.low));
  out.push_back(F(kNerInitialShape, i == 2 ? 1 : 0, w.shape));
  const bool headline = (w.flags & kHeadline) != 0;
  out.push_back(F(kNerFlags, w.flags | (i == 2 ? 1u << 10 : 0u)));
  if (headline) out.push_back(F(kNerHeadlineLower, w.low));
  // A word the English dictionary knows in neither case: mostly a name, also first in a sentence.
  constexpr std::uint32_t kDictionaryBits = 0xfu << (2 * kWordCategory);
  if (!(w.gazetteer & kDictionaryBits) && (w.flags & kInitCap) && !(w.flags & kNoAlnum)) {
    out.push_back(F(kNerUnknownWord, i == 2 ? 1 : 0, v[i + 1].pos));
  }
  AddGazetteerBits(kNerGazetteer, w.gazetteer, 0, out);
  AddGazetteerBits(kNerGazetteerCap, w.gazetteer, (w.flags & (kInitCap | kAllCaps)) ? 1 : 0, out);
  AddGazetteerBits(kNerGazetteerM1, v[i - 1].gazetteer, 0, out);
  AddGazetteerBits(kNerGazetteerP1, v[i + 1].gazetteer, 0, out);
  for (int k = 0; k < 4; ++k) {
    if (w.doc[k] != 0) {
      out.push_back(F(kNerDoc + k, w.doc[k]));
      out.push_back(F(kNerDocLower + k, w.doc[k], w.sshape));
    }
  }
}

void NerTransition(int p1, int p2, const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const std::uint64_t l1 = labels.Hash(p1), l2 = labels.Hash(p2);
  out.push_back(F(kNerLabel1, l1));
  out.push_back(F(kNerLabel12, l1, l2));
}

void NerMixed(const std::vector<TokenView>& v, std::size_t i, int p1, int /*p2*/,
              const LabelSet& labels, std::vector<std::uint64_t>& out) {
  const TokenView& w = v[i];
  const std::uint64_t l1 = labels.Hash(p1);
  out.push_back(F(kNerLabel1Lower, l1, w.low));
  out.push_back(F(kNerLabel1Shape, l1, w.sshape));
  out.push_back(F(kNerLabel1Pos, l1, w.pos));
  out.push_back(F(kNerLabel1ShapeM1Word, l1, v[i - 1].low, w.sshape));
}

template <const FeatureTemplates& kTemplates>
void AllFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                 const LabelSet& labels, std::vector<std::uint64_t>& out) {
  out.clear();
  if (kTemplates.lexical != nullptr) kTemplates.lexical(v[i], out);
  if (kTemplates.context != nullptr) {
    for (int offset : kContextOffsets) kTemplates.context(v[i + offset], offset, out);
  }
  kTemplates.observation(v, i, out);
  kTemplates.transition(p1, p2, labels, out);
  kTemplates.mixed(v, i, p1, p2, labels, out);
}

}  // namespace

const FeatureTemplates kPosTemplates = {PosLexical,     PosContext, PosObservation,
                                        PosTransition,  PosMixed,   false};
const FeatureTemplates kChunkTemplates = {nullptr,         nullptr,    ChunkObservation,
                                          ChunkTransition, ChunkMixed, true};
const FeatureTemplates kNerTemplates = {NerLexical,     NerContext, NerObservation,
                                        NerTransition,  NerMixed,   false};

void PosFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                 const LabelSet& labels, std::vector<std::uint64_t>& out) {
  AllFeatures<kPosTemplates>(v, i, p1, p2, labels, out);
}

void ChunkFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                   const LabelSet& labels, std::vector<std::uint64_t>& out) {
  AllFeatures<kChunkTemplates>(v, i, p1, p2, labels, out);
}

void NerFeatures(const std::vector<TokenView>& v, std::size_t i, int p1, int p2,
                 const LabelSet& labels, std::vector<std::uint64_t>& out) {
  AllFeatures<kNerTemplates>(v, i, p1, p2, labels, out);
}

NerDocumentState::NerDocumentState(const std::vector<std::vector<TokenView>>& document) {
  // Case evidence comes only from sentences with mixed case, never from their first token.
  for (const auto& views : document) {
    for (std::size_t i = 3; i + 2 < views.size(); ++i) {
      const TokenView& v = views[i];
      if (v.flags & (kHeadline | kNoAlnum)) continue;
      std::uint32_t bit = 0;
      if (v.flags & kInitCap) {
        bit = 1;
      } else if ((v.flags & kHasLower) && !(v.flags & kAllCaps)) {
        bit = 2;
      }
      if (bit) case_bits_[v.low] |= bit;
    }
  }
}

void NerDocumentState::Annotate(std::size_t /*sentence_index*/,
                                std::vector<TokenView>& views) const {
  for (std::size_t i = 2; i + 2 < views.size(); ++i) {
    TokenView& v = views[i];
    for (auto& d : v.doc) d = 0;
    if (!(v.flags & (kInitCap | kAllCaps))) continue;
    auto cased = case_bits_.find(v.low);
    std::uint32_t bits = cased == case_bits_.end() ? 0 : cased->second;
    std::uint32_t where = (v.flags & kHeadline) ? 2 : (i == 2 ? 1 : 0);
    v.doc[0] = 1 + bits + 4 * where;
    if (auto it = last_type_.find(v.low); it != last_type_.end()) v.doc[1] = 100 + it->second;
    if (auto it = name_of_.find(v.low); it != name_of_.end()) v.doc[2] = 200 + it->second;
  }
}

void NerDocumentState::Record(const std::vector<TokenView>& views, const std::vector<int>& labels,
                              const LabelSet& label_set) {
  const std::size_t n = labels.size();
  for (std::size_t t = 0; t < n; ++t) {
    const TokenView& v = views[t + 2];
    if (v.flags & (kInitCap | kAllCaps)) last_type_[v.low] = label_set.type[labels[t]];
  }
  for (std::size_t t = 0; t < n;) {
    int type = label_set.type[labels[t]];
    if (type < 0) {
      ++t;
      continue;
    }
    std::size_t end = t + 1;
    while (end < n && label_set.type[labels[end]] == type && !label_set.begins[labels[end]]) ++end;
    for (std::size_t k = t; k < end; ++k) {
      const TokenView& v = views[k + 2];
      if (v.flags & kNoAlnum) continue;
      std::uint32_t bits = NameBits(type, end - t, k == t);
      auto [it, inserted] = name_of_.emplace(v.low, bits);
      if (!inserted && ((it->second >> 8) & 0xf) <= ((bits >> 8) & 0xf)) it->second = bits;
    }
    t = end;
  }
}

}  // namespace newsgraph
