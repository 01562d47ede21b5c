#include "extract/events/verb_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/syntax/lemmatizer.h"
#include "resources/embedded.h"
#include "tests/test_names.h"

namespace newsgraph {
namespace {

using Words = std::vector<std::string>;

const VerbLexicon& EmbeddedVerbs() {
  static const VerbLexicon lexicon = VerbLexicon::LoadEmbedded();
  return lexicon;
}

const EventNounLexicon& EmbeddedNouns() {
  static const EventNounLexicon lexicon = EventNounLexicon::LoadEmbedded();
  return lexicon;
}

// The message of the std::runtime_error that `parse` throws, or "" when it throws none.
template <typename ParseFn>
std::string ErrorOf(ParseFn parse) {
  try {
    parse();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

int QuadOfRoot(const std::string& cameo) {
  const int root = std::stoi(cameo.substr(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

const VerbPattern* FindPattern(const VerbLexicon& lexicon, const Words& words) {
  for (const VerbPattern& pattern : lexicon.PatternsFor(words.front())) {
    if (pattern.words == words) return &pattern;
  }
  return nullptr;
}

TEST(VerbLexiconTest, ParsesRows) {
  const VerbLexicon lexicon = VerbLexicon::Parse(
      "# comment\n"
      "\n"
      "accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tevent\r\n"
      "   # indented comment\n"
      "say\tsays\t010\t1\t0\tSTATEMENT\tspeech",
      "test.tsv");
  ASSERT_EQ(lexicon.size(), 2u);
  const VerbPattern* accuse = FindPattern(lexicon, {"accuse", "O"});
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->object_slot, 1u);
  EXPECT_FALSE(accuse->speech);
  EXPECT_EQ(accuse->code.label, "accuses");
  EXPECT_EQ(accuse->code.cameo, "112");
  EXPECT_EQ(accuse->code.quad, 3);
  EXPECT_DOUBLE_EQ(accuse->code.goldstein, -2.0);
  EXPECT_EQ(accuse->code.plover, "ACCUSE");
  const VerbPattern* say = FindPattern(lexicon, {"say"});
  ASSERT_NE(say, nullptr);
  EXPECT_EQ(say->object_slot, std::string::npos);
  EXPECT_TRUE(say->speech);
  EXPECT_TRUE(lexicon.PatternsFor("tell").empty());
}

TEST(VerbLexiconTest, MutualClassMarksAnEventTwoSidesHoldTogether) {
  const VerbLexicon lexicon = VerbLexicon::Parse(
      "sign deal with O\tsigns deal with\t057\t1\t8.0\tAGREE\tmutual\n"
      "accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tevent",
      "test.tsv");
  const VerbPattern* deal = FindPattern(lexicon, {"sign", "deal", "with", "O"});
  ASSERT_NE(deal, nullptr);
  EXPECT_TRUE(deal->mutual);
  EXPECT_FALSE(deal->speech);
  EXPECT_FALSE(deal->feeling);
  const VerbPattern* accuse = FindPattern(lexicon, {"accuse", "O"});
  ASSERT_NE(accuse, nullptr);
  EXPECT_FALSE(accuse->mutual);
}

struct BadRow {
  const char* name;
  const char* row;
  const char* message;  // the expected message after "bad.tsv:3: "
};

class VerbLexiconErrorTest : public ::testing::TestWithParam<BadRow> {};

TEST_P(VerbLexiconErrorTest, ReportsLineAndProblem) {
  const std::string tsv =
      std::string("# header\nsay\tsays\t010\t1\t0.0\tSTATEMENT\tspeech\n") + GetParam().row + "\n";
  const std::string message = ErrorOf([&tsv] { return VerbLexicon::Parse(tsv, "bad.tsv"); });
  EXPECT_EQ(message.rfind("bad.tsv:3: ", 0), 0u) << message;
  EXPECT_NE(message.find(GetParam().message), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, VerbLexiconErrorTest,
    ::testing::Values(
        BadRow{"TooFewColumns", "accuse O\taccuses\t112\t3\t-2.0\tACCUSE", "found 6"},
        BadRow{"TooManyColumns", "accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tevent\tx", "found 8"},
        BadRow{"SpacesForTabs", "accuse O accuses 112 3 -2.0 ACCUSE event", "found 1"},
        BadRow{"BadQuad", "accuse O\taccuses\t112\t5\t-2.0\tACCUSE\tevent", "is not 1-4"},
        BadRow{"QuadNotNumber", "accuse O\taccuses\t112\tthree\t-2.0\tACCUSE\tevent", "is not 1-4"},
        BadRow{"QuadRootMismatch", "accuse O\taccuses\t112\t1\t-2.0\tACCUSE\tevent",
               "does not match CAMEO root 11"},
        BadRow{"TwoObjectSlots", "mediate between O and O\tmediates\t045\t1\t5.0\tCONSULT\tevent",
               "more than one \"O\""},
        BadRow{"ObjectFirst", "O accuse\taccuses\t112\t3\t-2.0\tACCUSE\tevent",
               "start with the verb"},
        BadRow{"UpperCase", "Accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tevent",
               "not a lower-case word"},
        BadRow{"DoubleSpace", "accuse  O\taccuses\t112\t3\t-2.0\tACCUSE\tevent", "empty word"},
        BadRow{"EmptyPattern", "\taccuses\t112\t3\t-2.0\tACCUSE\tevent", "empty word"},
        BadRow{"EmptyLabel", "accuse O\t\t112\t3\t-2.0\tACCUSE\tevent", "empty label"},
        BadRow{"ShortCameo", "accuse O\taccuses\t1\t3\t-2.0\tACCUSE\tevent", "2-4 digits"},
        BadRow{"LetterCameo", "accuse O\taccuses\t11a\t3\t-2.0\tACCUSE\tevent", "2-4 digits"},
        BadRow{"RootOutOfRange", "accuse O\taccuses\t210\t4\t-2.0\tACCUSE\tevent", "is not 01-20"},
        BadRow{"GoldsteinNotNumber", "accuse O\taccuses\t112\t3\tminus two\tACCUSE\tevent",
               "Goldstein value"},
        BadRow{"GoldsteinOutOfRange", "accuse O\taccuses\t112\t3\t-20\tACCUSE\tevent",
               "Goldstein value"},
        BadRow{"UnknownPlover", "accuse O\taccuses\t112\t3\t-2.0\tBLAME\tevent",
               "unknown PLOVER category"},
        BadRow{"UnknownClass", "accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tverb",
               "none of speech, event, feeling, mutual"},
        BadRow{"FeelingWithoutPreposition", "alarm O\talarms\t111\t3\t-2.0\tACCUSE\tfeeling",
               "verb, preposition, O"},
        BadRow{"MutualWithoutTarget", "meet\tmeets\t040\t1\t1.0\tCONSULT\tmutual",
               "a mutual pattern has an O"},
        BadRow{"Duplicate", "say\tsays\t010\t1\t0.0\tSTATEMENT\tspeech", "listed twice"}),
    [](const ::testing::TestParamInfo<BadRow>& info) { return info.param.name; });

TEST(VerbLexiconTest, PatternsForPutsLongestFirstThenByText) {
  const VerbLexicon lexicon = VerbLexicon::Parse(
      "take O\ttakes\t171\t4\t-9.2\tCOERCE\tevent\n"
      "take swipe at O\tcriticizes\t111\t3\t-2.0\tACCUSE\tevent\n"
      "take O hostage\ttakes hostage\t181\t4\t-9.0\tASSAULT\tevent\n"
      "take jab at O\tcriticizes\t111\t3\t-2.0\tACCUSE\tevent\n"
      "take control of O\ttakes control of\t192\t4\t-9.5\tASSAULT\tevent\n"
      "hit O\thits\t190\t4\t-10\tASSAULT\tevent\n",
      "order.tsv");
  std::vector<std::string> order;
  for (const VerbPattern& pattern : lexicon.PatternsFor("take")) {
    std::string text;
    for (const std::string& word : pattern.words) text += (text.empty() ? "" : " ") + word;
    order.push_back(text);
  }
  EXPECT_EQ(order, (Words{"take control of O", "take jab at O", "take swipe at O", "take O hostage",
                          "take O"}));
  EXPECT_EQ(lexicon.PatternsFor("hit").size(), 1u);
  EXPECT_TRUE(lexicon.PatternsFor("tak").empty());
}

TEST(VerbLexiconTest, MergeAddsAndReplaces) {
  VerbLexicon lexicon = VerbLexicon::Parse(
      "accuse O\taccuses\t112\t3\t-2.0\tACCUSE\tevent\n"
      "say\tsays\t010\t1\t0.0\tSTATEMENT\tspeech\n",
      "base.tsv");
  const VerbLexicon user = VerbLexicon::Parse(
      "accuse O\tblames\t1121\t3\t-2.0\tACCUSE\tevent\n"
      "accuse O of spying\taccuses of spying\t1125\t3\t-2.0\tACCUSE\tevent\n",
      "user.tsv");
  lexicon.Merge(user);
  EXPECT_EQ(lexicon.size(), 3u);
  const std::vector<VerbPattern>& accuse = lexicon.PatternsFor("accuse");
  ASSERT_EQ(accuse.size(), 2u);
  EXPECT_EQ(accuse[0].code.cameo, "1125");
  EXPECT_EQ(accuse[1].code.cameo, "1121");
  EXPECT_EQ(accuse[1].code.label, "blames");
  EXPECT_EQ(lexicon.PatternsFor("say").size(), 1u);
}

TEST(EmbeddedVerbLexiconTest, HasAtLeast450Rows) { EXPECT_GE(EmbeddedVerbs().size(), 450u); }

struct CoreVerb {
  Words words;
  const char* label;
  const char* cameo;
  int quad;
  double goldstein;
  const char* plover;
  bool speech;
};

class CoreVerbTest : public ::testing::TestWithParam<CoreVerb> {};

TEST_P(CoreVerbTest, HasTheRightCode) {
  const CoreVerb& expected = GetParam();
  const VerbPattern* pattern = FindPattern(EmbeddedVerbs(), expected.words);
  ASSERT_NE(pattern, nullptr) << expected.words.front();
  EXPECT_EQ(pattern->code.label, expected.label);
  EXPECT_EQ(pattern->code.cameo, expected.cameo);
  EXPECT_EQ(pattern->code.quad, expected.quad);
  EXPECT_DOUBLE_EQ(pattern->code.goldstein, expected.goldstein);
  EXPECT_EQ(pattern->code.plover, expected.plover);
  EXPECT_EQ(pattern->speech, expected.speech);
}

INSTANTIATE_TEST_SUITE_P(
    Embedded, CoreVerbTest,
    ::testing::Values(
        CoreVerb{{"accuse", "O"}, "accuses", "112", 3, -2.0, "ACCUSE", false},
        CoreVerb{{"arm", "O"}, "arms", "072", 2, 8.3, "AID", false},
        CoreVerb{{"criticize", "O"}, "criticizes", "111", 3, -2.0, "ACCUSE", false},
        CoreVerb{{"encourage", "O"}, "encourages", "020", 1, 3.0, "REQUEST", false},
        CoreVerb{{"warn", "O"}, "warns", "130", 3, -4.4, "THREATEN", false},
        CoreVerb{{"warn"}, "warns", "012", 1, -0.4, "STATEMENT", true},
        CoreVerb{{"take", "jab", "at", "O"}, "criticizes", "111", 3, -2.0, "ACCUSE", false},
        CoreVerb{{"hit", "out", "at", "O"}, "criticizes", "111", 3, -2.0, "ACCUSE", false},
        CoreVerb{{"lash", "out", "at", "O"}, "criticizes", "111", 3, -2.0, "ACCUSE", false},
        CoreVerb{{"call", "on", "O"}, "calls on", "020", 1, 3.0, "REQUEST", false},
        CoreVerb{{"meet", "with", "O"}, "meets", "040", 1, 1.0, "CONSULT", false},
        CoreVerb{{"meet", "O"}, "meets", "040", 1, 1.0, "CONSULT", false},
        CoreVerb{
            {"hold", "talks", "with", "O"}, "holds talks with", "040", 1, 1.0, "CONSULT", false},
        CoreVerb{{"cooperate", "with", "O"}, "cooperates with", "050", 1, 3.5, "COOPERATE", false},
        CoreVerb{{"impose", "sanction", "on", "O"},
                 "imposes sanctions on",
                 "163",
                 4,
                 -6.5,
                 "SANCTION",
                 false},
        CoreVerb{{"say"}, "says", "010", 1, 0.0, "STATEMENT", true},
        CoreVerb{{"tell", "O"}, "tells", "010", 1, 0.0, "STATEMENT", true},
        CoreVerb{{"arrest", "O"}, "arrests", "173", 4, -5.0, "COERCE", false},
        CoreVerb{{"invade", "O"}, "invades", "192", 4, -9.5, "ASSAULT", false},
        CoreVerb{{"shell", "O"}, "shells", "194", 4, -10.0, "ASSAULT", false}),
    [](const auto& info) {
      return testing::RowName(info.index, std::string(info.param.label) + "_" + info.param.cameo);
    });

TEST(EmbeddedVerbLexiconTest, EveryRowIsCoherent) {
  // Walks the embedded file itself so that every row is checked, not only the core verbs.
  const Lemmatizer lemmatizer = Lemmatizer::LoadEmbedded();
  std::string_view tsv = EmbeddedResource("verbs.tsv");
  std::size_t rows = 0;
  while (!tsv.empty()) {
    const std::string_view line = tsv.substr(0, tsv.find('\n'));
    tsv.remove_prefix(std::min(tsv.size(), line.size() + 1));
    if (line.empty() || line.front() == '#') continue;
    ++rows;
    Words words;
    std::string_view pattern = line.substr(0, line.find('\t'));
    while (true) {
      words.emplace_back(pattern.substr(0, pattern.find(' ')));
      if (pattern.find(' ') == std::string_view::npos) break;
      pattern.remove_prefix(pattern.find(' ') + 1);
    }
    const VerbPattern* found = FindPattern(EmbeddedVerbs(), words);
    ASSERT_NE(found, nullptr) << line;
    EXPECT_EQ(found->code.quad, QuadOfRoot(found->code.cameo)) << line;
    EXPECT_FALSE(found->code.label.empty()) << line;
    // The lemma is what the lemmatizer produces for the verb, so the extractor can find it.
    EXPECT_TRUE(lemmatizer.IsKnownVerb(words.front())) << line;
    EXPECT_EQ(lemmatizer.VerbLemma(words.front()), words.front()) << line;
  }
  EXPECT_EQ(rows, EmbeddedVerbs().size());
}

TEST(EventNounLexiconTest, ParsesAndMatchesMultiwordNouns) {
  const EventNounLexicon lexicon = EventNounLexicon::Parse(
      "# noun\tlabel\tcameo\tquad\tgoldstein\tplover\n"
      "strike\tstrikes\t190\t4\t-10.0\tASSAULT\n"
      "air strike\tbombs\t195\t4\t-10.0\tASSAULT\n"
      "talks\tholds talks with\t040\t1\t1.0\tCONSULT\n",
      "nouns.tsv");
  EXPECT_EQ(lexicon.size(), 3u);
  ASSERT_NE(lexicon.Find("strike"), nullptr);
  EXPECT_EQ(lexicon.Find("strike")->code.cameo, "190");
  ASSERT_NE(lexicon.Find("air strike"), nullptr);
  EXPECT_EQ(lexicon.Find("air strike")->words, (Words{"air", "strike"}));
  EXPECT_EQ(lexicon.Find("attack"), nullptr);

  const Words us_air_strike = {"us", "air", "strike"};
  const EventNoun* longest = lexicon.LongestSuffixMatch(us_air_strike);
  ASSERT_NE(longest, nullptr);
  EXPECT_EQ(longest->code.cameo, "195");
  const Words hunger_strike = {"hunger", "strike"};
  ASSERT_NE(lexicon.LongestSuffixMatch(hunger_strike), nullptr);
  EXPECT_EQ(lexicon.LongestSuffixMatch(hunger_strike)->code.cameo, "190");
  const Words air = {"air"};
  EXPECT_EQ(lexicon.LongestSuffixMatch(air), nullptr);
  EXPECT_EQ(lexicon.LongestSuffixMatch(Words{}), nullptr);
}

struct BadNounRow {
  const char* name;
  const char* row;
  const char* message;
};

class EventNounErrorTest : public ::testing::TestWithParam<BadNounRow> {};

TEST_P(EventNounErrorTest, ReportsLineAndProblem) {
  const std::string tsv =
      std::string("attack\tattacks\t190\t4\t-10.0\tASSAULT\n") + GetParam().row + "\n";
  const std::string message = ErrorOf([&tsv] { return EventNounLexicon::Parse(tsv, "nouns.tsv"); });
  EXPECT_EQ(message.rfind("nouns.tsv:2: ", 0), 0u) << message;
  EXPECT_NE(message.find(GetParam().message), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, EventNounErrorTest,
    ::testing::Values(
        BadNounRow{"VerbColumns", "raid\traids\t190\t4\t-10.0\tASSAULT\tevent", "found 7"},
        BadNounRow{"ObjectSlot", "raid on O\traids\t190\t4\t-10.0\tASSAULT", "not allowed"},
        BadNounRow{"QuadRootMismatch", "raid\traids\t190\t3\t-10.0\tASSAULT",
                   "does not match CAMEO root 19"},
        BadNounRow{"Duplicate", "attack\tattacks\t190\t4\t-10.0\tASSAULT", "listed twice"}),
    [](const ::testing::TestParamInfo<BadNounRow>& info) { return info.param.name; });

TEST(EmbeddedEventNounLexiconTest, LoadsCoreNouns) {
  EXPECT_GE(EmbeddedNouns().size(), 60u);
  const Lemmatizer lemmatizer = Lemmatizer::LoadEmbedded();
  struct Expected {
    const char* surface;  // a plural as it appears in text
    const char* cameo;
  };
  for (const Expected& expected :
       {Expected{"sanctions", "163"}, Expected{"talks", "040"}, Expected{"attacks", "190"},
        Expected{"invasions", "192"}, Expected{"shellings", "194"}, Expected{"offensives", "190"},
        Expected{"criticisms", "111"}, Expected{"strikes", "190"}}) {
    const EventNoun* noun = EmbeddedNouns().Find(lemmatizer.NounLemma(expected.surface));
    ASSERT_NE(noun, nullptr) << expected.surface;
    EXPECT_EQ(noun->code.cameo, expected.cameo) << expected.surface;
    EXPECT_EQ(noun->code.quad, QuadOfRoot(noun->code.cameo)) << expected.surface;
  }
  const Words air_strikes = {"russian", "air", lemmatizer.NounLemma("strikes")};
  ASSERT_NE(EmbeddedNouns().LongestSuffixMatch(air_strikes), nullptr);
  EXPECT_EQ(EmbeddedNouns().LongestSuffixMatch(air_strikes)->code.cameo, "195");
}

TEST(EventNounLexiconTest, KnowsTheHeadsOfItsNouns) {
  EventNounLexicon nouns = EventNounLexicon::Parse(
      "air strike\tbombs\t195\t4\t-10.0\tASSAULT\ntalks\tholds talks with\t040\t1\t1.0\tCONSULT\n",
      "test");
  EXPECT_TRUE(nouns.IsHead("strike"));
  EXPECT_TRUE(nouns.IsHead("talks"));
  EXPECT_FALSE(nouns.IsHead("air"));
}

// The PLOVER column of every row of a shipped lexicon, whose column `plover` counts from 0.
std::set<std::string> ShippedCategories(std::string_view file, std::size_t plover) {
  std::set<std::string> categories;
  std::istringstream rows{std::string(EmbeddedResource(file))};
  for (std::string row; std::getline(rows, row);) {
    if (row.empty() || row[0] == '#') continue;
    std::istringstream line(row);
    std::vector<std::string> fields;
    for (std::string field; std::getline(line, field, '\t');) fields.push_back(field);
    if (fields.size() > plover) categories.insert(fields[plover]);
  }
  return categories;
}

TEST(PloverCategoriesTest, EventCategoriesAreTheShippedCategoriesButStatement) {
  const std::span<const std::string_view> events = EventCategories();
  std::set<std::string> shipped = ShippedCategories("verbs.tsv", 5);
  shipped.merge(ShippedCategories("event_nouns.tsv", 5));
  EXPECT_TRUE(shipped.count("STATEMENT"));
  shipped.erase("STATEMENT");
  for (const std::string& category : shipped)
    EXPECT_NE(std::find(events.begin(), events.end(), category), events.end()) << category;
  EXPECT_EQ(std::find(events.begin(), events.end(), "STATEMENT"), events.end());
  EXPECT_EQ(events.size() + 1, PloverCategories().size());
}

}  // namespace
}  // namespace newsgraph
