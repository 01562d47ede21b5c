#include "extract/entities/petrarch_dictionary.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "extract/text/corpus_reader.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSmallNameWord(std::string_view lower) {
  return lower == "of" || lower == "the" || lower == "and" || lower == "for" || lower == "in" ||
         lower == "on" || lower == "de" || lower == "du" || lower == "la" || lower == "le" ||
         lower == "des" || lower == "del" || lower == "da" || lower == "van" || lower == "von" ||
         lower == "bin" || lower == "ibn" || lower == "al" || lower == "el";
}

// Drops "(...)" groups and control characters; returns the phrase with words joined by '_'.
std::string CleanPhrase(std::string_view phrase, bool* had_control) {
  std::string out;
  int depth = 0;
  for (char c : phrase) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
        *had_control = true;
      } else {
        out += c == ' ' || c == '\t' ? '_' : c;
      }
    }
  }
  return out;
}

struct ParsedCode {
  bool ok = false;
  bool dated = false;
  DatedCode code;
  std::string problem;
};

// The inside of one "[...]": "CODE", "CODE >D", "CODE <D", "CODE D-D".
ParsedCode ParseCode(std::string_view inside) {
  ParsedCode result;
  inside = Trim(inside);
  std::size_t space = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, space);
  std::string_view rest = space == std::string_view::npos ? "" : Trim(inside.substr(space));
  if (code.empty()) {
    result.problem = "empty code";
    return result;
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '~' && c != '!') {
      result.problem = "code \"" + std::string(code) + "\" has a character other than A-Z 0-9 -";
      return result;
    }
  }
  result.code.code = std::string(code);
  if (rest.empty()) {
    result.ok = true;
    return result;
  }
  auto digits_from = [](std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size() && !IsDigit(text[begin])) ++begin;
    std::size_t end = begin;
    while (end < text.size() && IsDigit(text[end])) ++end;
    return text.substr(begin, end - begin);
  };
  result.dated = true;
  if (rest[0] == '<' || rest[0] == '>') {
    std::string date = PetrarchDate(digits_from(rest.substr(1)));
    if (date.empty()) {
      result.problem = "invalid date in \"" + std::string(rest) + "\"";
      return result;
    }
    (rest[0] == '<' ? result.code.to : result.code.from) = date;
  } else if (std::size_t dash = rest.find('-'); dash != std::string_view::npos) {
    result.code.from = PetrarchDate(Trim(rest.substr(0, dash)));
    result.code.to = PetrarchDate(Trim(rest.substr(dash + 1)));
    if (result.code.from.empty() || result.code.to.empty()) {
      result.problem = "invalid date in \"" + std::string(rest) + "\"";
      return result;
    }
    if (result.code.to < result.code.from) {
      result.problem = "date range ends before it starts: \"" + std::string(rest) + "\"";
      return result;
    }
  } else {
    // PETRARCH reads "[CODE D]" as an unrestricted code; so does this reader, with a warning.
    result.dated = false;
    result.ok = true;
    result.problem =
        "date \"" + std::string(rest) + "\" without <, > or a range; read as no restriction";
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace

std::string PetrarchDate(std::string_view digits) {
  for (char c : digits) {
    if (!IsDigit(c)) return "";
  }
  int year = 0, month = 0, day = 0;
  auto number = [&](std::size_t begin, std::size_t length) {
    int value = 0;
    for (std::size_t i = begin; i < begin + length; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  if (digits.size() >= 8) {
    year = number(0, 4), month = number(4, 2), day = number(6, 2);
  } else if (digits.size() >= 6) {
    year = number(0, 2), month = number(2, 2), day = number(4, 2);
    year += year <= 30 ? 2000 : 1900;
  } else {
    return "";
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return "";
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string PetrarchPhraseToName(std::string_view phrase) {
  std::string name;
  for (std::string_view word : Split(phrase, '_')) {
    if (word.empty()) continue;
    std::string lower = ToLower(word);
    if (!name.empty()) name += ' ';
    if (!name.empty() && IsSmallNameWord(lower)) {
      name += lower;
      continue;
    }
    bool has_vowel = lower.find_first_of("aeiouy") != std::string::npos;
    if (!has_vowel) {
      name += word;
      continue;
    }
    bool start = true;  // at the start of a word part: after "-", "." or "'"
    for (char c : lower) {
      name += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      start = c == '-' || c == '.' || c == '/';
    }
  }
  return name;
}

PetrarchDictionary ParsePetrarchActors(std::string_view text, std::string_view origin) {
  PetrarchDictionary out;
  out.actors.reserve(text.size() / 64);
  std::size_t line_number = 0;
  PetrarchActor* actor = nullptr;
  auto where = [&] { return std::string(origin) + ":" + std::to_string(line_number); };
  auto warn = [&](const std::string& problem) { out.warnings.push_back(where() + ": " + problem); };
  // Adds the codes of every "[...]" in `codes`; false when a bracket is unbalanced.
  auto add_codes = [&](std::string_view codes) {
    std::size_t at = 0;
    while ((at = codes.find('[', at)) != std::string_view::npos) {
      std::size_t close = codes.find(']', at);
      if (close == std::string_view::npos) {
        warn("'[' without ']'");
        return;
      }
      ParsedCode parsed = ParseCode(codes.substr(at + 1, close - at - 1));
      if (!parsed.problem.empty()) warn(parsed.problem);
      if (parsed.ok && actor != nullptr) {
        if (parsed.dated) {
          actor->dated_codes.push_back(parsed.code);
        } else {
          actor->codes.push_back(parsed.code.code);
        }
      }
      at = close + 1;
    }
  };

  for (std::string_view raw : SplitLines(text)) {
    ++line_number;
    std::string repaired;
    if (!IsValidUtf8(raw)) {
      repaired = RepairUtf8(raw);
      raw = repaired;
      warn("invalid UTF-8 replaced");
    }
    std::string_view line = raw;
    if (std::size_t comment = line.find_first_of("#;"); comment != std::string_view::npos)
      line = line.substr(0, comment);
    std::string_view content = Trim(line);
    if (content.empty() || content[0] == '<') continue;  // blank, comment, <!-- ... -->
    if (content.find("---STOP---") != std::string_view::npos) break;

    std::size_t bracket = content.find('[');
    std::string_view phrase_part = Trim(content.substr(0, bracket));
    std::string_view code_part =
        bracket == std::string_view::npos ? std::string_view() : content.substr(bracket);
    if (code_part.find(']') == std::string_view::npos && !code_part.empty()) {
      warn("'[' without ']'; line skipped");
      continue;
    }

    if (phrase_part.empty()) {  // a code line
      if (actor == nullptr) {
        warn("code before the first actor; line skipped");
        continue;
      }
      add_codes(code_part);
      continue;
    }
    bool alias = phrase_part[0] == '+';
    if (!alias && (raw[0] == ' ' || raw[0] == '\t')) {
      warn("indented line is neither a code nor a + phrase; line skipped");
      continue;
    }
    if (alias && actor == nullptr) {
      warn("+ phrase before the first actor; line skipped");
      continue;
    }
    bool had_control = false;
    std::vector<std::string> names;
    // "+A+_B" is two phrases glued together.
    for (std::string_view piece : Split(alias ? phrase_part.substr(1) : phrase_part, '+')) {
      std::string name = PetrarchPhraseToName(CleanPhrase(piece, &had_control));
      if (!name.empty()) names.push_back(std::move(name));
    }
    if (had_control) warn("control character dropped from a phrase");
    if (names.empty()) {
      warn("phrase without a word; line skipped");
      continue;
    }
    if (alias) {
      for (std::string& name : names) actor->aliases.push_back(std::move(name));
    } else {
      out.actors.emplace_back();
      actor = &out.actors.back();
      actor->name = std::move(names.front());
      for (std::size_t i = 1; i < names.size(); ++i) actor->aliases.push_back(std::move(names[i]));
      actor->origin = where();
    }
    add_codes(code_part);
  }
  return out;
}

void ReadPetrarchActors(const std::string& path, PetrarchDictionary& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the actor dictionary");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw std::runtime_error(path + ": cannot read the actor dictionary");
  PetrarchDictionary parsed = ParsePetrarchActors(text, path);
  out.actors.insert(out.actors.end(), std::make_move_iterator(parsed.actors.begin()),
                    std::make_move_iterator(parsed.actors.end()));
  out.warnings.insert(out.warnings.end(), parsed.warnings.begin(), parsed.warnings.end());
}

}  // namespace newsgraph
