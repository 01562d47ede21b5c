// One row per mention rule, run through the whole embedded pipeline on a hand-written text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities/mentions.h"
#include "extract/extractor.h"

namespace newsgraph {
namespace {

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor();
  return *extractor;
}

struct Expected {
  std::string text;       // the mention's surface text
  std::string canonical;  // what it stands for
  EntityType type;
  MentionKind kind;
  std::string title = "";
  std::string sector = "";
};

struct Row {
  std::string name;
  std::string text;
  std::vector<Expected> present;    // mentions that must be found, with these fields
  std::vector<std::string> absent;  // surface texts that must not be mentions
};

class MentionRuleTest : public testing::TestWithParam<Row> {};

TEST_P(MentionRuleTest, FindsAndResolves) {
  Document document;
  document.id = GetParam().name;
  document.text = GetParam().text;
  DocumentExtraction extraction = SharedExtractor().Extract(document);
  for (const Expected& expected : GetParam().present) {
    const Mention* found = nullptr;
    for (const Mention& mention : extraction.mentions) {
      if (mention.text == expected.text && mention.canonical == expected.canonical)
        found = &mention;
    }
    ASSERT_NE(found, nullptr) << expected.text << " -> " << expected.canonical;
    EXPECT_EQ(found->type, expected.type) << expected.text;
    EXPECT_EQ(found->kind, expected.kind) << expected.text;
    if (!expected.title.empty()) {
      EXPECT_EQ(found->title, expected.title) << expected.text;
    }
    EXPECT_EQ(found->sector, expected.sector) << expected.text;
  }
  for (const std::string& text : GetParam().absent) {
    for (const Mention& mention : extraction.mentions)
      EXPECT_NE(mention.text, text) << "unexpected mention " << text;
  }
}

const EntityType kPer = EntityType::kPerson;
const EntityType kOrg = EntityType::kOrganization;
const EntityType kGpe = EntityType::kGpe;
const MentionKind kName = MentionKind::kName;
const MentionKind kNominal = MentionKind::kNominal;
const MentionKind kPronoun = MentionKind::kPronoun;

const Row kRows[] = {
    {"MiddleInitialPerson",
     "Adnan Z. Amin, head of the International Renewable Energy Agency, said so.",
     {{"Adnan Z. Amin", "Adnan Z. Amin", kPer, kName},
      {"International Renewable Energy Agency", "International Renewable Energy Agency", kOrg,
       kName}},
     {"Adnan"}},
    {"TitleSplitOff",
     "Foreign Minister Sergei Lavrov arrived in Ankara on Monday.",
     {{"Sergei Lavrov", "Sergei Lavrov", kPer, kName, "Foreign Minister"}},
     {"Foreign Minister Sergei Lavrov"}},
    {"ShortForm",
     "Foreign Minister Sergei Lavrov arrived on Monday. Lavrov met officials.",
     {{"Lavrov", "Sergei Lavrov", kPer, kName}},
     {}},
    {"Acronym",
     "The National Democratic Party (NDP) won on Friday. The NDP said talks failed.",
     {{"NDP", "National Democratic Party", kOrg, kName}},
     {}},
    {"PronounSubjectOfSentence",
     "President Joe Biden met Chancellor Olaf Scholz on Friday. He said the talks went well.",
     {{"He", "Joe Biden", kPer, kPronoun}},
     {}},
    {"PronounAfterSubjectInSentence",
     "Olaf Scholz met Joe Biden and he thanked the allies.",
     {{"he", "Olaf Scholz", kPer, kPronoun}},
     {}},
    {"BareTitle",
     "Deputy Foreign Minister Ivan Petrov spoke on Monday. The deputy foreign minister "
     "said talks would go on.",
     {{"deputy foreign minister", "Ivan Petrov", kPer, kNominal}},
     {}},
    {"BareTitleWithoutPerson",
     "The foreign minister said talks would go on.",
     {},
     {"foreign minister"}},
    {"DescriptionWithNationalityIsThePersonOfThatState",
     "Brazilian President Jair Bolsonaro met French President Emmanuel Macron on Monday. "
     "The French president said talks would go on.",
     {{"president", "Emmanuel Macron", kPer, kNominal, "French President"}},
     {}},
    {"DescriptionWithNationalityAndNoSuchPersonIsTheState",
     "President Jair Bolsonaro spoke on Monday. The French president said talks would go on.",
     {{"president", "France", kGpe, kNominal, "", "GOV"}},
     {}},
    {"PossessiveStateDescriptionIsTheState",
     "Russia's foreign minister said talks would go on.",
     {{"foreign minister", "Russia", kGpe, kNominal, "", "GOV"}},
     {}},
    {"DescriptionOfAStateAfterOf",
     "The president of Brazil said talks would go on.",
     {{"president", "Brazil", kGpe, kNominal, "", "GOV"}},
     {}},
    {"DescriptionOfAnotherBodyAfterOfIsNoOne",
     "President Jair Bolsonaro spoke. The president of the league said talks would go on.",
     {},
     {"president"}},
    {"DescriptionNarrowerThanTheTitle",
     "Foreign Minister Sergei Lavrov spoke on Monday. The minister said talks would go on.",
     {{"minister", "Sergei Lavrov", kPer, kNominal}},
     {}},
    {"PresidentIsNoVicePresident",
     "Vice President Joe Biden spoke on Monday. The president said talks would go on.",
     {},
     {"president"}},
    {"FormerMatchesFormerOnly",
     "Former President Barack Obama met President Donald Trump. The president spoke. "
     "The former president left.",
     {{"president", "Donald Trump", kPer, kNominal},
      {"president", "Barack Obama", kPer, kNominal}},
     {}},
    {"TwoPersonsWithTheTitleLeaveTheDescriptionUnresolved",
     "President Donald Trump met President Emmanuel Macron. The president said talks would go on.",
     {},
     {"president"}},
    {"DescriptionInAppositionGivesThePersonATitle",
     "Boris Johnson, the prime minister, met Angela Merkel. The prime minister said talks would "
     "go on.",
     {{"prime minister", "Boris Johnson", kPer, kNominal}},
     {}},
    {"DescriptionTakesTheFullNameOfAShortForm",
     "President Donald Trump spoke. President Trump left. The president said talks would go on.",
     {{"president", "Donald Trump", kPer, kNominal}},
     {}},
    {"NationalGovernmentIsTheCountry",
     "The Syrian government rejected the plan.",
     {{"Syrian government", "Syria", kGpe, kNominal, "", "GOV"}},
     {}},
    {"NationalAdjectiveThatIsNotTheDemonym",  // "Philippine" beside "Filipino"
     "The Philippine government ordered the network off the air.",
     {{"Philippine government", "Philippines", kGpe, kNominal, "", "GOV"}},
     {}},
    {"ActorGroup",
     "Fighting broke out between pro-Russian separatists and Ukrainian government forces.",
     {{"pro-Russian separatists", "pro-Russian separatists", kOrg, kNominal},
      {"Ukrainian government forces", "Ukraine", kGpe, kNominal, "", "MIL"}},
     {"Ukrainian"}},
    {"ParticipleCompoundIsANationality",
     "Mr Sigarchi gave interviews to the US-funded Radio Farda.",
     {{"US-funded", "US-funded", EntityType::kNorp, kName}},
     {}},
    {"StateGroupsAndInstitutionsWithSectors",
     "Russian forces shelled the town. The Kremlin denied it, and the Pentagon said Israeli "
     "police and Iranian intelligence were watching.",
     {{"Russian forces", "Russia", kGpe, kNominal, "", "MIL"},
      {"Kremlin", "Russia", kGpe, kName, "", "GOV"},
      {"Pentagon", "United States", kOrg, kName, "", "MIL"},
      {"Israeli police", "Israel", kGpe, kNominal, "", "COP"},
      {"Iranian intelligence", "Iran", kGpe, kNominal, "", "SPY"}},
     {}},
    {"BareStateBodiesStandForTheStateOfTheDocument",
     "Kenya held elections on Monday. Police arrested two opposition politicians in Nairobi, "
     "lawmakers protested, the army was deployed, and riot police fired tear gas.",
     {{"Police", "Kenya", kGpe, kNominal, "", "COP"},
      {"lawmakers", "Kenya", kGpe, kNominal, "", "LEG"},
      {"army", "Kenya", kGpe, kNominal, "", "MIL"},
      {"police", "Kenya", kGpe, kNominal, "", "COP"}},
     {}},
    {"BareStateBodyTakesTheStateNamedWithItEarlier",
     "Kenya said on Monday that the Ugandan authorities had closed the border. The authorities "
     "also detained two traders.",
     {{"Ugandan authorities", "Uganda", kGpe, kNominal, "", "GOV"},
      {"authorities", "Uganda", kGpe, kNominal, "", "GOV"}},
     {}},
    {"BareStateBodyWithTwoCompetingStatesIsUnresolved",
     "Kenya accused Uganda of closing the border on Monday. Police arrested two traders, "
     "prosecutors charged them, and lawmakers protested.",
     {{"Police", "Police", kOrg, kNominal}},
     {"prosecutors", "lawmakers"}},
    {"StateNamedWithTheBodyAndTheDocumentsStateCompete",
     "Kenya held elections. Kenya voted. Kenya said the Ugandan authorities had closed the "
     "border. Kenya protested. The authorities detained two traders.",
     {{"Ugandan authorities", "Uganda", kGpe, kNominal, "", "GOV"}},
     {"authorities"}},
    {"ModifiedOrNonHeadBodiesAreNoStateBodies",
     "Kenya held elections on Monday. Opposition lawmakers, a government, its army, the police "
     "chief, Kenya Airways' board and rebel forces met in government offices.",
     {{"forces", "forces", kOrg, kNominal}},
     {"lawmakers", "government", "army", "board"}},
    {"DictionaryName",
     "Ties between Moscow and the West worsened.",
     {{"West", "West", kGpe, kName}},
     {}},
    {"DictionaryNameAfterSentenceOpeningArticle",
     "The GOP lead was carried by strong numbers.",
     {{"GOP", "GOP", kOrg, kName}},
     {"The GOP"}},
    {"CountryInParenthesesAfterAPersonIsNoAcronym",
     "The list names Muriel Spark (UK) and Philip Roth (US). The US prize went to the UK.",
     {{"US", "US", kGpe, kName}, {"UK", "UK", kGpe, kName}},
     {}},
    {"PartyBeforeTitleBelongsToTheTitle",
     "Labour MP Barry Sheerman said the plan failed, and Lib Dem spokesman Norman Baker agreed.",
     {{"Barry Sheerman", "Barry Sheerman", kPer, kName, "Labour MP"},
      {"Norman Baker", "Norman Baker", kPer, kName, "Lib Dem spokesman"}},
     {"Labour MP Barry Sheerman", "Lib Dem spokesman Norman Baker"}},
    {"PlaceBeforeAnotherLettersAcronymDefinesNothing",
     "Bishops met in Manila, the Philippines (CBCP), on Monday. The CBCP spoke.",
     {{"CBCP", "CBCP", kOrg, kName}},
     {}},
    {"OneWordTitleOpeningAnOrganisationKeepsIt",
     "General Motors Corp said sales rose.",
     {{"General Motors Corp", "General Motors Corp", kOrg, kName}},
     {"Motors Corp"}},
    {"InstitutionWordAloneIsNoName",
     "Kenya's Foreign Ministry said the Ministry would reply.",
     {},
     {"Ministry"}},
    {"BankAndInteriorAloneAreNoNames",
     "Italy's central bank said the Bank would reply to the Minister of the Interior.",
     {},
     {"Bank", "Interior"}},
    {"LegislatureByItsOwnName",
     "They were within the Senate's rules, and Congress agreed.",
     {{"Senate", "Senate", kOrg, kName}, {"Congress", "Congress", kOrg, kName}},
     {}},
    {"ItForTheSubjectOfTheSentenceBefore",
     "Kenya hosted talks on Monday. It accused Uganda of smuggling.",
     {{"It", "Kenya", kGpe, kPronoun}},
     {}},
    {"TheyForAnOrganisationOfTheSentenceBefore",
     "The African Union held a summit on Monday. They accused Uganda of smuggling.",
     {{"They", "African Union", kOrg, kPronoun}},
     {}},
    {"TheCountryForAStateOfTheSentenceBefore",
     "Kenya hosted talks on Monday. The country accused Uganda of smuggling.",
     {{"country", "Kenya", kGpe, kNominal}},
     {}},
    {"TheGovernmentOfAStateOfTheSentenceBefore",
     "Kenya hosted talks on Monday. The government accused Uganda of smuggling.",
     {{"government", "Kenya", kGpe, kNominal, "", "GOV"}},
     {}},
    {"TheMinistryForAMinistryOfTheSentenceBefore",
     "The Ministry of Defence hosted talks on Monday. The ministry accused Uganda of smuggling.",
     {{"ministry", "Ministry of Defence", kOrg, kNominal}},
     {}},
    {"PleonasticItIsNoMention",
     "Kenya hosted talks on Monday. It is expected that Uganda will attend.",
     {},
     {"It"}},
    {"ItWithTwoEquallySalientOrganisationsIsNoMention",
     "The African Union met Uganda, and the Arab League met Kenya. It accused Rwanda of smuggling.",
     {},
     {"It"}},
    {"TheyAfterAPersonIsNoMention",
     "John Kamau met the African Union on Monday. They accused Uganda of smuggling.",
     {},
     {"They"}},
    {"ItAfterAThingIsNoMention",
     "Kenya's plan was published on Monday. It accused Uganda of smuggling.",
     {},
     {"It"}},
    {"SentenceOpeningFunctionWord", "Who will lead Kenya now?", {}, {"Who"}},
    {"FunctionWordOpeningAnInterviewTurn",
     "((WN)) Tell me about Kenya.\n((Amina Yusuf)) Well, Kenya is home.",
     {{"Amina Yusuf", "Amina Yusuf", kPer, kName}},
     {"Tell", "Well"}},
};

INSTANTIATE_TEST_SUITE_P(Rows, MentionRuleTest, testing::ValuesIn(kRows),
                         [](const auto& info) { return info.param.name; });

// A distinct capitalised word of six letters for each number ("Baaaaa", "Bbaaaa", ...).
std::string Word(std::size_t number) {
  std::string word = "B";
  for (int i = 0; i < 5; ++i, number /= 20) word += static_cast<char>('a' + number % 20);
  return word;
}

// 80,000 persons each named in full and then by surname: comparing every surname with every full
// name took over ten minutes (6.4e9 name normalisations); the lookup is linear in the document,
// about a second. The test's time limit (tests/CMakeLists.txt) is what fails when it is not.
TEST(MentionFinderScaleTest, SurnamesResolveInLinearTime) {
  constexpr std::size_t kPersons = 80000;
  std::vector<Sentence> sentences(kPersons);
  std::vector<std::vector<NameSpan>> names(kPersons);
  std::size_t offset = 0;
  for (std::size_t i = 0; i < kPersons; ++i) {
    const std::string given = Word(2 * i), surname = Word(2 * i + 1);
    for (const std::string& text : {given, surname, std::string("met"), surname, std::string(".")}) {
      sentences[i].tokens.emplace_back(text, ByteSpan{offset, offset + text.size()});
      sentences[i].tokens.back().pos = text == "met" ? "VBD" : text == "." ? "." : "NNP";
      offset += text.size() + 1;
    }
    names[i] = {NameSpan{0, 2, "PER"}, NameSpan{3, 4, "PER"}};
  }
  MentionFinder finder(SharedExtractor().actors());
  const std::vector<Mention> mentions = finder.Find(sentences, names);
  std::size_t resolved = 0;
  for (const Mention& mention : mentions)
    resolved += mention.text.size() == 6 && mention.canonical.size() == 13;
  EXPECT_EQ(resolved, kPersons);
}

}  // namespace
}  // namespace newsgraph
