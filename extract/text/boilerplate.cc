#include "extract/text/boilerplate.h"

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <stdexcept>
#include <utility>

#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr std::string_view kCueResource = "boilerplate_cues.txt";
constexpr std::size_t kInitialSlots = 1024;
constexpr std::string_view kCountsHeader = "newsgraph boilerplate counts";

// Multi-byte symbols trimmed from line ends along with ASCII punctuation.
constexpr std::string_view kTrimmedSymbols[] = {
    "\xC3\x97",      // ×
    "\xE2\x80\xA6",  // …
    "\xC2\xBB",      // »
    "\xC2\xAB",      // «
    "\xE2\x80\xBA",  // ›
    "\xE2\x80\xB9",  // ‹
    "\xE2\x86\x92",  // →
    "\xE2\x80\xA2",  // •
    "\xC2\xB7",      // ·
    "\xE2\x80\x93",  // –
    "\xE2\x80\x94",  // —
    "\xE2\x80\x9C",  // “
    "\xE2\x80\x9D",  // ”
    "\xE2\x80\x98",  // ‘
    "\xE2\x80\x99",  // ’
    "\xC2\xA0",      // no-break space
};

// Length of a no-break, thin or narrow no-break space at the start of `text`, else 0.
std::size_t UnicodeSpaceAt(std::string_view text) {
  if (text.starts_with("\xC2\xA0")) return 2;
  if (text.starts_with("\xE2\x80\x89") || text.starts_with("\xE2\x80\xAF")) return 3;
  return 0;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a trimmable character (ASCII non-alphanumeric or a listed symbol) at the start
// (`front`) or end of `text`; 0 when there is none.
std::size_t TrimmableAt(std::string_view text, bool front) {
  if (text.empty()) return 0;
  const char c = front ? text.front() : text.back();
  if (static_cast<unsigned char>(c) < 0x80) return IsAsciiAlnum(c) ? 0 : 1;
  for (const std::string_view symbol : kTrimmedSymbols) {
    if (front ? text.starts_with(symbol) : text.ends_with(symbol)) return symbol.size();
  }
  return 0;
}

// Lower-cased ASCII with whitespace runs collapsed to one space and, when `trim`, punctuation and
// symbols trimmed from both ends (leaving nothing of a line without letters or digits).
std::string Normalize(std::string_view raw, bool trim = true) {
  if (trim) {
    while (std::size_t n = TrimmableAt(raw, true)) raw.remove_prefix(n);
    while (std::size_t n = TrimmableAt(raw, false)) raw.remove_suffix(n);
  }
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (const std::size_t n = UnicodeSpaceAt(raw.substr(i))) {
      space = true;
      i += n - 1;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool IsWordByte(char c) { return IsAsciiAlnum(c); }

// True when `phrase` occurs in `text` with no letter or digit right before or after it.
bool ContainsWords(std::string_view text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    const bool starts = at == 0 || !IsWordByte(text[at - 1]) || !IsWordByte(phrase.front());
    const bool ends = end == text.size() || !IsWordByte(text[end]) || !IsWordByte(phrase.back());
    if (starts && ends) return true;
  }
  return false;
}

bool StartsWithWords(std::string_view text, std::string_view phrase) {
  return text.starts_with(phrase) &&
         (text.size() == phrase.size() || !IsWordByte(text[phrase.size()]) ||
          !IsWordByte(phrase.back()));
}

std::uint64_t Fingerprint(std::string_view normal) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a, then a final mix
  for (const char c : normal) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  return hash == 0 ? 1 : hash;
}

struct Line {
  std::size_t begin = 0;  // content [begin, end), without "\n" or "\r\n"
  std::size_t end = 0;
  std::size_t next = 0;  // start of the following line, or the end of the text
  std::string normal;
  bool blank = false;     // whitespace only
  bool symbolic = false;  // not blank, but no letters or digits
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t newline = text.find('\n', begin);
    Line line;
    line.begin = begin;
    line.next = newline == std::string_view::npos ? text.size() : newline + 1;
    line.end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view raw = text.substr(line.begin, line.end - line.begin);
    line.blank = std::all_of(raw.begin(), raw.end(), IsSpace);
    if (!line.blank) {
      line.normal = Normalize(raw);
      line.symbolic = line.normal.empty();
    }
    lines.push_back(std::move(line));
    begin = lines.back().next;
  }
  return lines;
}

// Indices of the lines that carry words, in order.
std::vector<std::size_t> WordLines(const std::vector<Line>& lines) {
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank && !lines[i].symbolic) indices.push_back(i);
  }
  return indices;
}

// Ends with . ! ? or a closing quote: a sentence rather than a heading.
bool EndsLikeSentence(std::string_view raw) {
  while (!raw.empty() && (IsSpace(raw.back()) || raw.back() == '\n')) raw.remove_suffix(1);
  if (raw.empty()) return false;
  if (raw.ends_with("\xE2\x80\x9D") || raw.ends_with("\xE2\x80\x99")) return true;
  const char last = raw.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'';
}

// A line that reads as a sentence of prose: six or more words, ending like a sentence.
bool IsSentence(std::string_view raw, std::string_view normal) {
  return EndsLikeSentence(raw) && std::count(normal.begin(), normal.end(), ' ') >= 5;
}

}  // namespace

BoilerplateFilter::BoilerplateFilter(BoilerplateOptions options) : options_(std::move(options)) {
  const std::string_view text =
      options_.cues.empty() ? EmbeddedResource(kCueResource) : std::string_view(options_.cues);
  std::size_t number = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t space = line.find(' ');
    const std::string_view kind = line.substr(0, space);
    // Line cues are compared with whole trimmed lines; the others keep their punctuation
    // ("read more:" is a prefix, "read more" a line).
    const std::string phrase = space == std::string_view::npos
                                   ? std::string()
                                   : Normalize(line.substr(space + 1), kind == "line");
    const auto fail = [&](const std::string& why) {
      throw std::runtime_error("boilerplate cues line " + std::to_string(number) + ": " + why);
    };
    if (phrase.empty()) fail("no phrase after the kind");
    if (kind == "line") {
      cues_.lines.push_back(phrase);
    } else if (kind == "prefix") {
      cues_.prefixes.push_back(phrase);
    } else if (kind == "appeal") {
      cues_.appeals.push_back(phrase);
    } else if (kind == "report") {
      cues_.reports.push_back(phrase);
    } else if (kind == "footer") {
      cues_.footers.push_back(phrase);
    } else {
      fail("unknown kind \"" + std::string(kind) +
           "\" (expected line, prefix, appeal, report or footer)");
    }
  }
}

void BoilerplateFilter::Observe(const Document& document) {
  if (!options_.enabled) return;
  ++documents_observed_;
  const std::vector<Line> lines = SplitLines(document.text);
  const std::vector<std::size_t> words = WordLines(lines);
  std::vector<std::uint64_t> fingerprints;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k < options_.edge_lines || k + options_.edge_lines >= words.size()) {
      fingerprints.push_back(Fingerprint(lines[words[k]].normal));
    }
  }
  std::sort(fingerprints.begin(), fingerprints.end());
  fingerprints.erase(std::unique(fingerprints.begin(), fingerprints.end()), fingerprints.end());
  for (const std::uint64_t fingerprint : fingerprints) Add(fingerprint, 1);
}

void BoilerplateFilter::Add(std::uint64_t fingerprint, std::uint32_t count) {
  if (fingerprint > ceiling_) return;
  if (slots_.empty()) Grow();
  std::size_t slot = Probe(fingerprint);
  if (slots_[slot] == fingerprint) {
    const std::uint32_t room = std::numeric_limits<std::uint32_t>::max() - counts_[slot];
    counts_[slot] += std::min(count, room);
    return;
  }
  if ((fingerprint_count_ + 1) * 4 > slots_.size() * 3) {
    // The table never grows beyond the size the cap needs; over the cap it sheds fingerprints.
    if (fingerprint_count_ >= options_.max_fingerprints) {
      Prune();
      if (fingerprint > ceiling_) return;
    } else {
      Grow();
    }
    slot = Probe(fingerprint);
  }
  slots_[slot] = fingerprint;
  counts_[slot] = count;
  ++fingerprint_count_;
}

void BoilerplateFilter::Prune() {
  std::vector<Entry> kept = Entries();
  const std::size_t cap = std::max<std::size_t>(1, options_.max_fingerprints);
  if (kept.size() > cap) {
    std::nth_element(kept.begin(), kept.begin() + (cap - 1), kept.end());
    ceiling_ = kept[cap - 1].first;
    kept.resize(cap);
  }
  Rehash(slots_.size(), kept);
}

void BoilerplateFilter::FinishObserving() {
  if (fingerprint_count_ > options_.max_fingerprints) Prune();
}

void BoilerplateFilter::WriteCounts(std::ostream& out) const {
  std::vector<Entry> sorted = Entries();
  std::sort(sorted.begin(), sorted.end());
  out << kCountsHeader << ' ' << kBoilerplateCountsVersion << "\nedge_lines " << options_.edge_lines
      << "\ndocuments " << documents_observed_ << '\n';
  char line[40];
  for (const auto& [fingerprint, count] : sorted) {
    std::snprintf(line, sizeof line, "%016" PRIx64 " %" PRIu32 "\n", fingerprint, count);
    out << line;
  }
}

void BoilerplateFilter::AddCounts(std::string_view counts, const std::string& name) {
  std::size_t number = 0;
  const auto fail = [&](const std::string& why) {
    throw std::runtime_error(name + (number > 0 ? " line " + std::to_string(number) : "") + ": " +
                             why);
  };
  const auto next_line = [&]() {
    const std::size_t end = std::min(counts.find('\n'), counts.size());
    const std::string_view line = counts.substr(0, end);
    counts.remove_prefix(std::min(end + 1, counts.size()));
    ++number;
    return line;
  };
  const std::string_view header = next_line();
  if (!header.starts_with(kCountsHeader)) fail("not a boilerplate counts file");
  const std::string_view version = header.substr(kCountsHeader.size());
  const std::string expected = std::to_string(kBoilerplateCountsVersion);
  if (!version.starts_with(' ') || version.substr(1) != expected) {
    std::string why = "boilerplate counts format version";
    why.append(version);
    why += ", but this newsgraph reads version " + expected + "; learn the counts again with it";
    fail(why);
  }
  const auto field = [&](std::string_view key) -> std::uint64_t {
    const std::string_view line = next_line();
    std::uint64_t value = 0;
    const char* end = line.data() + line.size();
    if (!line.starts_with(key) || line.size() <= key.size() || line[key.size()] != ' ' ||
        std::from_chars(line.data() + key.size() + 1, end, value).ptr != end)
      fail("expected \"" + std::string(key) + " <number>\"");
    return value;
  };
  if (field("edge_lines") != options_.edge_lines)
    fail("counts learned with another edge_lines than " + std::to_string(options_.edge_lines));
  documents_observed_ += field("documents");
  while (!counts.empty()) {
    const std::string_view line = next_line();
    std::uint64_t fingerprint = 0;
    std::uint32_t count = 0;
    const char* end = line.data() + line.size();
    const auto [space, error] = std::from_chars(line.data(), end, fingerprint, 16);
    if (error != std::errc() || space == end || *space != ' ' || fingerprint == 0 ||
        std::from_chars(space + 1, end, count).ptr != end)
      fail("expected \"<fingerprint> <count>\"");
    Add(fingerprint, count);
  }
}

std::size_t BoilerplateFilter::Probe(std::uint64_t fingerprint) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = fingerprint & mask;
  while (slots_[slot] != 0 && slots_[slot] != fingerprint) slot = (slot + 1) & mask;
  return slot;
}

void BoilerplateFilter::Grow() {
  Rehash(slots_.empty() ? kInitialSlots : slots_.size() * 2, Entries());
}

std::vector<BoilerplateFilter::Entry> BoilerplateFilter::Entries() const {
  std::vector<Entry> entries;
  entries.reserve(fingerprint_count_);
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i] != 0) entries.emplace_back(slots_[i], counts_[i]);
  }
  return entries;
}

void BoilerplateFilter::Rehash(std::size_t size, const std::vector<Entry>& entries) {
  slots_.assign(size, 0);
  counts_.assign(size, 0);
  for (const auto& [fingerprint, count] : entries) {
    const std::size_t slot = Probe(fingerprint);
    slots_[slot] = fingerprint;
    counts_[slot] = count;
  }
  fingerprint_count_ = entries.size();
}

std::uint32_t BoilerplateFilter::RepeatCount(std::uint64_t fingerprint) const {
  if (slots_.empty()) return 0;
  const std::size_t slot = Probe(fingerprint);
  return slots_[slot] == fingerprint ? counts_[slot] : 0;
}

std::vector<ByteSpan> BoilerplateFilter::Find(const Document& document) const {
  if (!options_.enabled) return {};
  const std::string_view text = document.text;
  const std::vector<Line> lines = SplitLines(text);
  const std::vector<std::size_t> words = WordLines(lines);
  std::vector<bool> boiler(lines.size(), false);

  // Rule 1: cue lines.
  for (const std::size_t i : words) {
    const std::string& normal = lines[i].normal;
    boiler[i] = std::find(cues_.lines.begin(), cues_.lines.end(), normal) != cues_.lines.end() ||
                std::any_of(cues_.prefixes.begin(), cues_.prefixes.end(),
                            [&](const std::string& p) { return StartsWithWords(normal, p); });
  }

  // Rule 2: appeal blocks.
  const auto is_appeal = [&](std::string_view block) {
    std::size_t hits = 0;
    for (const std::string& phrase : cues_.appeals) hits += ContainsWords(block, phrase) ? 1 : 0;
    if (hits < options_.min_appeal_cues) return false;
    return std::none_of(cues_.reports.begin(), cues_.reports.end(),
                        [&](const std::string& p) { return ContainsWords(block, p); });
  };
  for (std::size_t a = 0; a < lines.size();) {
    if (lines[a].blank) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b < lines.size() && !lines[b].blank) ++b;
    if (b - a <= options_.max_block_lines &&
        lines[b - 1].end - lines[a].begin <= options_.max_block_bytes) {
      std::string block;
      for (std::size_t i = a; i < b; ++i) {
        if (lines[i].normal.empty() || boiler[i]) continue;  // cue lines do not count twice
        if (!block.empty()) block += ' ';
        block += lines[i].normal;
      }
      if (!block.empty() && is_appeal(block))
        std::fill(boiler.begin() + a, boiler.begin() + b, true);
    } else {
      for (std::size_t i = a; i < b; ++i) {
        if (!boiler[i] && is_appeal(lines[i].normal)) boiler[i] = true;
      }
    }
    a = b;
  }

  // Rule 3: a footer heading after article text ends the article.
  bool seen_body = false;
  for (const std::size_t i : words) {
    if (boiler[i]) continue;
    const Line& line = lines[i];
    if (seen_body && line.end - line.begin <= options_.max_heading_bytes &&
        !EndsLikeSentence(text.substr(line.begin, line.end - line.begin)) &&
        std::any_of(cues_.footers.begin(), cues_.footers.end(),
                    [&](const std::string& p) { return StartsWithWords(line.normal, p); })) {
      std::fill(boiler.begin() + i, boiler.end(), true);
      break;
    }
    seen_body = true;
  }

  // Rule 4: leading and trailing runs of lines repeated across observed documents.
  if (fingerprint_count_ > 0 && !words.empty()) {
    const std::size_t m = words.size();
    const auto repeats = [&](std::size_t k) -> std::uint32_t {
      if (k >= options_.edge_lines && k + options_.edge_lines < m) return 0;
      return RepeatCount(Fingerprint(lines[words[k]].normal));
    };
    const auto at_edge = [&](std::size_t k) {
      if (boiler[words[k]]) return true;
      const std::uint32_t count = repeats(k);
      if (count >= options_.min_sentence_repeats) return true;
      const Line& line = lines[words[k]];
      return count >= options_.min_repeats &&
             !IsSentence(text.substr(line.begin, line.end - line.begin), line.normal);
    };
    std::size_t lead = 0;
    while (lead < m && at_edge(lead)) ++lead;
    std::size_t trail = 0;
    while (trail < m - lead && at_edge(m - 1 - trail)) ++trail;
    // A run counts only where the documents diverge: the line next to it is not shared.
    if (lead + trail < m) {
      if (repeats(lead) >= options_.min_repeats) lead = 0;
      if (repeats(m - 1 - trail) >= options_.min_repeats) trail = 0;
    }
    std::size_t total = 0;
    std::size_t body = 0;
    for (std::size_t k = 0; k < m; ++k) {
      const std::size_t bytes = lines[words[k]].end - lines[words[k]].begin;
      total += bytes;
      if (k >= lead && k < m - trail) body += bytes;
    }
    if (lead + trail < m && static_cast<double>(body) >= options_.min_body_fraction * total) {
      for (std::size_t k = 0; k < lead; ++k) boiler[words[k]] = true;
      for (std::size_t k = m - trail; k < m; ++k) boiler[words[k]] = true;
    }
  }

  // Symbol-only lines next to boilerplate, and blank lines inside or at the edges of it, join it.
  // 1 when the nearest line before (`forward` false) or after line i that is neither blank nor
  // (unless `symbols_too`) symbol-only is boilerplate, 0 when it is text, -1 when there is none.
  const auto neighbour = [&](std::size_t i, bool forward, bool symbols_too) {
    std::size_t j = i;
    while (forward ? ++j < lines.size() : j-- > 0) {
      if (lines[j].blank || (lines[j].symbolic && !symbols_too)) continue;
      return boiler[j] ? 1 : 0;
    }
    return -1;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].symbolic && !boiler[i]) {
      boiler[i] = neighbour(i, false, false) == 1 || neighbour(i, true, false) == 1;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank) continue;
    const int before = neighbour(i, false, true);
    const int after = neighbour(i, true, true);
    boiler[i] = (before == 1 || after == 1) && before != 0 && after != 0;
  }

  std::vector<ByteSpan> spans;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!boiler[i]) continue;
    if (!spans.empty() && spans.back().end == lines[i].begin) {
      spans.back().end = lines[i].next;
    } else {
      spans.push_back({lines[i].begin, lines[i].next});
    }
  }
  return spans;
}

}  // namespace newsgraph
