#include "extract/syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_names.h"

namespace newsgraph {
namespace {

const Lemmatizer& Embedded() {
  static const Lemmatizer lemmatizer = Lemmatizer::LoadEmbedded();
  return lemmatizer;
}

struct Case {
  const char* word;
  const char* lemma;
};

class VerbLemmaTest : public ::testing::TestWithParam<Case> {};

TEST_P(VerbLemmaTest, FindsTheLemma) {
  EXPECT_EQ(Embedded().VerbLemma(GetParam().word), GetParam().lemma) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Regular, VerbLemmaTest,
    ::testing::Values(Case{"arming", "arm"}, Case{"arms", "arm"}, Case{"armed", "arm"},
                    Case{"accused", "accuse"}, Case{"accuses", "accuse"},
                    Case{"accusing", "accuse"}, Case{"encouraged", "encourage"},
                    Case{"warned", "warn"}, Case{"pushes", "push"}, Case{"carries", "carry"},
                    Case{"denied", "deny"}, Case{"hoped", "hope"}, Case{"hoping", "hope"},
                    Case{"killed", "kill"}, Case{"shelled", "shell"}, Case{"stated", "state"},
                    Case{"agreed", "agree"}, Case{"meeting", "meet"}, Case{"uses", "use"},
                    Case{"ties", "tie"}, Case{"bring", "bring"}, Case{"press", "press"},
                    Case{"need", "need"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

INSTANTIATE_TEST_SUITE_P(Irregular, VerbLemmaTest,
                         ::testing::Values(Case{"took", "take"}, Case{"taken", "take"},
                                         Case{"held", "hold"}, Case{"fought", "fight"},
                                         Case{"struck", "strike"}, Case{"sought", "seek"},
                                         Case{"met", "meet"}, Case{"said", "say"},
                                         Case{"told", "tell"}, Case{"was", "be"},
                                         Case{"went", "go"}, Case{"found", "find"},
                                         Case{"lay", "lay"}, Case{"ground", "ground"},
                                         Case{"wound", "wound"}, Case{"wounded", "wound"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

INSTANTIATE_TEST_SUITE_P(DoubledConsonant, VerbLemmaTest,
                         ::testing::Values(Case{"jabbed", "jab"}, Case{"jabbing", "jab"},
                                         Case{"hitting", "hit"}, Case{"planned", "plan"},
                                         Case{"slammed", "slam"}, Case{"patrolled", "patrol"},
                                         Case{"travelled", "travel"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

INSTANTIATE_TEST_SUITE_P(
    BritishSpelling, VerbLemmaTest,
    ::testing::Values(Case{"criticised", "criticize"}, Case{"criticise", "criticize"},
                    Case{"criticising", "criticize"}, Case{"recognise", "recognize"},
                    Case{"recognised", "recognize"}, Case{"apologises", "apologize"},
                    Case{"analysed", "analyze"}, Case{"honoured", "honor"},
                    Case{"favouring", "favor"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

INSTANTIATE_TEST_SUITE_P(CaseAndUnknown, VerbLemmaTest,
                         ::testing::Values(Case{"Accused", "accuse"}, Case{"TOOK", "take"},
                                         Case{"Gatilov", "gatilov"}, Case{"blorfed", "blorfed"},
                                         Case{"", ""}, Case{"s", "s"},
                                         Case{"Moscow's", "moscow's"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

class NounLemmaTest : public ::testing::TestWithParam<Case> {};

TEST_P(NounLemmaTest, FindsTheSingular) {
  EXPECT_EQ(Embedded().NounLemma(GetParam().word), GetParam().lemma) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Nouns, NounLemmaTest,
    ::testing::Values(Case{"strikes", "strike"}, Case{"Sanctions", "sanction"},
                    Case{"attacks", "attack"}, Case{"casualties", "casualty"},
                    Case{"crashes", "crash"}, Case{"speeches", "speech"}, Case{"taxes", "tax"},
                    Case{"losses", "loss"}, Case{"embargoes", "embargo"}, Case{"foes", "foe"},
                    Case{"crises", "crisis"}, Case{"men", "man"}, Case{"troops", "troop"},
                    Case{"relations", "relation"}, Case{"ties", "tie"}, Case{"viruses", "virus"},
                    Case{"shellings", "shelling"}, Case{"talks", "talks"}, Case{"arms", "arms"},
                    Case{"news", "news"}, Case{"hostilities", "hostilities"},
                    Case{"crisis", "crisis"}, Case{"status", "status"}, Case{"address", "address"},
                    Case{"attack", "attack"}, Case{"us", "us"}),
    [](const auto& info) { return testing::RowName(info.index, info.param.word); });

TEST(LemmatizerTest, ReadsWordNetFormats) {
  const Lemmatizer lemmatizer(
      "  1 license text line\n"
      "  2 more license\n"
      "jab v 3 3 @ ~ + 3 2 01229994 01230573 01230368  \n"
      "hit_out v 1 2 @ ~ 1 0 00862701  \r\n"
      "take v 42 8 ! @ ~ * ^ $ + ; 42 36 02599636\n"
      "criticize v 2 5 ! @ ~ * + 2 1 00826527 01096115",
      "took take\n"
      "taken take\n"
      "saw see saw\n");
  EXPECT_TRUE(lemmatizer.IsKnownVerb("jab"));
  EXPECT_TRUE(lemmatizer.IsKnownVerb("hit_out"));
  EXPECT_TRUE(lemmatizer.IsKnownVerb("criticize"));
  EXPECT_FALSE(lemmatizer.IsKnownVerb("1"));
  EXPECT_FALSE(lemmatizer.IsKnownVerb("license"));
  EXPECT_EQ(lemmatizer.VerbLemma("jabbed"), "jab");
  EXPECT_EQ(lemmatizer.VerbLemma("took"), "take");
  EXPECT_EQ(lemmatizer.VerbLemma("saw"), "see");
  EXPECT_EQ(lemmatizer.VerbLemma("criticised"), "criticize");
  // Candidates that are not known verbs are never accepted.
  EXPECT_EQ(lemmatizer.VerbLemma("hoped"), "hoped");
}

TEST(LemmatizerTest, EmbeddedKnowsThousandsOfVerbs) {
  EXPECT_TRUE(Embedded().IsKnownVerb("accuse"));
  EXPECT_TRUE(Embedded().IsKnownVerb("lash_out"));
  EXPECT_FALSE(Embedded().IsKnownVerb("moscow"));
}

}  // namespace
}  // namespace newsgraph
