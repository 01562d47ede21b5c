#include "extract/entities/actor_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/text/names.h"
#include "extract/entities/petrarch_dictionary.h"
#include "tests/test_names.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

// A small dictionary in the Phoenix layout: header comments, codes inline and indented, dated
// codes of every kind (six- and eight-digit dates), a place with cities as + lines, an alias two
// actors claim, a duplicated primary phrase, and malformed lines.
constexpr std::string_view kPetrarch =
    "# TABARI-formatted test dictionary\n"
    "#\n"
    "\n"
    "TESTLAND_  [TST]\n"
    "+TESTOPOLIS_\n"
    "+TESTISH_\n"
    "HAMID_KARZAI_  # CountryInfo.txt\n"
    "+KARZAI_\n"
    "+PRESIDENT_KARZAI_\n"
    "\t[AFGELI 750101-000101]\n"
    "\t[AFGGOV >011222]\n"
    "\t[AFGELI]\n"
    "SERGEY_LAVROV_\n"
    "+SERGEY_VIKTOROVICH_LAVROV_\n"
    "\t[RUSGOV >20040309]\n"
    "\t[RUSELI <20040308]\n"
    "ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB] #  kkl 21 Mar 13\n"
    "+ALF_ACTIVISTS_\n"
    "+FOUNDATION_\n"
    "+ABDULLAH_\n"
    "+PRESIDENT_\n"
    "ABU_ALPHA_ [IMGALQ]\n"
    "+ABU_A_\n"
    "ABU_BETA_ [IMGALQ]\n"
    "+ABU_A_\n"
    "XI_JINPING_\n"
    "\t[CHNGOV >130314]\n"
    "XI_JINPING\n"
    "+PRESIDENT_XI_\n"
    "KOFI_ANNAN_\t\n"
    "\t[IGOUNO 970101-061231] \n"
    "\t[ELI]# IGOrulers.txt\n"
    "\t[BAD 20121207-20120802]\n"
    "\t[BAD 991399-000101]\n"
    "\tNOT_A_CODE_LINE\n"
    "\t[BROKEN 970101\n"
    "---STOP---\n"
    "AFTER_STOP_ [XXX]\n";

// Writes `text` to a fresh file in the program's scratch directory and returns its path.
std::string WriteTemp(const std::string& name, std::string_view text) {
  std::filesystem::path path = testing::ProgramScratchDir() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// ---------------------------------------------------------------------------------------------
// PETRARCH reader

TEST(PetrarchDateTest, ReadsSixAndEightDigitDatesAsPetrarchDoes) {
  EXPECT_EQ(PetrarchDate("20040309"), "2004-03-09");
  EXPECT_EQ(PetrarchDate("040309"), "2004-03-09");
  EXPECT_EQ(PetrarchDate("300101"), "2030-01-01");
  EXPECT_EQ(PetrarchDate("310101"), "1931-01-01");
  EXPECT_EQ(PetrarchDate("201005011"), "2010-05-01");  // only the first eight digits count
  EXPECT_EQ(PetrarchDate("9008223"), "1990-08-22");    // seven digits are YYMMDD and junk
  EXPECT_EQ(PetrarchDate("20120230"), "");
  EXPECT_EQ(PetrarchDate("20130229"), "");
  EXPECT_EQ(PetrarchDate("20120229"), "2012-02-29");
  EXPECT_EQ(PetrarchDate("2004"), "");
  EXPECT_EQ(PetrarchDate("2004O309"), "");
}

TEST(PetrarchPhraseTest, TitleCasesPhrases) {
  EXPECT_EQ(PetrarchPhraseToName("SERGEY_LAVROV_"), "Sergey Lavrov");
  EXPECT_EQ(PetrarchPhraseToName("BAN_KI-MOON"), "Ban Ki-Moon");
  EXPECT_EQ(PetrarchPhraseToName("ISLAMIC_REPUBLIC_OF_AFGHANISTAN"),
            "Islamic Republic of Afghanistan");
  EXPECT_EQ(PetrarchPhraseToName("PKK"), "PKK");
  EXPECT_EQ(PetrarchPhraseToName("U.N._"), "U.N.");
  EXPECT_EQ(PetrarchPhraseToName("AL-QAEDA"), "Al-Qaeda");
}

TEST(PetrarchReaderTest, ReadsActorsAliasesAndCodes) {
  PetrarchDictionary dictionary = ParsePetrarchActors(kPetrarch, "test.actors.txt");
  ASSERT_EQ(dictionary.actors.size(), 9u);
  const PetrarchActor& place = dictionary.actors[0];
  EXPECT_EQ(place.name, "Testland");
  EXPECT_EQ(place.aliases, (std::vector<std::string>{"Testopolis", "Testish"}));
  EXPECT_EQ(place.codes, std::vector<std::string>{"TST"});
  EXPECT_EQ(place.origin, "test.actors.txt:4");

  const PetrarchActor& karzai = dictionary.actors[1];
  EXPECT_EQ(karzai.name, "Hamid Karzai");
  EXPECT_EQ(karzai.aliases, (std::vector<std::string>{"Karzai", "President Karzai"}));
  EXPECT_EQ(karzai.codes, std::vector<std::string>{"AFGELI"});
  EXPECT_EQ(karzai.dated_codes, (std::vector<DatedCode>{{"AFGELI", "1975-01-01", "2000-01-01"},
                                                        {"AFGGOV", "2001-12-22", ""}}));

  const PetrarchActor& lavrov = dictionary.actors[2];
  EXPECT_EQ(lavrov.dated_codes,
            (std::vector<DatedCode>{{"RUSGOV", "2004-03-09", ""}, {"RUSELI", "", "2004-03-08"}}));
  EXPECT_TRUE(lavrov.codes.empty());

  EXPECT_EQ(dictionary.actors[3].name, "Animal Liberation Front");  // "(ALF)" dropped
  EXPECT_EQ(dictionary.actors[3].codes, std::vector<std::string>{"INTREB"});

  const PetrarchActor& annan = dictionary.actors[8];
  EXPECT_EQ(annan.name, "Kofi Annan");
  EXPECT_EQ(annan.codes, std::vector<std::string>{"ELI"});
  EXPECT_EQ(annan.dated_codes, (std::vector<DatedCode>{{"IGOUNO", "1997-01-01", "2006-12-31"}}));
}

TEST(PetrarchReaderTest, ReportsMalformedLinesWithFileAndLine) {
  PetrarchDictionary dictionary = ParsePetrarchActors(kPetrarch, "test.actors.txt");
  ASSERT_EQ(dictionary.warnings.size(), 4u);
  EXPECT_EQ(dictionary.warnings[0],
            "test.actors.txt:33: date range ends before it starts: \"20121207-20120802\"");
  EXPECT_EQ(dictionary.warnings[1], "test.actors.txt:34: invalid date in \"991399-000101\"");
  EXPECT_EQ(dictionary.warnings[2],
            "test.actors.txt:35: indented line is neither a code nor a + phrase; line skipped");
  EXPECT_EQ(dictionary.warnings[3], "test.actors.txt:36: '[' without ']'; line skipped");
}

TEST(PetrarchReaderTest, ToleratesOrphanLinesAndBadBytes) {
  PetrarchDictionary dictionary = ParsePetrarchActors(
      "\t[ABC]\n+ORPHAN_\nNAME_WITH_\x1A_CONTROL_ [ABC]\nLATIN1_\xE9T\xE9_ [ABC]\n", "x.txt");
  ASSERT_EQ(dictionary.actors.size(), 2u);
  EXPECT_EQ(dictionary.actors[0].name, "Name With Control");
  EXPECT_EQ(dictionary.warnings.size(), 4u);
  EXPECT_EQ(dictionary.warnings[0], "x.txt:1: code before the first actor; line skipped");
  EXPECT_EQ(dictionary.warnings[1], "x.txt:2: + phrase before the first actor; line skipped");
  for (const PetrarchActor& actor : dictionary.actors)
    EXPECT_NE(NormalizeName(actor.name), "") << actor.name;
}

// ---------------------------------------------------------------------------------------------
// Code selection by date

TEST(CameoCodeAtTest, FirstMatchingRestrictionElseFallback) {
  ActorEntry entry;
  entry.codes["cameo"] = "AFGELI";
  entry.dated_codes = {{"AFGELI", "1975-01-01", "2000-01-01"},
                       {"AFGGOV", "2001-12-22", ""},
                       {"AFGOPP", "1990-01-01", "2010-01-01"}};
  struct Row {
    const char* date;
    const char* code;
  };
  for (const Row& row :
       {Row{"1974-12-31", "AFGELI"}, Row{"1975-01-01", "AFGELI"}, Row{"1995-06-01", "AFGELI"},
        Row{"2000-01-02", "AFGOPP"}, Row{"2001-12-22", "AFGGOV"}, Row{"2024-07-01", "AFGGOV"},
        Row{"", "AFGELI"}}) {
    EXPECT_EQ(CameoCodeAt(entry, row.date), row.code) << row.date;
  }
}

TEST(CameoCodeAtTest, WithoutFallback) {
  ActorEntry entry;
  entry.dated_codes = {{"RUSGOV", "2004-03-09", ""}, {"RUSELI", "", "2004-03-08"}};
  EXPECT_EQ(CameoCodeAt(entry, "2004-03-08"), "RUSELI");
  EXPECT_EQ(CameoCodeAt(entry, "2004-03-09"), "RUSGOV");
  EXPECT_EQ(CameoCodeAt(entry, ""), "RUSGOV");  // undated: the code that ends last
  entry.dated_codes = {{"A", "1990-01-01", "1995-01-01"}};
  EXPECT_EQ(CameoCodeAt(entry, "2000-01-01"), "");
  EXPECT_EQ(CameoCodeAt(ActorEntry{}, "2000-01-01"), "");
}

// ---------------------------------------------------------------------------------------------
// User alias file

TEST(UserAliasesTest, ParsesActorsCodesAndGroups) {
  UserAliases aliases = ParseUserAliases(R"j({
    "actors": [
      {"name": "Sergei Lavrov", "type": "PERSON", "aliases": ["Sergey Lavrov", "Lavrov"],
       "codes": {"wikidata": "Q207184", "cameo": "RUSGOV"},
       "dated_codes": [{"code": "RUSELI", "to": "2004-03-08"}]},
      {"name": "Georgia (US state)", "type": "GPE"}
    ],
    "do_not_merge": [["Georgia", "Georgia (US state)"], ["Bush", "George W. Bush", "Jeb Bush"]]
  })j",
                                         "user.json");
  ASSERT_EQ(aliases.actors.size(), 2u);
  const ActorEntry& lavrov = aliases.actors[0];
  EXPECT_EQ(lavrov.name, "Sergei Lavrov");
  EXPECT_EQ(lavrov.type, EntityType::kPerson);
  EXPECT_EQ(lavrov.aliases, (std::vector<std::string>{"Sergey Lavrov", "Lavrov"}));
  EXPECT_EQ(lavrov.codes.at("wikidata"), "Q207184");
  EXPECT_EQ(lavrov.codes.at("cameo"), "RUSGOV");
  EXPECT_EQ(lavrov.dated_codes, (std::vector<DatedCode>{{"RUSELI", "", "2004-03-08"}}));
  EXPECT_EQ(lavrov.source, ActorSource::kUserAliases);
  EXPECT_EQ(aliases.actors[1].type, EntityType::kGpe);
  ASSERT_EQ(aliases.do_not_merge.size(), 2u);
  EXPECT_EQ(aliases.do_not_merge[1].size(), 3u);
  EXPECT_TRUE(ParseUserAliases("{}", "empty.json").actors.empty());
}

struct BadAliasFile {
  const char* json;
  const char* message;
};

class UserAliasErrors : public ::testing::TestWithParam<BadAliasFile> {};

TEST_P(UserAliasErrors, NameTheFileAndThePlace) {
  try {
    ParseUserAliases(GetParam().json, "user.json");
    FAIL() << "no error for " << GetParam().json;
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, UserAliasErrors,
    ::testing::Values(
        BadAliasFile{R"j({"actors": [})j", "user.json: JSON error at offset 12: Invalid value."},
        BadAliasFile{R"j([])j",
                     "user.json: expected a JSON object with \"actors\" and "
                     "\"do_not_merge\""},
        BadAliasFile{R"j({"actor": []})j",
                     "user.json: unknown key \"actor\" (expected \"actors\", \"do_not_merge\")"},
        BadAliasFile{R"j({"actors": {}})j", "user.json: actors: expected an array"},
        BadAliasFile{R"j({"actors": [{"name": "A", "type": "PERSON"}, {"type": "PERSON"}]})j",
                     "user.json: actors[1]: \"name\" is missing or empty"},
        BadAliasFile{R"j({"actors": [{"name": "A"}]})j",
                     "user.json: actors[0]: \"type\" is missing"},
        BadAliasFile{R"j({"actors": [{"name": "A", "type": "NORP"}]})j",
                     "user.json: actors[0]: \"type\" must be PERSON, ORGANIZATION, GPE or "
                     "LOCATION"},
        BadAliasFile{R"j({"actors": [{"name": "A", "type": "GPE", "aliases": "B"}]})j",
                     "user.json: actors[0]: \"aliases\" must be an array of strings"},
        BadAliasFile{R"j({"actors": [{"name": "A", "type": "GPE", "codes": {"x": 1}}]})j",
                     "user.json: actors[0]: \"codes\" must be an object of strings"},
        BadAliasFile{R"j({"actors": [{"name": "A", "type": "GPE", "alias": []}]})j",
                     "user.json: actors[0]: unknown key \"alias\" (expected name, type, aliases, "
                     "codes, dated_codes)"},
        BadAliasFile{
            R"j({"actors": [{"name": "A", "type": "GPE", "dated_codes": [{"code": "X", "from": "2004"}]}]})j",
            "user.json: actors[0]: dates must be YYYY-MM-DD, not \"2004\""},
        BadAliasFile{R"j({"do_not_merge": [["A", "B"], ["C"]]})j",
                     "user.json: do_not_merge[1]: expected an array of two or more names"},
        BadAliasFile{R"j({"do_not_merge": ["A", "B"]})j",
                     "user.json: do_not_merge[0]: expected an array of two or more names"}),
    [](const auto& info) { return testing::RowName(info.index, "row"); });

TEST(UserAliasesTest, DeepNestingIsAnErrorNotACrash) {
  const std::string deep = "{\"actors\": " + std::string(1000000, '[') + std::string(1000000, ']') + "}";
  try {
    ParseUserAliases(deep, "user.json");
    FAIL() << "no error for 1000000 nested arrays";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()), "user.json: arrays or objects nested over 32 levels deep");
  }
}

TEST(UserAliasesTest, UnreadableFileIsAnError) {
  EXPECT_THROW(ReadUserAliases("/nonexistent/aliases.json"), std::runtime_error);
}

// ---------------------------------------------------------------------------------------------
// The dictionary with user aliases, do-not-merge groups and PETRARCH actors

class ActorDictionaryTest : public ::testing::Test {
 protected:
  static const ActorEntry* Find(const ActorDictionary& dictionary, std::string_view name) {
    return dictionary.Find(name);
  }
  static std::string NameOf(const ActorDictionary& dictionary, std::string_view surface) {
    const ActorEntry* entry = dictionary.Find(surface);
    return entry == nullptr ? "" : entry->name;
  }
};

TEST_F(ActorDictionaryTest, UserActorsOverrideShippedNames) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  ASSERT_EQ(NameOf(dictionary, "Georgia"), "Georgia");
  ASSERT_EQ(NameOf(dictionary, "Tbilisi"), "Georgia");
  dictionary.AddUserAliases(ParseUserAliases(R"j({"actors": [
      {"name": "Georgia (US state)", "type": "GPE", "aliases": ["Georgia", "State of Georgia"],
       "codes": {"wikidata": "Q1428"}},
      {"name": "Russia", "type": "GPE", "aliases": ["Rossiya"], "codes": {"wikidata": "Q159"}}]})j",
                                             "user.json"));
  EXPECT_EQ(NameOf(dictionary, "Georgia"), "Georgia (US state)");
  EXPECT_EQ(NameOf(dictionary, "State of Georgia"), "Georgia (US state)");
  EXPECT_EQ(NameOf(dictionary, "Tbilisi"), "Georgia");  // the country keeps its other names
  const ActorEntry* state = dictionary.Find("Georgia");
  EXPECT_EQ(state->codes.at("wikidata"), "Q1428");
  EXPECT_EQ(state->source, ActorSource::kUserAliases);
  // A user actor named like a known entry updates it.
  const ActorEntry* russia = dictionary.Find("Rossiya");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia, dictionary.Find("Moscow"));
  EXPECT_EQ(russia->codes.at("wikidata"), "Q159");
  EXPECT_EQ(russia->codes.at("iso3166"), "RUS");
}

TEST_F(ActorDictionaryTest, DoNotMergeDetachesAliases) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  ASSERT_EQ(NameOf(dictionary, "Washington"), "United States");
  dictionary.AddUserAliases(ParseUserAliases(
      R"j({"do_not_merge": [["Washington", "United States"], ["U.S.", "USA", "Ukraine"]]})j",
      "user.json"));
  EXPECT_EQ(Find(dictionary, "Washington"), nullptr);
  EXPECT_EQ(NameOf(dictionary, "United States"), "United States");
  EXPECT_EQ(Find(dictionary, "U.S."), nullptr);  // neither is the canonical name: both leave
  EXPECT_EQ(Find(dictionary, "USA"), nullptr);
  EXPECT_EQ(NameOf(dictionary, "America"), "United States");
  EXPECT_TRUE(dictionary.KeptApart("WASHINGTON", "the United States"));
  EXPECT_TRUE(dictionary.KeptApart("Ukraine", "U.S."));
  EXPECT_FALSE(dictionary.KeptApart("Washington", "America"));
  EXPECT_FALSE(dictionary.KeptApart("Washington", "Washington"));
}

TEST_F(ActorDictionaryTest, PetrarchActorsFillGapsWithoutOverriding) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  std::size_t before = dictionary.size();
  dictionary.AddPetrarch(ParsePetrarchActors(kPetrarch, "test.actors.txt"));
  EXPECT_EQ(dictionary.warnings().size(), 4u);

  const ActorEntry* karzai = dictionary.Find("HAMID KARZAI");
  ASSERT_NE(karzai, nullptr);
  EXPECT_EQ(karzai->source, ActorSource::kPetrarch);
  EXPECT_EQ(karzai->type, EntityType::kOther);    // a person or not: the text decides
  EXPECT_EQ(dictionary.Find("Karzai"), nullptr);  // a surname alone: the surname rule decides
  EXPECT_EQ(dictionary.Find("President Karzai"), karzai);
  EXPECT_EQ(karzai->codes.at("cameo"), "AFGELI");
  EXPECT_EQ(karzai->dated_codes.size(), 2u);

  // Shipped names keep their entry; the PETRARCH actor lends its codes to it.
  const ActorEntry* lavrov = dictionary.Find("Sergey Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->name, "Sergei Lavrov");
  EXPECT_EQ(lavrov->source, ActorSource::kShipped);
  EXPECT_EQ(dictionary.Find("Sergey Viktorovich Lavrov"), lavrov);
  EXPECT_EQ(lavrov->codes.at("cameo"), "RUSGOV");  // the shipped code stays

  // A place only lends codes; its + lines (cities, demonyms) are not names of it.
  EXPECT_EQ(dictionary.Find("Testland"), nullptr);  // unknown place: left to the tagger
  EXPECT_EQ(dictionary.Find("Testopolis"), nullptr);

  // Organisations by name; an alias two actors claim belongs to neither.
  const ActorEntry* front = dictionary.Find("Animal Liberation Front");
  ASSERT_NE(front, nullptr);
  EXPECT_EQ(front->type, EntityType::kOrganization);
  EXPECT_EQ(dictionary.Find("ALF activists"), front);
  EXPECT_EQ(dictionary.Find("Foundation"), nullptr);  // given names, titles, generic words
  EXPECT_EQ(dictionary.Find("Abdullah"), nullptr);
  EXPECT_EQ(dictionary.Find("President"), nullptr);
  ASSERT_NE(dictionary.Find("Abu Alpha"), nullptr);
  EXPECT_EQ(dictionary.Find("Abu Alpha")->type, EntityType::kOther);
  EXPECT_EQ(dictionary.Find("Abu A"), nullptr);

  // Primary phrases that normalise alike are one actor.
  const ActorEntry* xi = dictionary.Find("Xi Jinping");
  ASSERT_NE(xi, nullptr);
  EXPECT_EQ(dictionary.Find("President Xi"), xi);
  EXPECT_EQ(CameoCodeAt(*xi, "2024-01-01"), "CHNGOV");
  EXPECT_EQ(dictionary.size(), before + 6);  // Karzai, Front, Abu Alpha, Abu Beta, Xi, Annan
}

TEST_F(ActorDictionaryTest, PetrarchCodesGoToKnownCountries) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  ASSERT_EQ(dictionary.Find("Iraq")->codes.count("cameo"), 0u);
  dictionary.AddPetrarch(ParsePetrarchActors(
      "IRAQ_ [IRQ]\n+BAGHDAD_\n+IRAQI_\n+ANBAR_PROVINCE_\nAMERICA_ [XXX]\n", "p.txt"));
  EXPECT_EQ(dictionary.Find("Iraq")->codes.at("cameo"), "IRQ");
  EXPECT_EQ(dictionary.Find("Anbar Province"), nullptr);
  EXPECT_EQ(dictionary.Find("America")->codes.at("cameo"), "USA");  // shipped code stays
}

TEST_F(ActorDictionaryTest, OneWordPetrarchNamesAreNotSpottedInText) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  dictionary.AddPetrarch(ParsePetrarchActors(kPetrarch, "test.actors.txt"));
  auto tokens = [](std::vector<std::string> words) {
    std::vector<Token> out;
    std::size_t at = 0;
    for (std::string& word : words) {
      Token token;
      token.span = {at, at + word.size()};
      at += word.size() + 1;
      token.text = std::move(word);
      out.push_back(std::move(token));
    }
    return out;
  };
  const ActorEntry* entry = nullptr;
  EXPECT_EQ(dictionary.MatchAt(tokens({"Karzai", "spoke"}), 0, &entry), 0u);
  EXPECT_EQ(dictionary.MatchAt(tokens({"Animal", "Liberation", "Front", "said"}), 0, &entry), 3u);
  EXPECT_EQ(entry, dictionary.Find("Animal Liberation Front"));
  // Unknown type: Find only.
  EXPECT_EQ(dictionary.MatchAt(tokens({"Hamid", "Karzai", "spoke"}), 0, &entry), 0u);
}

TEST_F(ActorDictionaryTest, AcronymsAreSpottedOnlyInCapitals) {
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  auto tokens = [](std::string word) {
    Token token;
    token.span = {0, word.size()};
    token.text = std::move(word);
    return std::vector<Token>{token};
  };
  const ActorEntry* entry = nullptr;
  EXPECT_EQ(dictionary.MatchAt(tokens("WHO"), 0, &entry), 1u);
  EXPECT_EQ(entry, dictionary.Find("World Health Organization"));
  EXPECT_EQ(dictionary.MatchAt(tokens("Who"), 0, &entry), 0u);
  EXPECT_EQ(dictionary.MatchAt(tokens("Is"), 0, &entry), 0u);
  EXPECT_EQ(dictionary.MatchAt(tokens("West"), 0, &entry), 1u);
}

TEST_F(ActorDictionaryTest, LoadsFilesNamedInTheOptions) {
  ActorDictionaryOptions options;
  options.actor_files = {WriteTemp("a.actors.txt", kPetrarch),
                         WriteTemp("b.actors.txt", "JOHN_DOE_ [USAGOV]\n+J._DOE_\n")};
  options.alias_file = WriteTemp("aliases.json", R"j({"actors": [{"name": "John Doe",
      "type": "PERSON", "aliases": ["Johnny Doe"]}], "do_not_merge": [["President Karzai", "Hamid Karzai"]]})j");
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded(options);
  const ActorEntry* doe = dictionary.Find("J. Doe");
  ASSERT_NE(doe, nullptr);
  EXPECT_EQ(doe, dictionary.Find("Johnny Doe"));
  EXPECT_EQ(doe->type, EntityType::kPerson);
  EXPECT_EQ(doe->source, ActorSource::kUserAliases);
  EXPECT_EQ(doe->codes.at("cameo"), "USAGOV");
  EXPECT_EQ(dictionary.Find("President Karzai"), nullptr);
  EXPECT_NE(dictionary.Find("Hamid Karzai"), nullptr);
  EXPECT_EQ(dictionary.warnings().size(), 4u);
  EXPECT_NE(dictionary.warnings()[0].find("a.actors.txt:33: "), std::string::npos);

  options.alias_file = WriteTemp("bad.json", R"j({"actors": [{"name": "X", "type": "PERSON"},)j");
  try {
    ActorDictionary::LoadEmbedded(options);
    FAIL();
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("bad.json: JSON error at offset"), std::string::npos)
        << error.what();
  }
  options.alias_file.clear();
  options.actor_files = {"/nonexistent/x.actors.txt"};
  EXPECT_THROW(ActorDictionary::LoadEmbedded(options), std::runtime_error);
}

// A large dictionary loads whole (its speed is bench/'s to measure; ctest's time limit catches a
// blow-up).
TEST_F(ActorDictionaryTest, ManyActorsLoad) {
  std::string text;
  for (int i = 0; i < 40000; ++i) {
    std::string id = std::to_string(i);
    text += "PERSON_NUMBER_" + id + "_\n+P_NUMBER_" + id + "\n\t[ABCGOV >20040309]\n\t[ABCELI]\n";
  }
  ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
  dictionary.AddPetrarch(ParsePetrarchActors(text, "big.txt"));
  EXPECT_NE(dictionary.Find("person number 0"), nullptr);
  EXPECT_NE(dictionary.Find("person number 39999"), nullptr);
}

}  // namespace
}  // namespace newsgraph
