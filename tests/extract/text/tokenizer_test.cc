#include "extract/text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Sentences as token texts joined by spaces, for compact expectations.
std::vector<std::string> Render(std::string_view text, const std::vector<ByteSpan>& skip = {}) {
  std::vector<std::string> out;
  for (const Sentence& sentence : SplitSentences(text, skip)) {
    std::string line;
    for (const Token& token : sentence.tokens) {
      EXPECT_EQ(text.substr(token.span.begin, token.span.size()), token.text);
      if (!line.empty()) line += ' ';
      line += token.text;
    }
    out.push_back(line);
  }
  return out;
}

struct SplitCase {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

class SplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitTest, Splits) { EXPECT_EQ(Render(GetParam().text), GetParam().sentences); }

INSTANTIATE_TEST_SUITE_P(
    Table, SplitTest,
    ::testing::Values(
        SplitCase{"plain", "Russia armed Iraq. Syria fought back.",
                  {"Russia armed Iraq .", "Syria fought back ."}},
        SplitCase{"us_inside", "The U.S. State Department said so.",
                  {"The U.S. State Department said so ."}},
        SplitCase{"us_at_end", "He blamed the U.S. The talks failed.",
                  {"He blamed the U.S.", "The talks failed ."}},
        SplitCase{"month", "A deal reached on Feb. 12 ended it.",
                  {"A deal reached on Feb. 12 ended it ."}},
        SplitCase{"titles", "Gen. Smith met Mr. Jones Jr. in Kyiv.",
                  {"Gen. Smith met Mr. Jones Jr. in Kyiv ."}},
        SplitCase{"initial", "John F. Kennedy spoke.", {"John F. Kennedy spoke ."}},
        SplitCase{"quote_then_said", "\"We are helping,\" Lavrov said. Then he left.",
                  {"\" We are helping , \" Lavrov said .", "Then he left ."}},
        SplitCase{"quote_closes_sentence", "He said: \"No.\" Then he left.",
                  {"He said : \" No . \"", "Then he left ."}},
        SplitCase{"question_in_quote", "\"Why?\" he asked.", {"\" Why ? \" he asked ."}},
        SplitCase{"curly_quotes", "\xE2\x80\x9CIt is over,\xE2\x80\x9D she said.",
                  {"\xE2\x80\x9C It is over , \xE2\x80\x9D she said ."}},
        SplitCase{"headline", "Russia Arming Iraq, Lavrov Says\n\nRussia is arming Iraq.",
                  {"Russia Arming Iraq , Lavrov Says", "Russia is arming Iraq ."}},
        SplitCase{"dateline_line", "LONDON 1996-08-30\nWest Indian Phil Simmons took four.",
                  {"LONDON 1996-08-30", "West Indian Phil Simmons took four ."}},
        SplitCase{"wrapped_line", "the forces of the\nregime withdrew.",
                  {"the forces of the regime withdrew ."}},
        SplitCase{"clitics", "Russia's envoy didn't say, and can't.",
                  {"Russia 's envoy did n't say , and ca n't ."}},
        SplitCase{"curly_possessive", "Assad\xE2\x80\x99s regime",
                  {"Assad \xE2\x80\x99s regime"}},
        SplitCase{"hyphens", "a U.S.-led coalition and al-Assad", {"a U.S.-led coalition and al-Assad"}},
        SplitCase{"dash", "reasons \xE2\x80\x94 because", {"reasons \xE2\x80\x94 because"}},
        SplitCase{"citation_brackets", "Fighting in Yemen[1] went on.",
                  {"Fighting in Yemen [ 1 ] went on ."}},
        SplitCase{"ellipsis_lower", "coming back... and to", {"coming back ... and to"}},
        SplitCase{"numbers", "It cost $10,000 or 5.5 percent.",
                  {"It cost $10,000 or 5.5 percent ."}},
        SplitCase{"brackets", "a result [in the fight.]", {"a result [ in the fight . ]"}},
        SplitCase{"glued_boundary", "met Vladimir Putin.It was cold in Kiev.The end.",
                  {"met Vladimir Putin .", "It was cold in Kiev .", "The end ."}},
        SplitCase{"glued_abbreviation_kept", "in St.Petersburg with Mr.Smith and the U.S.Army",
                  {"in St.Petersburg with Mr.Smith and the U.S.Army"}},
        SplitCase{"glued_domain_kept", "on Amazon.com at 3.5 percent",
                  {"on Amazon.com at 3.5 percent"}},
        SplitCase{"empty", "  \n\n ", {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(SplitSentences, SkipSpansDropTextAndBreakSentences) {
  std::string text = "Support us now Russia armed Iraq";
  // Skip "Support us now".
  EXPECT_EQ(Render(text, {{0, 14}}), std::vector<std::string>{"Russia armed Iraq"});
  EXPECT_EQ(Render("Moscow said Kyiv agreed", {{7, 11}}),
            (std::vector<std::string>{"Moscow", "Kyiv agreed"}));
}

TEST(SplitSentences, SpansAreByteOffsets) {
  std::string text = "Z\xC3\xBCrich \xE2\x80\x9Cwarned\xE2\x80\x9D Bern.";
  auto sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].tokens.size(), 6u);
  EXPECT_EQ(sentences[0].tokens[0].span, (ByteSpan{0, 7}));
  EXPECT_EQ(sentences[0].tokens[1].span, (ByteSpan{8, 11}));
  EXPECT_EQ(sentences[0].span, (ByteSpan{0, text.size()}));
}

TEST(SplitSentences, VeryLongTextWithoutPunctuationIsCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  auto sentences = SplitSentences(text);
  EXPECT_GE(sentences.size(), 5u);
  for (const auto& sentence : sentences) EXPECT_LE(sentence.tokens.size(), 200u);
}

}  // namespace
}  // namespace newsgraph
