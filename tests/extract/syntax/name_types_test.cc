#include "extract/syntax/name_types.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "extract/syntax/tagger_features.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

const Tagger& SharedTagger() {
  static const Tagger* tagger = new Tagger(Tagger::LoadEmbedded());
  return *tagger;
}

constexpr char kArticle[] =
    "Russian Foreign Minister Sergei Lavrov met Angela Merkel in Berlin on Monday. "
    "Lavrov said Russia wanted talks.";

TEST(NameTypeCounterTest, KeepsTheTypeEachWordMostlyTakes) {
  NameTypeCounter counter(SharedTagger());
  for (int i = 0; i < 5; ++i) counter.Add(kArticle);
  const std::string tsv = counter.Tsv(/*min_count=*/5, /*min_share=*/0.8);
  EXPECT_EQ(tsv.rfind("# ", 0), 0u);  // a comment header first
  EXPECT_NE(tsv.find("\nlavrov\tPER\n"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("\nmerkel\tPER\n"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("\nberlin\tLOC\n"), std::string::npos) << tsv;
  // Words outside names and lower-case words are never counted.
  EXPECT_EQ(tsv.find("\nmonday\t"), std::string::npos) << tsv;
  EXPECT_EQ(tsv.find("\ntalks\t"), std::string::npos) << tsv;
}

TEST(NameTypeCounterTest, DropsRareWordsAndIsOrderIndependent) {
  NameTypeCounter once(SharedTagger());
  once.Add(kArticle);
  // "Berlin" is seen once: below a minimum count of 2.
  EXPECT_EQ(once.Tsv(2, 0.8).find("\nberlin\t"), std::string::npos);
  EXPECT_NE(once.Tsv(1, 0.8).find("\nberlin\tLOC\n"), std::string::npos);

  const std::string other = "Samsung said its shares rose in Seoul.";
  NameTypeCounter forward(SharedTagger()), backward(SharedTagger());
  forward.Add(kArticle);
  forward.Add(other);
  backward.Add(other);
  backward.Add(kArticle);
  EXPECT_EQ(forward.Tsv(1, 0.5), backward.Tsv(1, 0.5));
}

TEST(NameTypeListTest, MarksListedWordsWithTheirType) {
  const Gazetteer gazetteer("# a comment\nsamsung\tORG\nkeira\tPER\n", "");
  std::vector<TokenView> views = MakeViews(SplitSentences("Keira joined Samsung .")[0]);
  gazetteer.Mark(views);
  auto has = [&](std::size_t token, int type_index) {
    return (views[token + 2].gazetteer & (1u << (2 * (kNameTypeCategory + type_index)))) != 0;
  };
  EXPECT_TRUE(has(0, 0));   // Keira: PER
  EXPECT_FALSE(has(0, 1));  // not ORG
  EXPECT_TRUE(has(2, 1));   // Samsung: ORG
  EXPECT_FALSE(has(1, 0));  // "joined": not listed
}

TEST(NameTypeListTest, RejectsMalformedLinesNamingTheLine) {
  for (const char* bad :
       {"samsung\tORG\nkeira PER\n", "samsung\tORG\nkeira\tPERSON\n", "samsung\tORG\n\tPER\n"}) {
    try {
      Gazetteer gazetteer(bad, "");
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()).rfind("name types:2:", 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace newsgraph
