#include "extract/text/text_util.h"

#include <algorithm>

#include "resources/embedded.h"

namespace newsgraph {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find(separator, begin);
    if (end == std::string_view::npos) {
      fields.push_back(text.substr(begin));
      return fields;
    }
    fields.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

std::string_view Trim(std::string_view text) {
  const char* kSpace = " \t\r\n\f\v";
  std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::unordered_set<std::string> EmbeddedWordList(std::string_view resource) {
  std::unordered_set<std::string> words;
  for (std::string_view line : SplitLines(EmbeddedResource(resource))) {
    line = Trim(line);
    if (!line.empty() && line[0] != '#') words.emplace(line);
  }
  return words;
}

bool IsCommonWord(std::string_view word) {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    for (std::string_view line : SplitLines(EmbeddedResource("dict/american-english"))) {
      if (!line.empty() && line[0] >= 'a' && line[0] <= 'z') out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  const std::string lower = ToLower(word);
  return std::binary_search(words.begin(), words.end(), std::string_view(lower));
}

std::string_view CompoundModifier(std::string_view word) {
  std::size_t hyphen = word.rfind('-');
  return hyphen == std::string_view::npos ? std::string_view() : word.substr(0, hyphen);
}

std::string_view CompoundParticiple(std::string_view word) {
  std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return {};
  std::string_view participle = word.substr(hyphen + 1);
  bool ends = participle.ends_with("ed") || participle.ends_with("en");
  return ends && participle.size() >= 4 ? participle : std::string_view();
}

}  // namespace newsgraph
