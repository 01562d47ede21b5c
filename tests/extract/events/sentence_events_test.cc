// The event reader on hand-written Universal Dependencies parses: each row is a parse, its actor
// mentions and every event it must give, so the rules are checked apart from the trained parser.
#include "extract/events/sentence_events.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/events/event_cues.h"
#include "extract/events/parsed_sentence.h"
#include "extract/events/verb_lexicon.h"
#include "extract/syntax/lemmatizer.h"

namespace newsgraph {
namespace {

// (source, target, CAMEO code, factuality)
using Event = std::tuple<std::string, std::string, std::string, std::string>;

struct Row {
  std::string name;
  // One token a word: form/POS/head/relation, heads 1-based and 0 for the root.
  std::string parse;
  // The actor mentions: one a word, "first-end:TYPE" over 1-based token positions (end inclusive),
  // or "first-end:TYPE:nominal" for a nominal mention ("fighters").
  std::string mentions;
  std::set<Event> events;
};

Sentence ReadParse(const std::string& parse) {
  Sentence sentence;
  std::istringstream in(parse);
  std::string word;
  while (in >> word) {
    std::size_t a = word.find('/'), b = word.find('/', a + 1), c = word.find('/', b + 1);
    Token token(word.substr(0, a), {});
    token.pos = word.substr(a + 1, b - a - 1);
    token.head = std::stoi(word.substr(b + 1, c - b - 1)) - 1;
    token.deprel = word.substr(c + 1);
    sentence.tokens.push_back(std::move(token));
  }
  return sentence;
}

std::vector<Mention> ReadMentions(const std::string& list, const Sentence& sentence) {
  std::vector<Mention> mentions;
  std::istringstream in(list);
  std::string item;
  while (in >> item) {
    std::size_t dash = item.find('-'), colon = item.find(':'), kind = item.find(':', colon + 1);
    Mention mention;
    mention.first_token = std::stoul(item.substr(0, dash)) - 1;
    mention.end_token = std::stoul(item.substr(dash + 1, colon - dash - 1));
    mention.type = ParseEntityType(item.substr(colon + 1, kind - colon - 1));
    if (kind != std::string::npos && item.substr(kind + 1) == "nominal")
      mention.kind = MentionKind::kNominal;
    for (std::size_t t = mention.first_token; t < mention.end_token; ++t)
      mention.text += (t > mention.first_token ? " " : "") + sentence.tokens[t].text;
    mention.canonical = mention.text;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

class SentenceEventsTest : public testing::TestWithParam<Row> {
 protected:
  static const Lemmatizer& Lemmas() {
    static const Lemmatizer* lemmatizer = new Lemmatizer(Lemmatizer::LoadEmbedded());
    return *lemmatizer;
  }
  static const EventLexicons& Lexicons() {
    static const VerbLexicon* verbs = new VerbLexicon(VerbLexicon::LoadEmbedded());
    static const EventNounLexicon* nouns = new EventNounLexicon(EventNounLexicon::LoadEmbedded());
    static const EventCues* cues = new EventCues(EventCues::LoadEmbedded());
    static const EventLexicons* lexicons = new EventLexicons{*verbs, *nouns, *cues};
    return *lexicons;
  }
};

TEST_P(SentenceEventsTest, GivesExactlyTheseEvents) {
  const Row& row = GetParam();
  Sentence sentence = ReadParse(row.parse);
  std::vector<Mention> mentions = ReadMentions(row.mentions, sentence);
  ParsedSentence parsed(sentence, 0, mentions, Lemmas(), &Lexicons().cues);
  std::set<Event> events;
  for (const SentenceEvent& event : ReadSentenceEvents(parsed, Lexicons())) {
    for (std::size_t s : event.sources) {
      for (std::size_t t : event.targets) {
        if (s == t) continue;
        std::string factuality(FactualityName(event.factuality));
        events.emplace(mentions[s].text, mentions[t].text, event.code.cameo, factuality);
        if (event.mutual)
          events.emplace(mentions[t].text, mentions[s].text, event.code.cameo, factuality);
      }
    }
  }
  EXPECT_EQ(events, row.events) << row.parse;
}

const Row kRows[] = {
    {"Active",
     "Russia/NNP/2/nsubj invaded/VBD/0/root Ukraine/NNP/2/obj ././2/punct",
     "1-1:GPE 3-3:GPE",
     {{"Russia", "Ukraine", "192", "asserted"}}},
    {"PassiveWithAgent",
     "Ukraine/NNP/3/nsubj:pass was/VBD/3/aux:pass invaded/VBN/0/root by/IN/5/case "
     "Russia/NNP/3/obl:agent ././3/punct",
     "1-1:GPE 5-5:GPE",
     {{"Russia", "Ukraine", "192", "asserted"}}},
    {"Negation",
     "Kenya/NNP/4/nsubj did/VBD/4/aux not/RB/4/advmod accuse/VB/0/root Uganda/NNP/4/obj "
     "././4/punct",
     "1-1:GPE 5-5:GPE",
     {{"Kenya", "Uganda", "112", "negated"}}},
    {"ModalIsHypothetical",
     "Kenya/NNP/3/nsubj could/MD/3/aux attack/VB/0/root Uganda/NNP/3/obj ././3/punct",
     "1-1:GPE 4-4:GPE",
     {{"Kenya", "Uganda", "190", "hypothetical"}}},
    {"ConditionIsHypothetical",
     "If/IN/3/mark Kenya/NNP/3/nsubj attacks/VBZ/8/advcl Uganda/NNP/3/obj ,/,/8/punct "
     "Rwanda/NNP/8/nsubj will/MD/8/aux respond/VB/0/root ././8/punct",
     "2-2:GPE 4-4:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "190", "hypothetical"}}},
    {"FutureIsIntent",
     "Kenya/NNP/3/nsubj will/MD/3/aux meet/VB/0/root Uganda/NNP/3/obj ././3/punct",
     "1-1:GPE 4-4:GPE",
     {{"Kenya", "Uganda", "036", "intended"}}},
    {"WouldAloneIsHypothetical",
     "Kenya/NNP/3/nsubj would/MD/3/aux attack/VB/0/root Uganda/NNP/3/obj ././3/punct",
     "1-1:GPE 4-4:GPE",
     {{"Kenya", "Uganda", "190", "hypothetical"}}},
    {"WouldWithAConditionIsAThreat",
     "Kenya/NNP/3/nsubj would/MD/3/aux attack/VB/0/root Uganda/NNP/3/obj if/IN/7/mark "
     "talks/NNS/7/nsubj fail/VBP/3/advcl ././3/punct",
     "1-1:GPE 4-4:GPE",
     {{"Kenya", "Uganda", "138", "intended"}}},
    {"WouldHaveWithAConditionIsCounterfactual",
     "Kenya/NNP/4/nsubj would/MD/4/aux have/VB/4/aux attacked/VBN/0/root Uganda/NNP/4/obj "
     "if/IN/8/mark talks/NNS/8/nsubj failed/VBD/4/advcl ././4/punct",
     "1-1:GPE 5-5:GPE",
     {{"Kenya", "Uganda", "190", "hypothetical"}}},
    {"WouldAfterAPastReportIsItsFuture",
     "Kenya/NNP/2/nsubj said/VBD/0/root Rwanda/NNP/5/nsubj would/MD/5/aux attack/VB/2/ccomp "
     "Uganda/NNP/5/obj ././2/punct",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Rwanda", "Uganda", "138", "intended"}}},
    {"WouldAfterAPresentReportIsHypothetical",
     "Kenya/NNP/2/nsubj says/VBZ/0/root Rwanda/NNP/5/nsubj would/MD/5/aux attack/VB/2/ccomp "
     "Uganda/NNP/5/obj ././2/punct",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Rwanda", "Uganda", "190", "hypothetical"}}},
    {"ReportedSpeech",
     "Kenya/NNP/2/nsubj said/VBD/0/root Uganda/NNP/4/nsubj attacked/VBD/2/ccomp Rwanda/NNP/4/obj "
     "././2/punct",
     "1-1:GPE 3-3:GPE 5-5:GPE",
     {{"Uganda", "Rwanda", "190", "reported"}, {"Kenya", "Uganda", "112", "asserted"}}},
    {"NameCompoundedWithGroupNoun",
     "ISIL/NNP/2/compound fighters/NNS/3/nsubj attacked/VBD/0/root Iraqi/JJ/5/amod "
     "troops/NNS/3/obj ././3/punct",
     "1-1:ORG 2-2:ORG:nominal 4-5:GPE:nominal",
     {{"ISIL", "Iraqi troops", "190", "asserted"}}},
    {"ThreatTargetsWhomItsConditionNames",
     "Kenya/NNP/2/nsubj threatened/VBD/0/root to/TO/4/mark halt/VB/2/xcomp talks/NNS/4/obj "
     "unless/IN/8/mark Uganda/NNP/8/nsubj withdrew/VBD/4/advcl ././2/punct",
     "1-1:GPE 7-7:GPE",
     {{"Kenya", "Uganda", "130", "asserted"}}},
    {"SubjectHungOnTheAuxiliary",
     "Kenya/NNP/2/nsubj has/VBZ/4/aux again/RB/4/advmod rejected/VBN/0/root Uganda/NNP/4/obj "
     "././4/punct",
     "1-1:GPE 5-5:GPE",
     {{"Kenya", "Uganda", "120", "asserted"}}},
    {"Refusal",
     "Kenya/NNP/2/nsubj refused/VBD/0/root to/TO/4/mark meet/VB/2/xcomp Uganda/NNP/4/obj "
     "././2/punct",
     "1-1:GPE 5-5:GPE",
     {{"Kenya", "Uganda", "125", "asserted"}}},
    {"NegativeVerb",
     "Senegal/NNP/2/nsubj avoided/VBD/0/root censuring/VBG/2/xcomp Russia/NNP/3/obj ././2/punct",
     "1-1:GPE 4-4:GPE",
     {{"Senegal", "Russia", "111", "negated"}}},
    {"ObjectControlStatesOnlyTheAppeal",
     "Kenya/NNP/2/nsubj urged/VBD/0/root Uganda/NNP/2/obj to/TO/5/mark attack/VB/2/xcomp "
     "Rwanda/NNP/5/obj ././2/punct",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "020", "asserted"}}},
    {"LiteralNounAndPreposition",
     "The/DT/2/det EU/NNP/3/nsubj imposed/VBD/0/root sanctions/NNS/3/obj on/IN/6/case "
     "Russia/NNP/3/obl ././3/punct",
     "2-2:ORG 6-6:GPE",
     {{"EU", "Russia", "163", "asserted"}}},
    {"ParticipleWithAgent",
     "sanctions/NNS/0/root imposed/VBN/1/acl by/IN/4/case EU/NNP/2/obl:agent on/IN/6/case "
     "Russia/NNP/2/obl",
     "4-4:ORG 6-6:GPE",
     {{"EU", "Russia", "163", "asserted"}}},
    {"RelativeClauseObject",
     "Crimea/NNP/0/root ,/,/5/punct which/WDT/5/obj Russia/NNP/5/nsubj annexed/VBD/1/acl:relcl",
     "1-1:GPE 4-4:GPE",
     {{"Russia", "Crimea", "192", "asserted"}}},
    {"CoordinatedSubjects",
     "Germany/NNP/5/nsubj and/CC/3/cc France/NNP/1/conj have/VBP/5/aux urged/VBN/0/root "
     "Tunisia/NNP/5/obj ././5/punct",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Germany", "Tunisia", "020", "asserted"}, {"France", "Tunisia", "020", "asserted"}}},
    {"CoordinatedVerbsShareTheSubject",
     "Kenya/NNP/2/nsubj condemned/VBD/0/root Uganda/NNP/2/obj and/CC/5/cc praised/VBD/2/conj "
     "Rwanda/NNP/5/obj",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "111", "asserted"}, {"Kenya", "Rwanda", "051", "asserted"}}},
    {"AppositiveSubject",
     "The/DT/3/det Belarusian/JJ/3/amod leader/NN/8/nsubj ,/,/5/punct Alexander/NNP/3/appos "
     "Lukashenko/NNP/5/flat ,/,/5/punct blamed/VBD/0/root Ukraine/NNP/8/obj",
     "2-2:NORP 5-6:PERSON 9-9:GPE",
     {{"Alexander Lukashenko", "Ukraine", "112", "asserted"}}},
    {"NominalWithPossessor",
     "Russia/NNP/3/nmod:poss 's/POS/1/case invasion/NN/6/nsubj of/IN/5/case Ukraine/NNP/3/nmod "
     "shocked/VBD/0/root",
     "1-1:GPE 5-5:GPE",
     {{"Russia", "Ukraine", "192", "asserted"}}},
    {"NominalWithNationality",
     "the/DT/3/det Russian/JJ/3/amod invasion/NN/0/root of/IN/5/case Ukraine/NNP/3/nmod",
     "2-2:NORP 5-5:GPE",
     {{"Russian", "Ukraine", "192", "asserted"}}},
    {"LightVerb",
     "Israel/NNP/2/nsubj carried/VBD/0/root out/RP/2/compound:prt strikes/NNS/2/obj on/IN/6/case "
     "Gaza/NNP/4/nmod",
     "1-1:GPE 6-6:GPE",
     {{"Israel", "Gaza", "190", "asserted"}}},
    {"ClaimedResponsibilityForTheNounsEvent",
     "Hamas/NNP/2/nsubj claimed/VBD/0/root responsibility/NN/2/obj for/IN/6/case the/DT/6/det "
     "attack/NN/3/nmod on/IN/8/case Israel/NNP/6/nmod ././2/punct",
     "1-1:ORG 8-8:GPE",
     {{"Hamas", "Israel", "190", "asserted"}}},
    {"ResponsibilityForOnTheVerb",
     "Hamas/NNP/2/nsubj took/VBD/0/root responsibility/NN/2/obj for/IN/6/case the/DT/6/det "
     "attack/NN/2/obl on/IN/8/case Israel/NNP/6/nmod ././2/punct",
     "1-1:ORG 8-8:GPE",
     {{"Hamas", "Israel", "190", "asserted"}}},
    {"DeniedResponsibilityTakesNothing",
     "Hamas/NNP/2/nsubj denied/VBD/0/root responsibility/NN/2/obj for/IN/6/case the/DT/6/det "
     "attack/NN/2/obl on/IN/8/case Israel/NNP/6/nmod ././2/punct",
     "1-1:ORG 8-8:GPE",
     {}},
    {"Question",
     "Will/MD/3/aux Moscow/NNP/3/nsubj retaliate/VB/0/root against/IN/5/case Helsinki/NNP/3/obl "
     "?/./3/punct",
     "2-2:GPE 5-5:GPE",
     {{"Moscow", "Helsinki", "190", "hypothetical"}}},
    {"PerfectIsNoPassive",
     "Howard/NNP/3/nsubj:pass has/VBZ/3/aux written/VBN/0/root to/TO/5/case Blair/NNP/3/obl "
     "././3/punct",
     "1-1:PERSON 5-5:PERSON",
     {{"Howard", "Blair", "040", "asserted"}}},
    {"PersonInsideTitlePhrase",
     "US/NNP/4/nsubj President/NNP/3/nmod:desc Trump/NNP/1/flat criticized/VBD/0/root "
     "Iran/NNP/4/obj",
     "1-1:GPE 3-3:PERSON 5-5:GPE",
     {{"Trump", "Iran", "111", "asserted"}}},
    {"ReportedObligationIsADemand",
     "Kenya/NNP/2/nsubj said/VBD/0/root Uganda/NNP/5/nsubj must/MD/5/aux leave/VB/2/ccomp "
     "Rwanda/NNP/5/obj",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "100", "asserted"}}},
    {"PossessivePronounOfAnEventNoun",
     "Kenyan/JJ/2/amod forces/NNS/3/nsubj seized/VBD/0/root the/DT/5/det airport/NN/3/obj "
     "in/IN/8/case "
     "their/PRP$/8/nmod:poss battle/NN/3/obl with/IN/10/case Uganda/NNP/8/nmod",
     "1-2:GPE 10-10:GPE",
     {{"Kenyan forces", "Uganda", "190", "asserted"},
      {"Uganda", "Kenyan forces", "190", "asserted"}}},
    {"EventNounByAgainst",
     "Rwanda/NNP/2/nsubj condemned/VBD/0/root air/NN/4/compound strikes/NNS/2/obj by/IN/6/case "
     "Kenya/NNP/4/nmod against/IN/8/case Uganda/NNP/4/nmod",
     "1-1:GPE 6-6:GPE 8-8:GPE",
     {{"Rwanda", "Kenya", "111", "asserted"}, {"Kenya", "Uganda", "195", "asserted"}}},
    {"TalksOfferedAreIntended",
     "Tanzania/NNP/2/nsubj offered/VBD/0/root to/TO/4/mark host/VB/2/xcomp talks/NNS/4/obj "
     "between/IN/7/case Kenya/NNP/5/nmod and/CC/9/cc Uganda/NNP/7/conj",
     "1-1:GPE 7-7:GPE 9-9:GPE",
     {{"Tanzania", "Kenya", "036", "intended"},
      {"Tanzania", "Uganda", "036", "intended"},
      {"Kenya", "Uganda", "036", "intended"},
      {"Uganda", "Kenya", "036", "intended"}}},
    {"ApposedPersonTheParserLeftOut",
     "Kenya/NNP/2/nsubj praised/VBD/0/root Uganda/NNP/5/nmod:poss 's/POS/3/case envoy/NN/2/obj "
     ",/,/7/punct John/NNP/2/conj Kamau/NNP/7/flat",
     "1-1:GPE 3-3:GPE 7-8:PERSON",
     {{"Kenya", "John Kamau", "051", "asserted"}}},
    {"TargetOfAnEventNoun",
     "Uganda/NNP/4/nsubj was/VBD/4/cop the/DT/4/det target/NN/0/root of/IN/8/case a/DT/8/det "
     "Kenyan/JJ/8/amod attack/NN/4/nmod",
     "1-1:GPE 7-7:NORP",
     {{"Kenyan", "Uganda", "190", "asserted"}}},
    {"NotTheTargetOfAnEventNoun",
     "Kenya/NNP/2/nsubj said/VBD/0/root Uganda/NNP/7/nsubj is/VBZ/7/cop not/RB/7/advmod "
     "the/DT/7/det target/NN/2/ccomp of/IN/11/case a/DT/11/det Rwandan/JJ/11/amod "
     "probe/NN/7/nmod",
     "1-1:GPE 3-3:GPE 10-10:NORP",
     {{"Rwandan", "Uganda", "090", "negated"}}},
    {"AtTheRequestOf",
     "Kenya/NNP/2/nsubj postponed/VBD/0/root the/DT/4/det vote/NN/2/obj at/IN/7/case "
     "the/DT/7/det request/NN/2/obl of/IN/9/case Uganda/NNP/7/nmod",
     "1-1:GPE 9-9:GPE",
     {{"Uganda", "Kenya", "020", "asserted"}}},
    {"AtTheBehestOfTaggedAsAdjective",
     "Kenya/NNP/2/nsubj postponed/VBD/0/root the/DT/4/det vote/NN/2/obj at/IN/7/case "
     "the/DT/7/det behest/JJS/2/obl of/IN/9/case Uganda/NNP/7/obl",
     "1-1:GPE 9-9:GPE",
     {{"Uganda", "Kenya", "020", "asserted"}}},
    {"AtThePossessorsRequestHungOnTheObject",
     "Kenya/NNP/2/nsubj postponed/VBD/0/root the/DT/4/det vote/NN/2/obj at/IN/8/case "
     "Uganda/NNP/8/nmod:poss 's/POS/6/case request/NN/4/nmod",
     "1-1:GPE 6-6:GPE",
     {{"Uganda", "Kenya", "020", "asserted"}}},
    {"AtAGatheringIsNoMotive",
     "Kenya/NNP/2/nsubj performed/VBD/0/root at/IN/7/case Uganda/NNP/7/nmod:poss 's/POS/4/case "
     "charity/NN/7/compound appeal/NN/2/obl",
     "1-1:GPE 4-4:GPE",
     {}},
    {"RequestAnsweredByTheSubject",
     "Kenya/NNP/2/nsubj complied/VBD/0/root with/IN/5/case the/DT/5/det request/NN/2/obl "
     "of/IN/7/case Uganda/NNP/5/nmod",
     "1-1:GPE 7-7:GPE",
     {{"Uganda", "Kenya", "020", "asserted"}, {"Kenya", "Uganda", "080", "asserted"}}},
    {"DemandRefusedIsStillMade",
     "Kenya/NNP/4/nsubj did/VBD/4/aux not/RB/4/advmod accede/VB/0/root to/IN/7/case "
     "Ugandan/JJ/7/amod demands/NNS/4/obl",
     "1-1:GPE 6-6:NORP",
     {{"Ugandan", "Kenya", "100", "asserted"}}},
    {"ItsRefersToTheCoordinatedPossessor",
     "Kenya/NNP/2/nsubj condemned/VBD/0/root Uganda/NNP/5/nmod:poss 's/POS/3/case "
     "repression/NN/2/obj of/IN/8/case the/DT/8/det press/NN/5/nmod and/CC/11/cc "
     "its/PRP$/11/nmod:poss support/NN/8/conj for/IN/13/case Rwanda/NNP/11/nmod",
     "1-1:GPE 3-3:GPE 13-13:GPE",
     {{"Kenya", "Uganda", "111", "asserted"}, {"Uganda", "Rwanda", "051", "asserted"}}},
    {"PoliceViolenceAgainst",
     "Kenyan/JJ/3/amod police/NN/3/compound violence/NN/0/root against/IN/5/case "
     "Uganda/NNP/3/nmod",
     "1-2:GPE 5-5:GPE",
     {{"Kenyan police", "Uganda", "180", "asserted"}}},
    {"AgentNounWithCopula",
     "Kenya/NNP/4/nsubj is/VBZ/4/cop a/DT/4/det critic/NN/0/root of/IN/6/case Uganda/NNP/4/nmod",
     "1-1:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "111", "asserted"}}},
    {"AgentNounNegatedCopula",
     "Kenya/NNP/5/nsubj is/VBZ/5/cop not/RB/5/advmod a/DT/5/det critic/NN/0/root of/IN/7/case "
     "Uganda/NNP/5/nmod",
     "1-1:GPE 7-7:GPE",
     {{"Kenya", "Uganda", "111", "negated"}}},
    {"AgentNounInApposition",
     "Kamau/NNP/0/root ,/,/4/punct a/DT/4/det critic/NN/1/appos of/IN/6/case Uganda/NNP/4/nmod",
     "1-1:PERSON 6-6:GPE",
     {{"Kamau", "Uganda", "111", "asserted"}}},
    {"AgentNounCompoundedWithAName",
     "Uganda/NNP/2/compound critic/NN/3/compound John/NNP/5/nsubj Kamau/NNP/3/flat "
     "left/VBD/0/root",
     "1-1:GPE 3-4:PERSON",
     {{"John Kamau", "Uganda", "111", "asserted"}}},
    {"CriticsDoNotStandForTheirPossessor",
     "Kenya/NNP/2/nsubj arrested/VBD/0/root Uganda/NNP/5/nmod:poss 's/POS/3/case "
     "critics/NNS/2/obj",
     "1-1:GPE 3-3:GPE",
     {}},
    // "Maria Lopez, the foreign minister of Chile, condemned Peru" with the name hung apart.
    {"NameBeforeTitleSubject",
     "Maria/NNP/9/vocative Lopez/NNP/1/flat ,/,/1/punct the/DT/6/det foreign/JJ/6/amod "
     "minister/NN/9/nsubj of/IN/8/case Chile/NNP/6/nmod condemned/VBD/0/root Peru/NNP/9/obj",
     "1-2:PERSON 8-8:GPE 10-10:GPE",
     {{"Maria Lopez", "Peru", "111", "asserted"}}},
    {"TitleSubjectAfterAPrepositionalName",
     "After/IN/2/case talks/NNS/10/obl with/IN/4/case Ana/NNP/2/nmod Ruiz/NNP/4/flat ,/,/2/punct "
     "the/DT/8/det minister/NN/10/nsubj had/VBD/10/aux condemned/VBN/0/root Peru/NNP/10/obj",
     "4-5:PERSON 11-11:GPE",
     {}},
    // "On Tuesday, Senator Anna Berg endorsed Tom Ruiz" with the name as the date's apposition.
    {"NameOpeningAClauseWithoutSubject",
     "On/IN/2/case Tuesday/NNP/7/obl ,/,/4/punct Senator/NNP/4/compound Anna/NNP/2/appos "
     "Berg/NNP/5/flat endorsed/VBD/0/root Tom/NNP/7/obj Ruiz/NNP/8/flat",
     "5-6:PERSON 8-9:PERSON",
     {{"Anna Berg", "Tom Ruiz", "051", "asserted"}}},
    {"NameOpeningAClausePastAnAppositive",
     "In/IN/2/case statement/NN/11/obl Kofi/NNP/2/appos Mensah/NNP/3/flat ,/,/7/punct a/DT/7/det "
     "spokesman/NN/2/appos for/IN/9/case Rasa/NNP/7/nmod ,/,/7/punct blamed/VBD/0/root "
     "Togo/NNP/11/obj",
     "3-4:PERSON 9-9:ORG 12-12:GPE",
     {{"Kofi Mensah", "Togo", "112", "asserted"}}},
    // "Euronext, which combines the Paris, Amsterdam and Lisbon exchanges, began talks with B".
    {"SubjectlessVerbOutsideTheMainClauseTakesNoName",
     "Euronext/NNP/0/root ,/,/4/punct which/WDT/4/nsubj combines/VBZ/1/acl:relcl "
     "Paris/NNP/4/obj ,/,/7/punct Lisbon/NNP/5/conj ,/,/4/punct began/VBD/1/parataxis "
     "talks/NNS/9/obj with/IN/12/case LSE/NNP/10/nmod",
     "1-1:ORG 5-5:GPE 7-7:GPE 12-12:ORG",
     {}},
    {"NameOpeningAMainClausePastARelativeClauseHoldingAList",
     "In/IN/2/case meantime/NN/11/obl ,/,/4/punct Euronext/NNP/2/appos ,/,/7/punct "
     "which/WDT/7/nsubj combines/VBZ/4/acl:relcl Paris/NNP/7/obj ,/,/10/punct Lisbon/NNP/8/conj "
     ",/,/7/punct began/VBD/0/root talks/NNS/12/obj with/IN/15/case LSE/NNP/13/nmod",
     "4-4:ORG 8-8:GPE 10-10:GPE 15-15:ORG",
     {{"Euronext", "LSE", "046", "asserted"}}},
    {"NameInAPrepositionalPhraseIsNoSubject",
     "In/IN/2/case Ghana/NNP/4/obl also/RB/4/advmod condemned/VBD/0/root Togo/NNP/4/obj",
     "2-2:GPE 5-5:GPE",
     {}},
    {"CoordinatedAppositiveObjects",
     "Peru/NNP/2/nsubj convicted/VBD/0/root two/CD/4/nummod officials/NNS/2/obj ,/,/6/punct "
     "Mayor/NNP/4/appos Ana/NNP/6/flat Ruiz/NNP/6/flat and/CC/10/cc Governor/NNP/6/conj "
     "Luis/NNP/10/flat Vega/NNP/10/flat",
     "1-1:GPE 7-8:PERSON 11-12:PERSON",
     {{"Peru", "Ana Ruiz", "116", "asserted"}, {"Peru", "Luis Vega", "116", "asserted"}}},
    // "The star of the film Day and Simpson praised Palmer": an apposition deeper in the phrase
    // lends no coordinated names.
    {"CoordinatedAppositionInsideAModifierIsNoActor",
     "The/DT/2/det star/NN/9/nsubj of/IN/5/case the/DT/5/det film/NN/2/nmod Day/NNP/5/appos "
     "and/CC/8/cc Simpson/NNP/6/conj praised/VBD/0/root Palmer/NNP/9/obj",
     "8-8:PERSON 10-10:PERSON",
     {}},
    // "President" resolved by coreference to someone else; the apposed name is the agent.
    {"NamedAppositiveOutranksAResolvedTitle",
     "Chile/NNP/2/nsubj condemned/VBD/0/root the/DT/4/det attack/NN/2/obj by/IN/7/case "
     "the/DT/7/det President/NNP/4/nmod Luis/NNP/7/appos Vega/NNP/8/flat on/IN/11/case "
     "Peru/NNP/4/nmod",
     "1-1:GPE 7-7:PERSON 8-9:PERSON 11-11:GPE",
     {{"Chile", "Luis Vega", "111", "asserted"}, {"Luis Vega", "Peru", "190", "asserted"}}},
    {"UtteranceIssuedSpeaksForItsAuthor",
     "Kenya/NNP/2/nsubj issued/VBD/0/root a/DT/4/det statement/NN/2/obj condemning/VBG/4/acl "
     "Uganda/NNP/5/obj",
     "1-1:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "111", "asserted"}}},
    {"UtteranceInWhichOneSpeaks",
     "In/IN/3/case a/DT/3/det letter/NN/8/obl praising/VBG/3/acl Ghana/NNP/4/obj ,/,/3/punct "
     "Kenya/NNP/8/nsubj urged/VBD/0/root Uganda/NNP/8/obj",
     "5-5:GPE 7-7:GPE 9-9:GPE",
     {{"Kenya", "Ghana", "051", "asserted"}, {"Kenya", "Uganda", "020", "asserted"}}},
    {"ParticipleOfAnAttackIsNoSpeech",
     "Kenya/NNP/2/nsubj condemned/VBD/0/root the/DT/4/det attack/NN/2/obj killing/VBG/4/acl "
     "Ugandans/NNPS/5/obj",
     "1-1:GPE 6-6:GPE",
     {}},
    {"CallForActorTo",
     "Germany/NNP/2/nsubj called/VBD/0/root for/IN/4/case Iran/NNP/2/obl to/TO/6/mark "
     "halt/VB/2/advcl enrichment/NN/6/obj",
     "1-1:GPE 4-4:GPE",
     {{"Germany", "Iran", "020", "asserted"}}},
    // The parser's `advcl` for the infinitive of a control verb reads as UD's `xcomp`.
    {"ControlledInfinitiveParsedAsAdverbialClause",
     "Kenya/NNP/2/nsubj threatened/VBD/0/root to/TO/4/mark break/VB/2/advcl off/RP/4/compound:prt "
     "relations/NNS/4/obj with/IN/8/case Uganda/NNP/6/nmod",
     "1-1:GPE 8-8:GPE",
     {{"Kenya", "Uganda", "131", "asserted"}}},
    {"PredictedInfinitiveParsedAsAdverbialClause",
     "Kenya/NNP/3/nsubj is/VBZ/3/cop likely/JJ/0/root to/TO/5/mark attack/VB/3/advcl "
     "Uganda/NNP/5/obj",
     "1-1:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "190", "hypothetical"}}},
    {"PurposeClauseOfAnotherVerbStaysAdverbial",
     "Kenya/NNP/2/nsubj sent/VBD/0/root envoys/NNS/2/obj to/TO/5/mark meet/VB/2/advcl "
     "Uganda/NNP/5/obj",
     "1-1:GPE 6-6:GPE",
     {}},
    {"ObjectBeforeInfinitiveMakesAPurposeClause",
     "Kenya/NNP/2/nsubj threatened/VBD/0/root Uganda/NNP/2/obj to/TO/5/mark protect/VB/2/advcl "
     "Rwanda/NNP/5/obj",
     "1-1:GPE 3-3:GPE 6-6:GPE",
     {{"Kenya", "Uganda", "130", "asserted"}}},
    {"InfinitiveAfterACommaIsNoComplement",
     "Kenya/NNP/3/nsubj:pass is/VBZ/3/aux:pass set/VBN/0/root in/IN/5/case Nairobi/NNP/3/obl "
     ",/,/8/punct to/TO/8/mark attack/VB/3/advcl Uganda/NNP/8/obj",
     "1-1:GPE 5-5:GPE 9-9:GPE",
     {}},
    {"UrgedOfferIsNotStated",
     "Congress/NNP/2/nsubj urged/VBD/0/root Reagan/NNP/2/obj to/TO/5/mark make/VB/2/xcomp "
     "an/DT/7/det offer/NN/5/obj to/IN/9/case Moscow/NNP/7/nmod",
     "1-1:ORG 3-3:PERSON 9-9:GPE",
     {{"Congress", "Reagan", "020", "asserted"}}},
    {"PresupposedEventNounUnderAnAppeal",
     "Kenya/NNP/2/nsubj urged/VBD/0/root Uganda/NNP/2/obj to/TO/5/mark condemn/VB/2/xcomp "
     "Russia/NNP/8/nmod:poss 's/POS/6/case invasion/NN/5/obj of/IN/10/case Ukraine/NNP/8/nmod",
     "1-1:GPE 3-3:GPE 6-6:GPE 10-10:GPE",
     {{"Kenya", "Uganda", "020", "asserted"}, {"Russia", "Ukraine", "192", "asserted"}}},
    {"CalledForToIsNotStated",
     "Congress/NNP/2/nsubj called/VBD/0/root for/IN/4/case Reagan/NNP/2/obl to/TO/6/mark "
     "pressure/VB/2/xcomp Japan/NNP/6/obj",
     "1-1:ORG 4-4:PERSON 7-7:GPE",
     {{"Congress", "Reagan", "020", "asserted"}}},
    {"CalledOnToIsNotStated",
     "USAir/NNP/2/nsubj called/VBD/0/root on/IN/4/case Congress/NNP/2/obl to/TO/6/mark "
     "reject/VB/2/xcomp TWA/NNP/6/obj",
     "1-1:ORG 4-4:ORG 7-7:ORG",
     {{"USAir", "Congress", "020", "asserted"}}},
    {"PartnersNeedTheFrameWords",
     "Turkey/NNP/4/nsubj and/CC/3/cc Greece/NNP/1/conj have/VBP/0/root ././4/punct",
     "1-1:GPE 3-3:GPE",
     {}},
    {"PartnersSpeakByTelephone",
     "Turkey/NNP/4/nsubj and/CC/3/cc Greece/NNP/1/conj spoke/VBD/0/root by/IN/6/case "
     "telephone/NN/4/obl ././4/punct",
     "1-1:GPE 3-3:GPE",
     {{"Turkey", "Greece", "041", "asserted"}, {"Greece", "Turkey", "041", "asserted"}}},
    {"PartnersSpeakOnThePhone",
     "Trump/NNP/4/nsubj and/CC/3/cc Erdogan/NNP/1/conj spoke/VBD/0/root on/IN/7/case "
     "the/DT/7/det phone/NN/4/obl ././4/punct",
     "1-1:PERSON 3-3:PERSON",
     {{"Trump", "Erdogan", "041", "asserted"}, {"Erdogan", "Trump", "041", "asserted"}}},
    {"PartnersSpeak",
     "Trump/NNP/4/nsubj and/CC/3/cc Erdogan/NNP/1/conj spoke/VBD/0/root ././4/punct",
     "1-1:PERSON 3-3:PERSON",
     {{"Trump", "Erdogan", "040", "asserted"}, {"Erdogan", "Trump", "040", "asserted"}}},
    {"DeliveredSpeechIsNoAid",
     "Blair/NNP/2/nsubj delivered/VBD/0/root a/DT/4/det speech/NN/2/obj to/IN/6/case "
     "Labour/NNP/2/obl ././2/punct",
     "1-1:PERSON 6-6:ORG",
     {}},
    {"DeliveredGoodsAreAid",
     "Britain/NNP/2/nsubj delivered/VBD/0/root tents/NNS/2/obj to/IN/5/case Kenya/NNP/2/obl "
     "././2/punct",
     "1-1:GPE 5-5:GPE",
     {{"Britain", "Kenya", "070", "asserted"}}},
    {"ReceivedNoticeIsNoVisit",
     "GitHub/NNP/2/nsubj received/VBD/0/root a/DT/4/det notice/NN/2/obj from/IN/6/case "
     "RIAA/NNP/2/obl ././2/punct",
     "1-1:ORG 6-6:ORG",
     {}},
    {"GivenLeadIsNoAid",
     "Marplan/NNP/2/nsubj gave/VBD/0/root the/DT/4/det Conservatives/NNPS/2/iobj a/DT/6/det "
     "lead/NN/2/obj ././2/punct",
     "1-1:ORG 4-4:ORG",
     {}},
    {"LiftedTitleIsNoConcession",
     "Hewitt/NNP/3/nsubj has/VBZ/3/aux lifted/VBN/0/root the/DT/6/det Sydney/NNP/6/compound "
     "title/NN/3/obj ././3/punct",
     "1-1:PERSON 5-5:GPE",
     {}},
    {"ReceivedBallFromIsNoVisit",
     "Bartlett/NNP/2/nsubj received/VBD/0/root a/DT/5/det long/JJ/5/amod ball/NN/2/obj "
     "from/IN/7/case Karkouri/NNP/2/obl ././2/punct",
     "1-1:PERSON 7-7:PERSON",
     {}},
    {"HostedCeremonyAtIsNoVisit",
     "Kenny/NNP/2/nsubj hosted/VBD/0/root the/DT/4/det ceremony/NN/2/obj at/IN/7/case "
     "the/DT/7/det Theater/NNP/2/obl ././2/punct",
     "1-1:PERSON 7-7:ORG",
     {}},
    {"ReceivedEnvoyIsAVisit",
     "Obama/NNP/2/nsubj received/VBD/0/root the/DT/5/det Dalai/NNP/5/compound Lama/NNP/2/obj "
     "././2/punct",
     "1-1:PERSON 4-5:PERSON",
     {{"Obama", "Dalai Lama", "043", "asserted"}}},
    {"HitExportsIsNoForce",
     "Russia/NNP/2/nsubj hit/VBD/0/root Ukraine/NNP/5/nmod:poss 's/POS/3/case exports/NNS/2/obj "
     "././2/punct",
     "1-1:GPE 3-3:GPE",
     {}},
    {"HitCitiesIsForce",
     "Russia/NNP/2/nsubj hit/VBD/0/root Ukraine/NNP/5/nmod:poss 's/POS/3/case cities/NNS/2/obj "
     "././2/punct",
     "1-1:GPE 3-3:GPE",
     {{"Russia", "Ukraine", "190", "asserted"}}},
    {"CustodyBattleIsNoForce",
     "the/DT/3/det custody/NN/3/compound battle/NN/0/root between/IN/5/case Gloria/NNP/3/nmod "
     "and/CC/7/cc Gertrude/NNP/5/conj",
     "5-5:PERSON 7-7:PERSON",
     {}},
    {"BattleBetweenIsForce",
     "the/DT/2/det battle/NN/0/root between/IN/4/case Kurds/NNPS/2/nmod and/CC/6/cc "
     "ISIL/NNP/4/conj",
     "4-4:ORG 6-6:ORG",
     {{"Kurds", "ISIL", "190", "asserted"}, {"ISIL", "Kurds", "190", "asserted"}}},
    {"ParticipleCompoundStatesItsFrame",
     "the/DT/3/det Iranian-backed/JJ/3/amod Hezbollah/NNP/4/nsubj spoke/VBD/0/root ././4/punct",
     "2-2:NORP 3-3:ORG",
     {{"Iranian-backed", "Hezbollah", "051", "asserted"}}},
    {"ParticipleCompoundOnARegion",
     "troops/NNS/2/nsubj entered/VBD/0/root Turkish-occupied/JJ/4/amod Syria/NNP/2/obj "
     "././2/punct",
     "3-3:NORP 4-4:GPE",
     {{"Turkish-occupied", "Syria", "192", "asserted"}}},
    {"ParticipleCompoundOnANonActor",
     "Iranian-backed/JJ/2/amod weapons/NNS/3/nsubj arrived/VBD/0/root ././3/punct",
     "1-1:NORP",
     {}},
    {"ParticipleCompoundIsNotItsNounsOwner",
     "Iranian-backed/JJ/2/amod militias/NNS/3/nsubj attacked/VBD/0/root Kenya/NNP/3/obj "
     "././3/punct",
     "1-1:NORP 4-4:GPE",
     {}},
};

INSTANTIATE_TEST_SUITE_P(Constructions, SentenceEventsTest, testing::ValuesIn(kRows),
                         [](const testing::TestParamInfo<Row>& info) { return info.param.name; });

}  // namespace
}  // namespace newsgraph
