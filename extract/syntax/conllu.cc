#include "extract/syntax/conllu.h"

#include <charconv>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newsgraph {
namespace {

// The ten tab-separated columns of a word line; false when there are not exactly ten.
bool SplitColumns(std::string_view line, std::string_view (&columns)[10]) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (count < 10) {
    const std::size_t tab = line.find('\t', start);
    columns[count++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return count == 10 && line.find('\t', start) == std::string_view::npos;
}

bool ParseInt(std::string_view text, int& value) {
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

std::runtime_error LineError(std::size_t line_number, const std::string& message) {
  return std::runtime_error("line " + std::to_string(line_number) + ": " + message);
}

// Checks every head of `sentence` (read 1-based, stored 0-based) lies inside it.
void CheckHeads(const Sentence& sentence, std::size_t line_number) {
  const int size = static_cast<int>(sentence.tokens.size());
  for (const Token& token : sentence.tokens) {
    if (token.head < -1 || token.head >= size) {
      throw LineError(line_number, "head outside the sentence ending here");
    }
  }
}

// Appends the word of one word line to `sentence`.
void AddWord(std::string_view line, std::size_t line_number, Sentence& sentence) {
  std::string_view columns[10];
  if (!SplitColumns(line, columns)) throw LineError(line_number, "a word line needs 10 columns");
  int id = 0;
  int head = 0;
  if (!ParseInt(columns[0], id) || id != static_cast<int>(sentence.tokens.size()) + 1) {
    throw LineError(line_number, "word id out of order: " + std::string(columns[0]));
  }
  if (!ParseInt(columns[6], head)) {
    throw LineError(line_number, "head is not a number: " + std::string(columns[6]));
  }
  Token token(std::string(columns[1]), ByteSpan{});
  token.pos = std::string(columns[4] == "_" ? columns[3] : columns[4]);
  token.head = head - 1;
  token.deprel = std::string(columns[7]);
  sentence.tokens.push_back(std::move(token));
}

}  // namespace

std::vector<Sentence> ReadConllu(std::istream& in) {
  std::vector<Sentence> sentences;
  Sentence sentence;
  std::string line;
  std::size_t line_number = 0;
  auto finish = [&] {
    if (sentence.tokens.empty()) return;
    CheckHeads(sentence, line_number);
    sentences.push_back(std::move(sentence));
    sentence = Sentence();
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    const std::size_t id_end = line.find('\t');
    const std::string_view id = std::string_view(line).substr(0, id_end);
    if (id.find_first_of("-.") != std::string_view::npos) continue;  // range or empty node
    AddWord(line, line_number, sentence);
  }
  finish();
  return sentences;
}

}  // namespace newsgraph
