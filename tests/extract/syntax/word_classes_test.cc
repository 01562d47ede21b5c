#include "extract/syntax/word_classes.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "extract/syntax/tagger_features.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

// word -> (class by next words, class by previous words) of a learner's list.
std::map<std::string, std::pair<int, int>> Parse(const std::string& tsv) {
  std::map<std::string, std::pair<int, int>> out;
  std::istringstream in(tsv);
  std::string word;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    int next = -1, previous = -1;
    std::getline(fields, word, '\t');
    fields >> next >> previous;
    out[word] = {next, previous};
  }
  return out;
}

constexpr char kPets[] =
    "The cat sat on the mat. The dog sat on the rug. A cat ran to the door. A dog ran to the "
    "gate. The cat slept. The dog slept.";
constexpr char kTrips[] =
    "Anna flew to Paris. Boris flew to Rome. Anna drove to Rome. Boris drove to Paris.";

TEST(WordClassLearnerTest, WordsWithTheSameNeighboursShareAClass) {
  WordClassLearner learner;
  for (int i = 0; i < 3; ++i) {
    learner.Add(kPets);
    learner.Add(kTrips);
  }
  const auto classes = Parse(learner.Tsv(/*classes=*/8, /*min_count=*/2, /*iterations=*/20));
  ASSERT_TRUE(classes.count("cat") && classes.count("dog") && classes.count("anna"));
  EXPECT_EQ(classes.at("cat"), classes.at("dog"));
  EXPECT_EQ(classes.at("anna"), classes.at("boris"));
  EXPECT_EQ(classes.at("paris").second, classes.at("rome").second);  // both after "to"
  EXPECT_NE(classes.at("cat").first, classes.at("to").first);
  for (const auto& [word, pair] : classes) {
    EXPECT_GE(pair.first, 0);
    EXPECT_LT(pair.first, 8);
    EXPECT_GE(pair.second, 0);
    EXPECT_LT(pair.second, 8);
  }
}

TEST(WordClassLearnerTest, DropsRareWordsAndIsOrderIndependent) {
  WordClassLearner forward, backward;
  forward.Add(kPets);
  forward.Add(kTrips);
  backward.Add(kTrips);
  backward.Add(kPets);
  const std::string tsv = forward.Tsv(4, 2, 5);
  EXPECT_EQ(tsv, backward.Tsv(4, 2, 5));
  EXPECT_EQ(tsv.rfind("# ", 0), 0u);
  const auto classes = Parse(tsv);
  EXPECT_TRUE(classes.count("cat"));
  EXPECT_FALSE(classes.count("mat"));  // seen once
}

TEST(WordClassesTest, MarksTokensWithTheirClasses) {
  const Gazetteer gazetteer("", "# a comment\ncat\t3\t5\nparis\t0\t7\n");
  std::vector<TokenView> views = MakeViews(SplitSentences("The Cat saw Paris .")[0]);
  gazetteer.Mark(views);
  EXPECT_EQ(views[3].word_class, 4u | 6u << 16);  // "Cat": classes are of lower-case forms
  EXPECT_EQ(views[5].word_class, 1u | 8u << 16);
  EXPECT_EQ(views[2].word_class, 0u);  // "The": not listed
}

TEST(WordClassesTest, RejectsMalformedLinesNamingTheLine) {
  for (const char* bad : {"cat\t1\t2\ndog\t1\n", "cat\t1\t2\ndog\tx\t2\n",
                          "cat\t1\t2\ndog\t1\t70000\n", "cat\t1\t2\n\t1\t2\n"}) {
    try {
      Gazetteer gazetteer("", bad);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()).rfind("word classes:2:", 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace newsgraph
