#include "extract/syntax/pos_repair.h"

#include <algorithm>
#include <string_view>

#include "extract/syntax/pos_tags.h"

namespace newsgraph {
namespace {

bool IsLowerWord(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

bool StartsObject(const Token& token) {
  std::string_view pos = token.pos;
  return pos == "DT" || pos == "CD" || pos == "PRP$" || pos == "NNP" || pos == "NNPS" ||
         token.text == "more" || token.text == "at" || token.text == "nearly" ||
         token.text == "about" || token.text == "dozens" || token.text == "scores";
}

}  // namespace

void RepairPartOfSpeechTags(const Lemmatizer& lemmatizer, std::vector<Sentence>& sentences) {
  for (Sentence& sentence : sentences) {
    std::vector<Token>& tokens = sentence.tokens;
    for (Token& token : tokens) {
      if (token.pos != "VBZ" && token.pos != "VBP" && token.pos != "VB") continue;
      if (token.text.size() < 4 || !IsLowerWord(token.text)) continue;
      if (lemmatizer.IsKnownVerb(lemmatizer.VerbLemma(token.text))) continue;
      token.pos = token.text.back() == 's' ? "NNS" : "NN";
    }
    bool verb_before = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].pos == "VBN" && !verb_before && i > 0 && i + 1 < tokens.size() &&
          IsNounTag(tokens[i - 1].pos) && StartsObject(tokens[i + 1])) {
        tokens[i].pos = "VBD";
      }
      // Any verb form but the bare infinitive: finite, modal or participle.
      verb_before |= IsVerbTag(tokens[i].pos) && tokens[i].pos != "VB";
      if (tokens[i].text == ";" || tokens[i].text == ":") verb_before = false;
    }
  }
}

}  // namespace newsgraph
