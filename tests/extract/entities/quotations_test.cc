// Quotations over sentences and paragraphs, and the speakers the first-person pronouns inside
// them take, through the whole embedded pipeline.
#include "extract/entities/quotations.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/text/text_util.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

// (quoted text, closed) of each quotation of `text`.
using Quoted = std::vector<std::pair<std::string, bool>>;
Quoted QuotedTexts(const std::string& text) {
  const std::vector<Sentence> sentences = SplitSentences(text);
  Quoted out;
  for (const Quotation& q : FindQuotations(text, sentences)) {
    const std::size_t begin = sentences[q.open.sentence].tokens[q.open.token].span.end;
    const std::vector<Token>& last = sentences[q.close.sentence].tokens;
    const std::size_t end =
        q.closed ? last[q.close.token].span.begin : sentences[q.close.sentence].span.end;
    out.emplace_back(std::string(Trim(std::string_view(text).substr(begin, end - begin))),
                     q.closed);
  }
  return out;
}

TEST(FindQuotationsTest, QuotationRunsOverSentences) {
  EXPECT_EQ(QuotedTexts("\"We will go. They will stay,\" he said. Then \"nothing\" happened."),
            (Quoted{{"We will go. They will stay,", true}, {"nothing", true}}));
}

TEST(FindQuotationsTest, ParagraphOpeningWithAMarkContinuesTheQuotation) {
  EXPECT_EQ(QuotedTexts("He said: \"We will go.\n\n\"They will stay.\"\n\nOthers left."),
            (Quoted{{"We will go.\n\n\"They will stay.", true}}));
}

TEST(FindQuotationsTest, ParagraphEndClosesAQuotationLeftOpen) {
  EXPECT_EQ(QuotedTexts("He said: \"We will go.\n\nOthers left. \"Fine,\" she said."),
            (Quoted{{"We will go.", false}, {"Fine,", true}}));
}

TEST(FindQuotationsTest, CurlyMarksSayWhichWayTheyGo) {
  EXPECT_EQ(QuotedTexts("Stray\u201d here. \u201cWe will go,\u201d he said."),
            (Quoted{{"We will go,", true}}));
}

// (pronoun, canonical) of every first-person pronoun mention of `text`.
std::vector<std::pair<std::string, std::string>> FirstPersons(const std::string& text) {
  static const Extractor* extractor = new Extractor();
  Document document;
  document.text = text;
  std::vector<std::pair<std::string, std::string>> out;
  for (const Mention& m : extractor->Extract(document).mentions) {
    if (m.kind != MentionKind::kPronoun) continue;
    const std::string lower = ToLower(m.text);
    if (lower == "i" || lower == "me" || lower == "my" || lower == "we" || lower == "us" ||
        lower == "our")
      out.emplace_back(m.text, m.canonical);
  }
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(QuotationResolverTest, WeOfATitledPersonIsTheTitlesState) {
  EXPECT_EQ(FirstPersons("\"We will respond. We are ready,\" Kenyan Foreign Minister John Kamau "
                         "said."),
            (Pairs{{"We", "Kenya"}, {"We", "Kenya"}}));
}

TEST(QuotationResolverTest, AppositionAfterTheNameGivesTheSide) {
  EXPECT_EQ(FirstPersons("John Kamau, a spokesman for the African Union, spoke on Monday. "
                         "\"We are ready,\" Kamau said."),
            (Pairs{{"We", "African Union"}}));
}

TEST(QuotationResolverTest, PronounSpeakerTakesItsAntecedent) {
  EXPECT_EQ(FirstPersons("John Kamau arrived on Monday. He said: \"I am ready.\""),
            (Pairs{{"I", "John Kamau"}}));
}

TEST(QuotationResolverTest, ColonSentenceIntroducesTheNextParagraph) {
  EXPECT_EQ(FirstPersons("Kenya said:\n\n\"We are ready.\n\n\"Our troops will stay.\""),
            (Pairs{{"We", "Kenya"}, {"Our", "Kenya"}}));
}

TEST(QuotationResolverTest, FollowingQuotationKeepsTheSpeaker) {
  EXPECT_EQ(FirstPersons("\"I am ready,\" John Kamau said. \"I will go.\""),
            (Pairs{{"I", "John Kamau"}, {"I", "John Kamau"}}));
}

TEST(QuotationResolverTest, PersonWithoutAffiliationLeavesWeUnresolved) {
  EXPECT_EQ(FirstPersons("\"We are ready,\" John Kamau said."), (Pairs{{"We", "we"}}));
}

TEST(QuotationResolverTest, OutletTheQuoteWasToldIsNoSpeaker) {
  EXPECT_EQ(FirstPersons("\"We are ready,\" a spokesman told Reuters."), (Pairs{{"We", "we"}}));
}

TEST(QuotationResolverTest, OrganisationSpeaksThroughItsSpokesman) {
  EXPECT_EQ(FirstPersons("A spokesman for the African Union said: \"We are ready.\""),
            (Pairs{{"We", "African Union"}}));
}

TEST(QuotationResolverTest, OfPhraseAfterTheNameGivesTheSide) {
  EXPECT_EQ(FirstPersons("John Kamau of the African Union said, \"We are ready.\""),
            (Pairs{{"We", "African Union"}}));
}

TEST(QuotationResolverTest, OutletAfterAPrepositionIsNoSpeaker) {
  EXPECT_EQ(FirstPersons("In remarks to Reuters, Kenya said, \"We are ready.\""),
            (Pairs{{"We", "Kenya"}}));
}

TEST(QuotationResolverTest, AnotherActorBetweenQuotationsBreaksTheSpeaker) {
  EXPECT_EQ(FirstPersons("\"I am ready,\" John Kamau said. Peter Otieno disagreed, \"I am not.\""),
            (Pairs{{"I", "John Kamau"}, {"I", "Peter Otieno"}}));
}

TEST(QuotationResolverTest, OfficeInAnAppositionIsNoSide) {
  EXPECT_EQ(FirstPersons("The Senate Minority Leader, John Kamau, said: \"We are ready.\""),
            (Pairs{{"We", "we"}}));
}

TEST(QuotationResolverTest, UnresolvedPronounSpeakerIsNoEarlierActor) {
  EXPECT_EQ(FirstPersons("The African Union envoy arrived and he said: \"We are ready.\""),
            (Pairs{{"We", "we"}}));
}

TEST(QuotationResolverTest, UnresolvedPossessiveIsNoMention) {
  EXPECT_EQ(FirstPersons("\"Our troops are ready.\""), (Pairs{}));
}

}  // namespace
}  // namespace newsgraph
