#include "extract/syntax/unit_parse.h"

#include <algorithm>

#include "extract/text/names.h"

namespace newsgraph {
namespace {

bool IsDash(const std::string& text) {
  return text == "-" || text == "--" || text == "\u2013" || text == "\u2014";
}

// The sentence with each unit reduced to its last token, a proper noun; `original` maps each
// reduced token to the token of `sentence` that heads it.
Sentence Reduce(const Sentence& sentence, std::size_t start, const std::vector<TokenUnit>& units,
                std::vector<std::size_t>& original) {
  Sentence reduced;
  reduced.span = sentence.span;
  std::size_t next_unit = 0;
  for (std::size_t i = start; i < sentence.tokens.size(); ++i) {
    if (next_unit < units.size() && units[next_unit].first == i) {
      const TokenUnit& unit = units[next_unit++];
      Token word = sentence.tokens[unit.end - 1];
      if (word.pos != "NNP" && word.pos != "NNPS") word.pos = "NNP";
      reduced.tokens.push_back(std::move(word));
      original.push_back(unit.head);
      i = unit.end - 1;
    } else {
      reduced.tokens.push_back(sentence.tokens[i]);
      original.push_back(i);
    }
  }
  return reduced;
}

// Hangs the dateline [0, length) from the root of the parsed rest.
void AttachDateline(Sentence& sentence, std::size_t length) {
  int root = -1;
  for (std::size_t i = length; i < sentence.tokens.size() && root < 0; ++i) {
    if (sentence.tokens[i].head < 0) root = static_cast<int>(i);
  }
  sentence.tokens[0].head = root;
  sentence.tokens[0].deprel = root < 0 ? "root" : "dep";
  for (std::size_t i = 1; i < length; ++i) {
    const std::string& text = sentence.tokens[i].text;
    sentence.tokens[i].head = 0;
    sentence.tokens[i].deprel = text == "(" || text == ")" || IsDash(text) ? "punct" : "flat";
  }
}

}  // namespace

std::size_t DatelineLength(const Sentence& sentence) {
  const std::vector<Token>& tokens = sentence.tokens;
  std::size_t i = 0;
  while (i < tokens.size() && i < 4 && IsAllCaps(tokens[i].text)) ++i;
  if (i == 0) return 0;
  if (i + 2 < tokens.size() && tokens[i].text == "(" && tokens[i + 2].text == ")") i += 3;
  // The dash must leave a sentence to parse after it.
  return i + 2 < tokens.size() && IsDash(tokens[i].text) ? i + 1 : 0;
}

void ParseWithUnits(const DependencyParser& parser, Sentence& sentence,
                    std::vector<TokenUnit> units) {
  const std::size_t dateline = DatelineLength(sentence);
  std::erase_if(units, [dateline](const TokenUnit& unit) {
    return unit.end - unit.first < 2 || unit.first < dateline;
  });
  std::sort(units.begin(), units.end(),
            [](const TokenUnit& a, const TokenUnit& b) { return a.first < b.first; });
  std::vector<std::size_t> original;
  Sentence reduced = Reduce(sentence, dateline, units, original);
  parser.Parse(reduced);
  for (std::size_t r = 0; r < reduced.tokens.size(); ++r) {
    Token& token = sentence.tokens[original[r]];
    const int head = reduced.tokens[r].head;
    token.head = head < 0 ? -1 : static_cast<int>(original[static_cast<std::size_t>(head)]);
    token.deprel = std::move(reduced.tokens[r].deprel);
  }
  for (const TokenUnit& unit : units) {
    for (std::size_t i = unit.first; i < unit.end; ++i) {
      if (i == unit.head) continue;
      sentence.tokens[i].head = static_cast<int>(unit.head);
      sentence.tokens[i].deprel = i < unit.head ? "compound" : "flat";
    }
  }
  if (dateline > 0) AttachDateline(sentence, dateline);
}

}  // namespace newsgraph
