// One row per construction of the event layer, run through the whole embedded pipeline (tagger,
// parser, mentions, events) on a hand-written sentence; each row lists every fact the sentence
// must give, and no other, and the hypothetical events apart.
#include "extract/events/event_extractor.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/extractor.h"

namespace newsgraph {
namespace {

// (subject canonical, label, CAMEO code, object canonical, factuality)
using Fact = std::tuple<std::string, std::string, std::string, std::string, std::string>;

struct Row {
  std::string name;
  std::string text;
  std::set<Fact> facts;
  std::set<Fact> hypotheticals = {};
};

void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

std::set<Fact> Facts(const DocumentExtraction& extraction, const std::vector<Triple>& triples) {
  std::set<Fact> facts;
  for (const Triple& triple : triples) {
    facts.emplace(extraction.mentions[triple.subject].canonical, triple.relation.label,
                  triple.relation.cameo, extraction.mentions[triple.object].canonical,
                  std::string(FactualityName(triple.factuality)));
  }
  return facts;
}

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor();
  return *extractor;
}

class EventConstructionTest : public testing::TestWithParam<Row> {};

TEST_P(EventConstructionTest, GivesExactlyTheseEvents) {
  const Row& row = GetParam();
  Document document;
  document.id = row.name;
  document.text = row.text;
  DocumentExtraction extraction = SharedExtractor().Extract(document);
  EXPECT_EQ(Facts(extraction, extraction.triples), row.facts) << row.text;
  EXPECT_EQ(Facts(extraction, extraction.hypotheticals), row.hypotheticals) << row.text;
}

const Row kRows[] = {
    {"Active",
     "Kenya accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"Passive",
     "Uganda was accused by Kenya of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"Coordination",
     "Kenya and Tanzania accused Uganda and Rwanda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"},
      {"Kenya", "accuses", "112", "Rwanda", "asserted"},
      {"Tanzania", "accuses", "112", "Uganda", "asserted"},
      {"Tanzania", "accuses", "112", "Rwanda", "asserted"}}},
    {"TitleOfAPlaceBeforeTheName",
     "On Tuesday, the President of Chile Maria Lopez praised Peru.",
     {{"Maria Lopez", "praises", "051", "Peru", "asserted"}}},
    {"DescriptionOfANamedOfficeHolder",
     "French President Emmanuel Macron arrived on Monday. The French president accused Peru of "
     "smuggling weapons.",
     {{"Emmanuel Macron", "accuses", "112", "Peru", "asserted"}}},
    {"DescriptionOfAnUnnamedOfficeHolder",
     "The Brazilian president accused Peru of smuggling weapons.",
     {{"Brazil", "accuses", "112", "Peru", "asserted"}}},
    {"AmbiguousDescriptionIsNoActor",
     "President Maria Lopez met President John Kamau on Monday. The president accused Peru of "
     "smuggling weapons.",
     {{"Maria Lopez", "meets", "040", "John Kamau", "asserted"}}},
    {"DescriptionBeforeAnOfComplementThatIsNoNounPhrase",
     "President Maria Lopez arrived on Monday. Kenya accused the president of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Maria Lopez", "asserted"}}},
    {"CallForActorTo",
     "Germany called for Iran to halt enrichment.",
     {{"Germany", "calls on", "020", "Iran", "asserted"}}},
    {"Apposition",
     "John Kamau, Kenya's deputy foreign minister, accused Uganda of smuggling.",
     {{"John Kamau", "accuses", "112", "Uganda", "asserted"}}},
    {"RelativeClause",
     "Kenya, which hosted the summit last year, accused Uganda of smuggling.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"TimeBeforeVerb",
     "Kenya on Monday accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"ToComplementAppeal",
     "Kenya encouraged Uganda to work with Rwanda.",
     {{"Kenya", "encourages", "020", "Uganda", "asserted"}}},
    {"PrepositionalTarget",
     "Kenya lashed out at Uganda on Monday.",
     {{"Kenya", "criticizes", "111", "Uganda", "asserted"}}},
    {"TargetInPrepositionalTail",
     "Kenya offered its troops to Uganda.",
     {{"Kenya", "offers", "030", "Uganda", "asserted"}}},
    {"Ditransitive",
     "Kenya gave Uganda a loan.",
     {{"Kenya", "gives", "070", "Uganda", "asserted"}}},
    {"ItSubjectForTheStateOfTheSentenceBefore",
     "Kenya hosted talks on Monday. It accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"TheySubjectForTheOrganisationOfTheSentenceBefore",
     "The African Union held a summit on Monday. They accused Uganda of smuggling weapons.",
     {{"African Union", "accuses", "112", "Uganda", "asserted"}}},
    {"ItsAgentOfAnEventNounFromTheSentenceBefore",
     "Kenya hosted talks on Monday. Officials condemned its attack on Uganda.",
     {{"Kenya", "attacks", "190", "Uganda", "asserted"}}},
    {"ItsNamesTheAgentOfAnEventNounOnly",
     "Kenya hosted talks on Monday. Its lawyers accused Uganda of smuggling weapons.",
     {}},
    {"TheCountryForTheStateOfTheSentenceBefore",
     "Kenya hosted talks on Monday. The country accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"PleonasticItIsNoActor",
     "Kenya hosted talks on Monday. It was clear that Uganda had been accused of smuggling.",
     {}},
    {"ItBetweenTwoEquallySalientOrganisationsIsNoActor",
     "The African Union met Uganda, and the Arab League met Kenya. It accused Rwanda of smuggling.",
     {{"African Union", "meets", "040", "Uganda", "asserted"},
      {"Arab League", "meets", "040", "Kenya", "asserted"}}},
    {"TheyAfterAPersonIsNoActor",
     "John Kamau met the African Union on Monday. They accused Uganda of smuggling.",
     {{"John Kamau", "meets", "040", "African Union", "asserted"}}},
    {"NominalEventInAppealIsNoFact",
     "Kenya urged Uganda to end its strikes on Rwanda.",
     {{"Kenya", "urges", "020", "Uganda", "asserted"}}},
    {"ProposedTalksAreIntended",
     "Tanzania offered to host talks between Kenya and Uganda.",
     {{"Tanzania", "intends to host", "036", "Kenya", "intended"},
      {"Tanzania", "intends to host", "036", "Uganda", "intended"},
      {"Kenya", "intends to hold talks with", "036", "Uganda", "intended"},
      {"Uganda", "intends to hold talks with", "036", "Kenya", "intended"}}},
    {"AgentPhraseEndsAtSubordinateClause",
     "Uganda was criticized by several allies after Kenya visited Rwanda.",
     {{"Kenya", "visits", "042", "Rwanda", "asserted"}}},
    {"NoTargetAfterTimePreposition",
     "Kenya praised the plan during the visit of Uganda's envoy.",
     {}},
    {"NameWithComplementIsNoCall", "Kenya called Uganda's offer a trick.", {}},
    {"Idiom",
     "Kenya took another jab at Uganda.",
     {{"Kenya", "criticizes", "111", "Uganda", "asserted"}}},
    {"LiteralObjectThenTargetPreposition",
     "Kenya relinquished control to Uganda.",
     {{"Kenya", "hands control to", "080", "Uganda", "asserted"}}},
    {"TargetAfterNounOfAttend",
     "Kenya attended a summit with Uganda in March.",
     {{"Kenya", "attends summit with", "040", "Uganda", "asserted"}}},
    {"ObjectTargetWithPrepositionTail",
     "Kenya excluded Uganda from the trade bloc.",
     {{"Kenya", "excludes", "160", "Uganda", "asserted"}}},
    {"TariffNounBeforeTarget",
     "Kenya raised tariffs on Uganda.",
     {{"Kenya", "raises tariffs on", "163", "Uganda", "asserted"}}},
    {"HireIsCooperation",
     "Kenya hired John Kamau.",
     {{"Kenya", "hires", "061", "John Kamau", "asserted"}}},
    {"SummitNounBeforeTarget",
     "Kenya held a summit with Uganda.",
     {{"Kenya", "holds summit with", "040", "Uganda", "asserted"}}},
    {"SuspendedTiesAfterAuxiliary",
     "Kenya has suspended ties with Uganda.",
     {{"Kenya", "suspends ties with", "161", "Uganda", "asserted"}}},
    {"QuoteBeforeSpeaker", "\"The border will stay closed,\" Kenya said.", {}},
    {"QuoteAfterSpeaker", "Kenya said, \"The border will stay closed.\"", {}},
    {"SaidBAttackedC",
     "Kenya said Uganda attacked Rwanda.",
     {{"Uganda", "attacks", "190", "Rwanda", "reported"},
      {"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"SpeakerAfterReport",
     "Uganda attacked Rwanda, Kenya said.",
     {{"Uganda", "attacks", "190", "Rwanda", "reported"},
      {"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"AccordingTo",
     "Uganda attacked Rwanda, according to Kenya.",
     {{"Uganda", "attacks", "190", "Rwanda", "reported"},
      {"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"SaidBMust",
     "Kenya said Uganda must release the prisoners.",
     {{"Kenya", "demands", "100", "Uganda", "asserted"}}},
    {"SpeakerPronoun",
     "Kenya said on Tuesday it had halted aid to Uganda.",
     {{"Kenya", "halts aid to", "162", "Uganda", "reported"}}},
    {"QuotedAsSaying", "The New Vision quoted Kenya as saying the talks had failed.", {}},
    {"CoordinatedVerbPassesOverSubordinateClause",
     "John Kamau took Museveni aside, as Odinga watched, and told Museveni the news.",
     {}},
    {"FeelingInThePassive",
     "Kenya was alarmed by the decision of Uganda to close the border.",
     {{"Kenya", "is alarmed by", "111", "Uganda", "asserted"}}},
    {"AppealInThePassiveIsNoFeeling",
     "Uganda was encouraged by Kenya to negotiate.",
     {{"Kenya", "encourages", "020", "Uganda", "asserted"}}},
    {"Negation",
     "Kenya did not accuse Uganda.",
     {{"Kenya", "accuses", "112", "Uganda", "negated"}}},
    {"NegationNever", "Kenya never met Uganda.", {{"Kenya", "meets", "040", "Uganda", "negated"}}},
    {"Refusal",
     "Kenya refused to help Uganda.",
     {{"Kenya", "refuses to help", "122", "Uganda", "asserted"}}},
    {"ModalityThreat",
     "Kenya threatened to attack Uganda.",
     {{"Kenya", "threatens to attack", "138", "Uganda", "asserted"}}},
    {"ModalityVow",
     "Kenya vowed to help Uganda.",
     {{"Kenya", "intends to help", "033", "Uganda", "intended"}}},
    {"ModalityAgreeGeneral",
     "Kenya agreed to support Uganda.",
     {{"Kenya", "intends to support", "032", "Uganda", "intended"}}},
    {"ModalityPlan",
     "Kenya plans to attack Uganda.",
     {{"Kenya", "threatens to attack", "138", "Uganda", "asserted"}}},
    {"ModalityReady",
     "Kenya is ready to support Uganda.",
     {{"Kenya", "intends to support", "032", "Uganda", "intended"}}},
    {"ModalityWill",
     "Kenya will attack Uganda.",
     {{"Kenya", "threatens to attack", "138", "Uganda", "intended"}}},
    {"ModalityPossible",
     "Kenya could attack Uganda.",
     {},
     {{"Kenya", "attacks", "190", "Uganda", "hypothetical"}}},
    {"NationalityGroup",
     "Kenyan rebels attacked Uganda.",
     {{"Kenyan rebels", "attacks", "190", "Uganda", "asserted"}}},
    {"GroupNounRun",
     "Uganda was attacked by coalition forces.",
     {{"coalition forces", "attacks", "190", "Uganda", "asserted"}}},
    {"MutualMeeting",
     "Kenya and Uganda met in Nairobi on Monday.",
     {{"Kenya", "meets", "040", "Uganda", "asserted"},
      {"Uganda", "meets", "040", "Kenya", "asserted"}}},
    {"NominalEventLightVerb",
     "Kenya conducted air strikes against Uganda.",
     {{"Kenya", "strikes", "190", "Uganda", "asserted"}}},
    {"NominalEventLightVerbParticle",
     "Kenya carried out an attack on Uganda.",
     {{"Kenya", "attacks", "190", "Uganda", "asserted"}}},
    {"NominalEventPossessor",
     "Kenya's fight against Uganda continued.",
     {{"Kenya", "fights", "190", "Uganda", "asserted"}}},
    {"NominalEventPossessorIsPresupposed",
     "Tanzanian volunteers are seeking to join Kenya's fight against Uganda.",
     {{"Kenya", "fights", "190", "Uganda", "asserted"}}},
    {"NominalEventBetween",
     "The agreement between Uganda and Rwanda was signed in Nairobi.",
     {{"Uganda", "signs agreement with", "057", "Rwanda", "asserted"},
      {"Rwanda", "signs agreement with", "057", "Uganda", "asserted"}}},
    {"EventNounSubjectGivesItsAgent",
     "A series of U.S. airstrikes against Somali militants killed more than 20 fighters.",
     {{"U.S.", "bombs", "195", "Somali militants", "asserted"},
      {"U.S.", "kills", "190", "fighters", "asserted"}}},
    {"FirstPersonUnattributed", "We condemned Uganda.", {}},
    {"FirstPersonQuotedCountry",
     "\"We support Uganda,\" Kenya said.",
     {{"Kenya", "supports", "050", "Uganda", "reported"}}},
    {"FirstPersonQuotedPerson",
     "\"I will meet Uganda,\" John Kamau said.",
     {{"John Kamau", "intends to meet", "036", "Uganda", "intended"}}},
    {"MediaAttributionIsNoEdge", "Kenya told Reuters that the border would stay closed.", {}},
    {"QuoteOverSentencesWithTitledSpeaker",
     "\"We support Uganda. We will send aid to Rwanda,\" Kenyan Foreign Minister John Kamau said.",
     {{"Kenya", "supports", "050", "Uganda", "reported"},
      {"Kenya", "intends to send aid to", "033", "Rwanda", "intended"}}},
    {"QuotedPossessiveTarget",
     "\"Uganda shelled our villages,\" said John Kamau, Kenya's defence minister.",
     {{"Uganda", "shells", "194", "Kenya", "reported"},
      {"John Kamau", "accuses", "112", "Uganda", "asserted"}}},
    {"QuotedFirstPersonAttributedInTheNextSentence",
     "\"I will not go. I condemned Uganda for the raid,\" John Kamau said.",
     {{"John Kamau", "condemns", "111", "Uganda", "reported"}}},
    {"QuotedWeMustIsNoDemand",
     "\"We must keep the masks for hospitals,\" said John Kamau of the African Union.",
     {}},
    {"UnattributedQuoteIsNoEdge", "\"We condemned Uganda for the raid,\" the post read.", {}},
    {"QuoteToldAnOutletIsNoOutletEdge",
     "\"We will send aid to Uganda,\" Kenya told Reuters.",
     {{"Kenya", "intends to send aid to", "033", "Uganda", "intended"}}},
    {"FigurativeAttackIsCriticism",
     "Joe Biden attacked Donald Trump for the tweet.",
     {{"Joe Biden", "criticizes", "111", "Donald Trump", "asserted"}}},
    {"AttackOnAPlanIsCriticism",
     "The Conservative Party attacked Labour's new pledges.",
     {{"Conservative Party", "criticizes", "111", "Labour", "asserted"}}},
    {"AttackOnAnActIsCriticismOfItsAgent",
     "Recep Tayyip Erdogan attacked the proclamation by Donald Trump.",
     {{"Recep Tayyip Erdogan", "criticizes", "111", "Donald Trump", "asserted"}}},
    {"CoordinatedPromiseIsNoPartnership",
     "Germany and the Netherlands promised to fund additional launchers.",
     {}},
    {"ControlThroughAnAspectVerb",
     "Kenya urged Uganda to keep pressing Rwanda.",
     {{"Kenya", "urges", "020", "Uganda", "asserted"}}},
    {"NewsAgencyReportsWithoutAccusing",
     "Reuters reported that Uganda had attacked Rwanda.",
     {{"Uganda", "attacks", "190", "Rwanda", "reported"}}},
    {"SpokesmanDoesNotAccuseHisOwnState",
     "Ugandan Foreign Minister John Kamau said Uganda had attacked Rwanda.",
     {{"Uganda", "attacks", "190", "Rwanda", "reported"}}},
    {"ReportedWarningIsNoAccusation",
     "Kenya said Uganda had warned Rwanda.",
     {{"Uganda", "warns", "130", "Rwanda", "reported"}}},
    {"TalksWithImplicitHost",
     "The European Union opened accession negotiations with Ukraine and Moldova on Tuesday.",
     {{"European Union", "negotiates with", "046", "Ukraine", "asserted"},
      {"European Union", "negotiates with", "046", "Moldova", "asserted"},
      {"Ukraine", "negotiates with", "046", "European Union", "asserted"},
      {"Moldova", "negotiates with", "046", "European Union", "asserted"}}},
    {"DatelineIsNoActor",
     "NAIROBI - Kenya accused Uganda of smuggling weapons.",
     {{"Kenya", "accuses", "112", "Uganda", "asserted"}}},
    {"AttackOnAPossessionIsForce",
     "Kenya attacked Uganda's bases.",
     {{"Kenya", "attacks", "190", "Uganda", "asserted"}}},
    {"ElectionResultIsNoConflict", "Joe Biden defeated Donald Trump in the election.", {}},
    {"ConditionIsHypothetical",
     "If Kenya invades Uganda, Rwanda will respond.",
     {},
     {{"Kenya", "invades", "192", "Uganda", "hypothetical"}}},
    {"QuestionIsHypothetical",
     "Will Kenya retaliate against Uganda?",
     {},
     {{"Kenya", "retaliates against", "190", "Uganda", "hypothetical"}}},
    {"NegativeVerb",
     "Kenya avoided condemning Uganda.",
     {{"Kenya", "condemns", "111", "Uganda", "negated"}}},
    {"FailedTo", "Kenya failed to meet Uganda.", {{"Kenya", "meets", "040", "Uganda", "negated"}}},
    {"NominalNationalityAgent",
     "The Russian invasion of Ukraine began in February.",
     {{"Russia", "invades", "192", "Ukraine", "asserted"}}},
    {"NominalPossessiveAgent",
     "Iran's attack on Israel was condemned.",
     {{"Iran", "attacks", "190", "Israel", "asserted"}}},
    {"CriticismOfAnActionTargetsItsAgent",
     "Kenya condemned Uganda's attack on Rwanda.",
     {{"Kenya", "condemns", "111", "Uganda", "asserted"},
      {"Uganda", "attacks", "190", "Rwanda", "asserted"}}},
    {"AppositiveSubjectAfterTitle",
     "The Kenyan leader, John Kamau, on Thursday blamed Uganda.",
     {{"John Kamau", "blames", "112", "Uganda", "asserted"}}},
    {"CoordinatedVerbs",
     "Kenya has accepted the plan, condemned Uganda and sent aid to Rwanda.",
     {{"Kenya", "condemns", "111", "Uganda", "asserted"},
      {"Kenya", "sends aid to", "070", "Rwanda", "asserted"}}},
    {"PersonInsideTitlePhrase",
     "US President Donald Trump criticized Iran.",
     {{"Donald Trump", "criticizes", "111", "Iran", "asserted"}}},
    {"TitleWithAffiliationAfterDateline",
     "NAIROBI - African Union Commission Chairman John Kamau on Monday urged Uganda to talk.",
     {{"John Kamau", "urges", "020", "Uganda", "asserted"}}},
    {"AppointmentIsSupport",
     "John Kamau appointed Peter Otieno as foreign minister.",
     {{"John Kamau", "appoints", "050", "Peter Otieno", "asserted"}}},
    {"AcquisitionIsEconomicCooperation",
     "Safaricom acquired Airtel Kenya in 2019.",
     {{"Safaricom", "acquires", "061", "Airtel Kenya", "asserted"}}},
    {"LightVerbHave",
     "John Kamau had a phone conversation with Peter Otieno.",
     {{"John Kamau", "phones", "041", "Peter Otieno", "asserted"},
      {"Peter Otieno", "phones", "041", "John Kamau", "asserted"}}},
    {"LevySanctions",
     "Kenya levied sanctions against Uganda.",
     {{"Kenya", "imposes sanctions on", "163", "Uganda", "asserted"}}},
    {"PossessorForOfInFrame",
     "The Senate confirmed John Kamau's nomination.",
     {{"Senate", "confirms", "050", "John Kamau", "asserted"}}},
    {"FramePrepositionHungOnTheObject",
     "Kenya disclosed the matter to Uganda.",
     {{"Kenya", "informs", "064", "Uganda", "asserted"}}},
    {"FrameWordModifiesTheTrailingNoun",
     "Kenya designated Hamas as a terrorist organization.",
     {{"Kenya", "designates as terrorists", "172", "Hamas", "asserted"}}},
    {"RelativeClauseLeftUnattached",
     "They had asked Kenyan President John Kamau, who is supported by the Ugandan government, to "
     "resign from his position.",
     {{"Uganda", "supports", "050", "John Kamau", "asserted"}}},
};

// Only sentences with a verb of the lexicon or an event noun are worth a parse.
TEST(EventExtractorTest, KnowsWhichSentencesMayStateAnEvent) {
  VerbLexicon verbs = VerbLexicon::LoadEmbedded();
  Lemmatizer lemmatizer = Lemmatizer::LoadEmbedded();
  ActorDictionary actors = ActorDictionary::LoadEmbedded();
  EventExtractor events(verbs, lemmatizer, actors);
  auto tagged = [](std::vector<std::pair<std::string, std::string>> words) {
    Sentence sentence;
    for (auto& [text, pos] : words) {
      sentence.tokens.emplace_back(text, ByteSpan{});
      sentence.tokens.back().pos = pos;
    }
    return sentence;
  };
  EXPECT_TRUE(
      events.MayStateEvent(tagged({{"Kenya", "NNP"}, {"invaded", "VBD"}, {"Uganda", "NNP"}})));
  EXPECT_TRUE(events.MayStateEvent(tagged({{"the", "DT"}, {"air", "NN"}, {"strikes", "NNS"}})));
  EXPECT_FALSE(events.MayStateEvent(tagged(
      {{"Kenya", "NNP"}, {"said", "VBD"}, {"Uganda", "NNP"}, {"is", "VBZ"}, {"calm", "JJ"}})));
  EXPECT_TRUE(events.MayStateEvent(tagged(
      {{"Kenya", "NNP"}, {"said", "VBD"}, {"Uganda", "NNP"}, {"must", "MD"}, {"leave", "VB"}})));
  EXPECT_FALSE(events.MayStateEvent(tagged({{"Kenya", "NNP"},
                                            {"and", "CC"},
                                            {"Uganda", "NNP"},
                                            {"are", "VBP"},
                                            {"neighbours", "NNS"}})));
}

INSTANTIATE_TEST_SUITE_P(Constructions, EventConstructionTest, testing::ValuesIn(kRows),
                         [](const testing::TestParamInfo<Row>& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph
