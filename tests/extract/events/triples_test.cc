// One row per construction of the triple extractor, run through the whole embedded pipeline on a
// hand-written sentence; each row lists every triple the sentence must give, and no other.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/extractor.h"

namespace newsgraph {
namespace {

// (subject canonical, label, CAMEO code, object canonical, negated)
using Fact = std::tuple<std::string, std::string, std::string, std::string, bool>;

struct Row {
  std::string name;
  std::string text;
  std::set<Fact> facts;
};

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor();
  return *extractor;
}

class TripleConstructionTest : public testing::TestWithParam<Row> {};

TEST_P(TripleConstructionTest, GivesExactlyTheseTriples) {
  const Row& row = GetParam();
  Document document;
  document.id = row.name;
  document.text = row.text;
  DocumentExtraction extraction = SharedExtractor().Extract(document);
  std::set<Fact> facts;
  for (const Triple& triple : extraction.triples) {
    facts.emplace(extraction.mentions[triple.subject].canonical, triple.relation.label,
                  triple.relation.cameo, extraction.mentions[triple.object].canonical,
                  triple.negated);
  }
  EXPECT_EQ(facts, row.facts) << row.text;
}

const Row kRows[] = {
    {"Active",
     "Kenya accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", false}}},
    {"Passive",
     "Uganda was accused by Kenya of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", false}}},
    {"Coordination",
     "Kenya and Tanzania accused Uganda and Rwanda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", false},
      {"Kenya", "accuses", "112", "Rwanda", false},
      {"Tanzania", "accuses", "112", "Uganda", false},
      {"Tanzania", "accuses", "112", "Rwanda", false}}},
    {"Apposition",
     "John Kamau, Kenya's deputy foreign minister, accused Uganda of smuggling.",
     {{"John Kamau", "accuses", "112", "Uganda", false}}},
    {"RelativeClause",
     "Kenya, which hosted the summit last year, accused Uganda of smuggling.",
     {{"Kenya", "accuses", "112", "Uganda", false}}},
    {"TimeBeforeVerb",
     "Kenya on Monday accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", false}}},
    {"ToComplementAppeal",
     "Kenya encouraged Uganda to work with Rwanda.",
     {{"Kenya", "encourages", "020", "Uganda", false}}},
    {"PrepositionalTarget",
     "Kenya lashed out at Uganda on Monday.",
     {{"Kenya", "criticizes", "111", "Uganda", false}}},
    {"TargetInPrepositionalTail",
     "Kenya offered its troops to Uganda.",
     {{"Kenya", "offers", "030", "Uganda", false}}},
    {"Ditransitive", "Kenya gave Uganda a loan.", {{"Kenya", "gives", "070", "Uganda", false}}},
    {"NominalEventInAppealIsNoFact",
     "Kenya urged Uganda to end its strikes on Rwanda.",
     {{"Kenya", "urges", "020", "Uganda", false}}},
    {"ProposedTalksAreNoFact", "Tanzania offered to host talks between Kenya and Uganda.", {}},
    {"AgentPhraseEndsAtSubordinateClause",
     "Uganda was criticized by several allies after Kenya visited Rwanda.",
     {{"Kenya", "visits", "042", "Rwanda", false}}},
    {"NoTargetAfterTimePreposition",
     "Kenya praised the plan during the visit of Uganda's envoy.",
     {}},
    {"NameWithComplementIsNoCall", "Kenya called Uganda's offer a trick.", {}},
    {"Idiom",
     "Kenya took another jab at Uganda.",
     {{"Kenya", "criticizes", "111", "Uganda", false}}},
    {"QuoteBeforeSpeaker", "\"The border will stay closed,\" Kenya said.", {}},
    {"QuoteAfterSpeaker", "Kenya said, \"The border will stay closed.\"", {}},
    {"SaidBAttackedC",
     "Kenya said Uganda attacked Rwanda.",
     {{"Uganda", "attacks", "190", "Rwanda", false}, {"Kenya", "accuses", "112", "Uganda", false}}},
    {"SpeakerAfterReport",
     "Uganda attacked Rwanda, Kenya said.",
     {{"Uganda", "attacks", "190", "Rwanda", false}, {"Kenya", "accuses", "112", "Uganda", false}}},
    {"AccordingTo",
     "Uganda attacked Rwanda, according to Kenya.",
     {{"Uganda", "attacks", "190", "Rwanda", false}, {"Kenya", "accuses", "112", "Uganda", false}}},
    {"SaidBMust",
     "Kenya said Uganda must release the prisoners.",
     {{"Kenya", "demands", "100", "Uganda", false}}},
    {"SpeakerPronoun",
     "Kenya said on Tuesday it had halted aid to Uganda.",
     {{"Kenya", "halts aid to", "162", "Uganda", false}}},
    {"QuotedAsSaying",
     "The New Vision quoted Kenya as saying the talks had failed.",
     {{"New Vision", "quotes", "010", "Kenya", false}}},
    {"CoordinatedVerbPassesOverSubordinateClause",
     "John Kamau took Museveni aside, as Odinga watched, and told Museveni the news.",
     {{"John Kamau", "tells", "010", "Museveni", false}}},
    {"FeelingInThePassive",
     "Kenya was alarmed by the decision of Uganda to close the border.",
     {{"Kenya", "is alarmed by", "111", "Uganda", false}}},
    {"AppealInThePassiveIsNoFeeling",
     "Uganda was encouraged by Kenya to negotiate.",
     {{"Kenya", "encourages", "020", "Uganda", false}}},
    {"Negation", "Kenya did not accuse Uganda.", {{"Kenya", "accuses", "112", "Uganda", true}}},
    {"NegationNever", "Kenya never met Uganda.", {{"Kenya", "meets", "040", "Uganda", true}}},
    {"Refusal",
     "Kenya refused to help Uganda.",
     {{"Kenya", "refuses to help", "122", "Uganda", false}}},
    {"ModalityThreat",
     "Kenya threatened to attack Uganda.",
     {{"Kenya", "threatens to attack", "1384", "Uganda", false}}},
    {"ModalityVow",
     "Kenya vowed to help Uganda.",
     {{"Kenya", "vows to help", "033", "Uganda", false}}},
    {"ModalityAgreeGeneral",
     "Kenya agreed to support Uganda.",
     {{"Kenya", "agrees to support", "032", "Uganda", false}}},
    {"ModalityPlan",
     "Kenya plans to attack Uganda.",
     {{"Kenya", "threatens to attack", "138", "Uganda", false}}},
    {"ModalityReady",
     "Kenya is ready to support Uganda.",
     {{"Kenya", "intends to support", "032", "Uganda", false}}},
    {"ModalityWill",
     "Kenya will attack Uganda.",
     {{"Kenya", "threatens to attack", "138", "Uganda", false}}},
    {"ModalityPossible", "Kenya could attack Uganda.", {}},
    {"NationalityGroup",
     "Kenyan rebels attacked Uganda.",
     {{"Kenyan rebels", "attacks", "190", "Uganda", false}}},
    {"GroupNounRun",
     "Uganda was attacked by coalition forces.",
     {{"coalition forces", "attacks", "190", "Uganda", false}}},
    {"MutualMeeting",
     "Kenya and Uganda met in Nairobi on Monday.",
     {{"Kenya", "meets", "040", "Uganda", false}}},
    {"NominalEventLightVerb",
     "Kenya conducted air strikes against Uganda.",
     {{"Kenya", "bombs", "195", "Uganda", false}}},
    {"NominalEventLightVerbParticle",
     "Kenya carried out an attack on Uganda.",
     {{"Kenya", "attacks", "190", "Uganda", false}}},
    {"NominalEventPossessor",
     "Kenya's fight against Uganda continued.",
     {{"Kenya", "fights", "190", "Uganda", false}}},
    {"NominalEventPossessorIsPresupposed",
     "Tanzanian volunteers are seeking to join Kenya's fight against Uganda.",
     {{"Kenya", "fights", "190", "Uganda", false}}},
    {"NominalEventOfTheSupported",
     "Kenya reiterated its support for the Government of Uganda in the fight against the LRA.",
     {{"Kenya", "supports", "051", "Government of Uganda", false},
      {"Government of Uganda", "fights", "190", "LRA", false}}},
    {"NominalEventInPhrase",
     "Kenya remains steadfast in support of Uganda.",
     {{"Kenya", "supports", "051", "Uganda", false}}},
    {"NominalEventBetween",
     "The agreement between Uganda and Rwanda was signed in Nairobi.",
     {{"Uganda", "signs agreement with", "057", "Rwanda", false},
      {"Rwanda", "signs agreement with", "057", "Uganda", false}}},
    {"NominalEventBetweenAfterParticiple",
     "Kenya welcomed the agreement reached on Monday between Uganda and Rwanda.",
     {{"Uganda", "signs agreement with", "057", "Rwanda", false},
      {"Rwanda", "signs agreement with", "057", "Uganda", false}}},
    {"NominalEventBetweenAcrossApposition",
     "The agreement between the Government of Uganda, led by John Kamau, and the Government of "
     "Rwanda was signed.",
     {{"Government of Uganda", "signs agreement with", "057", "Government of Rwanda", false},
      {"Government of Rwanda", "signs agreement with", "057", "Government of Uganda", false}}},
    {"NominalEventByAgainst",
     "Rwanda condemned air strikes by Kenya against Uganda.",
     {{"Rwanda", "condemns", "111", "Kenya", false}, {"Kenya", "bombs", "195", "Uganda", false}}},
    {"NominalEventTheirWith",
     "Kenyan forces advanced in their battle with Uganda.",
     {{"Kenya", "fights", "190", "Uganda", false},
      {"Uganda", "fights", "190", "Kenya", false}}},
    {"NominalIntent",
     "Kenya's plan to attack Uganda failed.",
     {{"Kenya", "threatens to attack", "138", "Uganda", false}}},
    {"NominalEventInTheirWithIsTheSubjects",
     "Kenyan forces seized the airport in their battle with Uganda.",
     {{"Kenya", "fights", "190", "Uganda", false},
      {"Uganda", "fights", "190", "Kenya", false}}},
    {"EventNounSubjectGivesItsAgent",
     "A series of U.S. airstrikes against Somali militants killed more than 20 fighters.",
     {{"U.S.", "bombs", "195", "Somali militants", false},
      {"U.S.", "kills", "190", "fighters", false}}},
    {"DeliveredAgainstIsNoAid", "Kenya delivered 24 munitions against Ugandan positions.", {}},
    {"PossessedPersonIsTheTarget",
     "Kenya met Uganda's new envoy, John Kamau, on Monday.",
     {{"Kenya", "meets", "040", "John Kamau", false}}},
    {"CoordinationAcrossAdjectives",
     "Kenya condemned Uganda, the wider African Union and the United Nations.",
     {{"Kenya", "condemns", "111", "Uganda", false},
      {"Kenya", "condemns", "111", "African Union", false},
      {"Kenya", "condemns", "111", "United Nations", false}}},
    {"FirstPersonUnattributed",
     "We condemned Uganda.",
     {{"we", "condemns", "111", "Uganda", false}}},
    {"FirstPersonQuotedCountry",
     "\"We support Uganda,\" Kenya said.",
     {{"Kenya", "supports", "050", "Uganda", false}}},
    {"FirstPersonQuotedPerson",
     "\"I will meet Uganda,\" John Kamau said.",
     {{"John Kamau", "intends to meet", "036", "Uganda", false}}},
};

INSTANTIATE_TEST_SUITE_P(Constructions, TripleConstructionTest, testing::ValuesIn(kRows),
                         [](const testing::TestParamInfo<Row>& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph
