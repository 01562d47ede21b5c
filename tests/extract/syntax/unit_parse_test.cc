#include "extract/syntax/unit_parse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/syntax/tagger.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

const DependencyParser& Shipped() {
  static const DependencyParser* parser = new DependencyParser(DependencyParser::LoadEmbedded());
  return *parser;
}

Sentence Tagged(const std::string& text) {
  static const Tagger* tagger = new Tagger(Tagger::LoadEmbedded());
  std::vector<Sentence> sentences = SplitSentences(text);
  tagger->TagPartsOfSpeech(sentences);
  return sentences.at(0);
}

TEST(ParseWithUnits, WithoutUnitsParsesLikeTheParser) {
  Sentence plain = Tagged("Russia accused Ukraine of shelling the plant on Monday.");
  Sentence with_units = plain;
  Shipped().Parse(plain);
  ParseWithUnits(Shipped(), with_units, {});
  for (std::size_t i = 0; i < plain.tokens.size(); ++i) {
    EXPECT_EQ(with_units.tokens[i].head, plain.tokens[i].head) << i;
    EXPECT_EQ(with_units.tokens[i].deprel, plain.tokens[i].deprel) << i;
  }
}

// Each unit is parsed as its last word: the unit's head takes the arc that word gets in the
// reduced sentence, arcs into the unit go to its head, and the unit's other words hang from it.
TEST(ParseWithUnits, AUnitTakesTheParseOfItsLastWord) {
  Sentence reduced = Tagged("Sanders endorsed Biden on Monday.");
  Shipped().Parse(reduced);
  Sentence sentence = Tagged("Senator Bernie Sanders endorsed Vice President Joe Biden on Monday.");
  ASSERT_EQ(sentence.tokens.size(), 11u);
  ParseWithUnits(Shipped(), sentence, {{4, 8, 6}, {0, 3, 1}});
  const std::vector<std::size_t> original = {1, 3, 6, 8, 9, 10};  // reduced word -> its token
  for (std::size_t r = 0; r < reduced.tokens.size(); ++r) {
    const Token& token = sentence.tokens[original[r]];
    const int head = reduced.tokens[r].head;
    EXPECT_EQ(token.head, head < 0 ? -1 : static_cast<int>(original[head])) << r;
    EXPECT_EQ(token.deprel, reduced.tokens[r].deprel) << r;
  }
  const std::vector<std::pair<std::size_t, std::string>> inside = {
      {0, "compound"}, {2, "flat"}, {4, "compound"}, {5, "compound"}, {7, "flat"}};
  for (const auto& [index, relation] : inside) {
    EXPECT_EQ(sentence.tokens[index].head, index < 3 ? 1 : 6) << index;
    EXPECT_EQ(sentence.tokens[index].deprel, relation) << index;
  }
}

TEST(DatelineLength, CountsThePlaceAgencyAndDash) {
  const std::vector<std::pair<std::string, std::size_t>> rows = {
      {"LUXEMBOURG - The European Union opened talks with Ukraine.", 2},
      {"NEW YORK (Reuters) - Shares fell on Monday.", 6},
      {"MOSCOW \u2014 Russia accused Ukraine.", 2},
      {"NATO - the alliance - met.", 2},
      {"The EU - and Ukraine - met.", 0},
      {"Russia accused Ukraine.", 0},
      {"US forces struck Iraq.", 0},
  };
  for (const auto& [text, length] : rows) EXPECT_EQ(DatelineLength(Tagged(text)), length) << text;
}

// The sentence after a dateline is parsed as if the dateline were not there; a name inside the
// dateline is no unit of the parse.
TEST(ParseWithUnits, ADatelineHangsFromTheRootOfTheRest) {
  Sentence rest = Tagged("The Union opened talks with Ukraine on Tuesday.");
  Shipped().Parse(rest);
  Sentence sentence = Tagged("NEW YORK - The European Union opened talks with Ukraine on Tuesday.");
  ParseWithUnits(Shipped(), sentence, {{0, 2, 1}, {4, 6, 5}});
  // Reduced word -> token: "The" is token 3, "Union" token 5, then one to one.
  auto token_of = [](int r) { return r == 0 ? 3 : r + 4; };
  int root = -1;
  for (std::size_t r = 0; r < rest.tokens.size(); ++r) {
    const int t = token_of(static_cast<int>(r));
    const int head = rest.tokens[r].head;
    EXPECT_EQ(sentence.tokens[t].head, head < 0 ? -1 : token_of(head)) << r;
    EXPECT_EQ(sentence.tokens[t].deprel, rest.tokens[r].deprel) << r;
    if (head < 0) root = t;
  }
  EXPECT_EQ(sentence.tokens[4].head, 5);
  EXPECT_EQ(sentence.tokens[4].deprel, "compound");
  EXPECT_EQ(sentence.tokens[0].head, root);
  EXPECT_EQ(sentence.tokens[0].deprel, "dep");
  EXPECT_EQ(sentence.tokens[1].head, 0);
  EXPECT_EQ(sentence.tokens[1].deprel, "flat");
  EXPECT_EQ(sentence.tokens[2].head, 0);
  EXPECT_EQ(sentence.tokens[2].deprel, "punct");
}

}  // namespace
}  // namespace newsgraph
