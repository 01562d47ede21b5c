#include "extract/text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace newsgraph {
namespace {

constexpr std::size_t kMaxSentenceTokens = 200;

// A code point decoded from valid UTF-8 text, with its length in bytes.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

CodePoint DecodeAt(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + length > text.size()) return {0xFFFD, 1};
  char32_t value = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (byte(i + k) & 0x3F);
  return {value, length};
}

// The code point that ends at `end` (exclusive).
CodePoint DecodeBefore(std::string_view text, std::size_t end) {
  std::size_t begin = end - 1;
  while (begin > 0 && end - begin < 4 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
    --begin;
  return DecodeAt(text, begin);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x202F || c == 0x3000 || c == 0x2028 ||
         c == 0x2029 || (c >= 0x2000 && c <= 0x2008) || c == 0xFEFF || c == 0x200B;
}

bool IsOpening(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '`' || c == 0x201C ||
         c == 0x2018 || c == 0x00AB || c == 0x201E;
}

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D ||
         c == 0x2019 || c == 0x00BB;
}

bool IsTrailing(char32_t c) {
  return IsClosing(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == 0x2026;
}

bool IsDash(char32_t c) { return c == 0x2014 || c == 0x2013 || c == 0x2015; }

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Abbreviations whose period never ends a sentence: titles, months, initials.
bool IsTitleOrMonthAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 42> kWords = {
      "Mr",   "Mrs",  "Ms",   "Dr",   "Prof", "Gen",  "Lt",   "Col",  "Maj",  "Capt", "Sgt",
      "Cmdr", "Adm",  "Gov",  "Sen",  "Rep",  "Rev",  "Hon",  "Pres", "Sr",   "Jr",   "St",
      "Mt",   "Ft",   "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",
      "Sep",  "Sept", "Oct",  "Nov",  "Dec",  "Brig", "Cpl",  "Pvt",  "Insp", "Supt", "vs"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool IsOtherAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "approx", "est", "dept", "Dept",
      "Univ", "Ave", "Blvd", "Sq", "Gov't", "Assn"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// "U.S", "a.m", "U.S.A": letters in groups of at most three joined by periods.
bool IsInitialism(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  std::size_t group = 0;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (IsAsciiLetter(c)) {
      if (++group > 3) return false;
    } else {
      return false;
    }
  }
  return group > 0;
}

enum class Abbreviation { kNone, kTitle, kOther };

// Classifies a word that was followed by a period (the period not included).
Abbreviation ClassifyAbbreviation(std::string_view word) {
  if (word.size() == 1 && IsAsciiUpper(word[0])) return Abbreviation::kTitle;  // an initial
  if (IsTitleOrMonthAbbreviation(word)) return Abbreviation::kTitle;
  if (IsOtherAbbreviation(word) || IsInitialism(word)) return Abbreviation::kOther;
  return Abbreviation::kNone;
}

// Capitalised words that usually open a sentence, so a preceding "U.S." or "Inc." ends one.
bool IsSentenceOpener(std::string_view word) {
  static constexpr std::array<std::string_view, 36> kWords = {
      "The",   "He",    "She",   "It",      "They",      "We",     "I",     "But",    "And",
      "In",    "On",    "At",    "A",       "An",        "This",   "That",  "These",  "Those",
      "There", "His",   "Her",   "Their",   "Its",       "Our",    "After", "Before", "When",
      "While", "However", "Meanwhile", "If", "Officials", "Mr.",   "Mrs.",  "Ms.",    "Some"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

struct RawToken {
  ByteSpan span;
  std::size_t newlines_before = 0;  // line breaks in the gap before this token
  bool forced_break_before = false;  // a skipped span lies before this token
};

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<RawToken>& out) : text_(text), out_(out) {}

  // Splits the whitespace-free chunk [begin, end) into tokens.
  void Chunk(std::size_t begin, std::size_t end, std::size_t newlines, bool forced) {
    newlines_ = newlines;
    forced_ = forced;
    while (begin < end) {
      CodePoint c = DecodeAt(text_, begin);
      if (!IsOpening(c.value) && !IsDash(c.value)) break;
      // An apostrophe opening a clitic ("'s", "'90s") is not a quote.
      if (c.value == '\'' && begin + 1 < end && IsAsciiLetter(text_[begin + 1]) &&
          end - begin <= 3)
        break;
      Emit(begin, begin + c.length);
      begin += c.length;
    }
    std::vector<ByteSpan> trailing;
    while (end > begin) {
      CodePoint c = DecodeBefore(text_, end);
      if (c.value == '.' ) {
        if (end - begin >= 3 && text_.substr(end - 3, 3) == "...") {
          trailing.push_back({end - 3, end});
          end -= 3;
          continue;
        }
        std::string_view word = text_.substr(begin, end - 1 - begin);
        if (!word.empty() && ClassifyAbbreviation(word) != Abbreviation::kNone) break;
        trailing.push_back({end - 1, end});
        end -= 1;
        continue;
      }
      if (IsTrailing(c.value) || IsDash(c.value)) {
        // Keep the apostrophe of a plural possessive ("countries'") as its own token too.
        trailing.push_back({end - c.length, end});
        end -= c.length;
        continue;
      }
      break;
    }
    Middle(begin, end);
    for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) Emit(it->begin, it->end);
  }

 private:
  // Splits at dashes, "--", "...", inner quotes and brackets, then splits clitics off each piece.
  void Middle(std::size_t begin, std::size_t end) {
    std::size_t piece = begin;
    std::size_t i = begin;
    while (i < end) {
      CodePoint c = DecodeAt(text_, i);
      std::size_t separator = 0;
      if (IsDash(c.value) || c.value == 0x2026) separator = c.length;
      else if (text_.compare(i, 2, "--") == 0 && i + 2 <= end) separator = 2;
      else if (text_.compare(i, 3, "...") == 0 && i + 3 <= end) separator = 3;
      else if ((c.value == '"' || c.value == 0x201C || c.value == 0x201D) && i > begin) separator = c.length;
      else if ((c.value == '[' || c.value == ']') && i > begin) separator = 1;  // "Yemen[1]"
      else if (c.value == '.' && IsGluedSentenceBoundary(piece, i, end)) separator = 1;
      if (separator == 0) {
        i += c.length;
        continue;
      }
      Clitics(piece, i);
      Emit(i, i + separator);
      i += separator;
      piece = i;
    }
    Clitics(piece, end);
  }

  // True when the period at `dot` ends a sentence glued to the next one without a space:
  // "Putin.It", "Kiev.The". The word before ends in a lower-case letter and is no abbreviation
  // ("St.Petersburg", "Mr.Smith"); the word after is capitalised and goes on in lower case, which
  // keeps initialisms ("U.S."), domains ("Amazon.com") and numbers ("3.5") whole.
  bool IsGluedSentenceBoundary(std::size_t piece, std::size_t dot, std::size_t end) const {
    if (dot < piece + 2 || dot + 2 >= end) return false;
    if (!IsAsciiLower(text_[dot - 1]) || !IsAsciiUpper(text_[dot + 1]) ||
        !IsAsciiLower(text_[dot + 2]))
      return false;
    std::string_view before = text_.substr(piece, dot - piece);
    if (before.find('.') != std::string_view::npos) return false;  // "e.g.The", "www.bbc.Co"
    return ClassifyAbbreviation(before) == Abbreviation::kNone;
  }

  void Clitics(std::size_t begin, std::size_t end) {
    if (begin >= end) return;
    std::string_view word = text_.substr(begin, end - begin);
    auto ends_with_clitic = [&](std::string_view clitic) -> std::size_t {
      // Returns the byte length of the clitic with an ASCII or curly apostrophe, 0 if absent.
      std::string_view rest = clitic.substr(1);
      for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
        std::size_t length = apostrophe.size() + rest.size();
        if (word.size() > length && word.substr(word.size() - rest.size()) == rest &&
            word.substr(word.size() - length, apostrophe.size()) == apostrophe)
          return length;
      }
      return 0;
    };
    // "n't": "didn't" -> "did" "n't"; "can't" -> "ca" "n't"; "won't" -> "wo" "n't".
    if (std::size_t length = ends_with_clitic("'t"); length > 0 && word.size() > length + 1 &&
                                                    (word[word.size() - length - 1] == 'n' ||
                                                     word[word.size() - length - 1] == 'N')) {
      std::size_t split = end - length - 1;
      Emit(begin, split);
      Emit(split, end);
      return;
    }
    for (std::string_view clitic : {"'s", "'S", "'re", "'ve", "'ll", "'d", "'m"}) {
      if (std::size_t length = ends_with_clitic(clitic); length > 0) {
        Emit(begin, end - length);
        Emit(end - length, end);
        return;
      }
    }
    Emit(begin, end);
  }

  void Emit(std::size_t begin, std::size_t end) {
    if (begin >= end) return;
    out_.push_back({{begin, end}, newlines_, forced_});
    newlines_ = 0;
    forced_ = false;
  }

  std::string_view text_;
  std::vector<RawToken>& out_;
  std::size_t newlines_ = 0;
  bool forced_ = false;
};

std::vector<RawToken> RawTokens(std::string_view text, const std::vector<ByteSpan>& skip) {
  std::vector<RawToken> tokens;
  tokens.reserve(text.size() / 5);
  Splitter splitter(text, tokens);
  auto next_skip = skip.begin();
  std::size_t newlines = 0;
  bool forced = false;
  std::size_t i = 0;
  while (i < text.size()) {
    while (next_skip != skip.end() && next_skip->end <= i) ++next_skip;
    if (next_skip != skip.end() && next_skip->begin <= i) {
      i = next_skip->end;
      forced = true;
      continue;
    }
    CodePoint c = DecodeAt(text, i);
    if (IsSpace(c.value)) {
      if (c.value == '\n' || c.value == 0x2028 || c.value == 0x2029) ++newlines;
      i += c.length;
      continue;
    }
    std::size_t begin = i;
    std::size_t limit = next_skip != skip.end() ? std::min(next_skip->begin, text.size())
                                                : text.size();
    while (i < limit) {
      CodePoint d = DecodeAt(text, i);
      if (IsSpace(d.value)) break;
      i += d.length;
    }
    splitter.Chunk(begin, std::min(i, limit), newlines, forced);
    newlines = 0;
    forced = false;
  }
  return tokens;
}

bool StartsUpper(std::string_view word) { return !word.empty() && IsAsciiUpper(word[0]); }
bool StartsLower(std::string_view word) { return !word.empty() && IsAsciiLower(word[0]); }

bool IsContinuationWord(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kWords = {
      ",", ";", "-", "and", "or", "the", "of", "a", "an", "to", "in", "for", "with", "by"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<ByteSpan>& skip) {
  std::vector<RawToken> raw = RawTokens(text, skip);
  std::vector<Sentence> sentences;
  Sentence current;
  auto word_at = [&](std::size_t k) {
    return text.substr(raw[k].span.begin, raw[k].span.size());
  };
  auto close = [&]() {
    if (current.tokens.empty()) return;
    current.span = {current.tokens.front().span.begin, current.tokens.back().span.end};
    sentences.push_back(std::move(current));
    current = Sentence();
  };
  for (std::size_t k = 0; k < raw.size(); ++k) {
    std::string_view word = word_at(k);
    if (k > 0 && !current.tokens.empty()) {
      bool boundary = raw[k].forced_break_before || raw[k].newlines_before >= 2 ||
                      current.tokens.size() >= kMaxSentenceTokens;
      if (!boundary && raw[k].newlines_before == 1) {
        boundary = !(StartsLower(word) || IsContinuationWord(current.tokens.back().text));
      }
      if (boundary) close();
    }
    current.tokens.push_back(Token(std::string(word), raw[k].span));

    // Decide whether a sentence ends after this token (and any closing quotes after it).
    std::size_t last = k;
    bool terminal = word == "." || word == "!" || word == "?" || word == "..." ||
                    word == "\xE2\x80\xA6";
    Abbreviation abbreviation = Abbreviation::kNone;
    if (!terminal && word.size() > 1 && word.back() == '.') {
      abbreviation = ClassifyAbbreviation(word.substr(0, word.size() - 1));
    }
    if (!terminal && abbreviation != Abbreviation::kOther) continue;
    while (last + 1 < raw.size() && raw[last + 1].newlines_before == 0 &&
           !raw[last + 1].forced_break_before) {
      CodePoint c = DecodeAt(text, raw[last + 1].span.begin);
      if (!IsClosing(c.value) || raw[last + 1].span.size() != c.length) break;
      // A straight quote right after the terminal closes the quotation.
      ++last;
    }
    if (last + 1 >= raw.size()) continue;
    std::string_view next = word_at(last + 1);
    bool ends;
    if (terminal) {
      CodePoint c = DecodeAt(text, raw[last + 1].span.begin);
      ends = StartsUpper(next) || IsDigit(next[0]) || IsOpening(c.value) || c.value > 0x7F;
      if (word == "..." || word == "\xE2\x80\xA6") ends = ends && !StartsLower(next);
    } else {
      ends = IsSentenceOpener(next);
    }
    if (!ends) continue;
    for (std::size_t j = k + 1; j <= last; ++j)
      current.tokens.push_back(Token(std::string(word_at(j)), raw[j].span));
    k = last;
    close();
  }
  close();
  return sentences;
}

}  // namespace newsgraph
