#include "extract/events/event_extractor.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extract/events/act_antecedent.h"
#include "extract/events/event_coding.h"
#include "extract/events/factuality.h"
#include "extract/events/parsed_sentence.h"
#include "extract/events/sentence_events.h"
#include "extract/text/names.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

bool IsParsed(const Sentence& sentence) {
  for (const Token& token : sentence.tokens) {
    if (!token.deprel.empty()) return true;
  }
  return false;
}

bool IsExchangeCategory(std::string_view plover) {
  return plover == "STATEMENT" || plover == "CONSULT" || plover == "REQUEST";
}

// Turns one sentence's events into triples: resolves nationalities to their states and checks
// the ends.
class TripleWriter {
 public:
  TripleWriter(const Document& document, const Sentence& sentence, std::size_t index,
               const ActorDictionary& actors, const EventCues& cues, const EventDateResolver& dates,
               std::vector<Mention>& mentions)
      : document_(document),
        sentence_(sentence),
        index_(index),
        actors_(actors),
        cues_(cues),
        dates_(dates),
        mentions_(mentions) {}

  void Write(SentenceEvent event, bool quoted, std::vector<Triple>& facts,
             std::vector<Triple>& hypotheticals) {
    if (event.code.plover == "STATEMENT") return;
    if (quoted) event.factuality = Stronger(event.factuality, Factuality::kReported);
    for (std::size_t source : event.sources) {
      for (std::size_t target : event.targets) {
        WritePair(event, Actor(source), Actor(target), facts, hypotheticals);
        if (event.mutual) WritePair(event, Actor(target), Actor(source), facts, hypotheticals);
      }
    }
  }

 private:
  // The mention an end stands for: itself, or the state a nationality names (for a participle
  // compound, its modifier's: "Iranian-backed" names Iran); kNoToken for a nationality of no
  // known state.
  std::size_t Actor(std::size_t m) {
    if (mentions_[m].type != EntityType::kNorp) return m;
    auto known = state_of_.find(m);
    if (known != state_of_.end()) return known->second;
    const std::string& word = mentions_[m].text;
    std::string state = StateOfAdjective(actors_, word);
    if (state.empty() && !CompoundParticiple(word).empty())
      state = StateOfAdjective(actors_, CompoundModifier(word));
    if (state.empty() && word.size() > 1 && word.back() == 's')  // "Liberians"
      state = StateOfAdjective(actors_, std::string_view(word).substr(0, word.size() - 1));
    std::size_t actor = kNoToken;
    if (!state.empty()) {
      Mention derived = mentions_[m];
      derived.type = EntityType::kGpe;
      derived.kind = MentionKind::kNominal;
      derived.canonical = std::move(state);
      mentions_.push_back(std::move(derived));
      actor = mentions_.size() - 1;
    }
    state_of_.emplace(m, actor);
    return actor;
  }

  bool Acceptable(std::size_t source, std::size_t target, const SentenceEvent& event) const {
    if (source == kNoToken || target == kNoToken) return false;
    const Mention& s = mentions_[source];
    const Mention& t = mentions_[target];
    if (event.by_speaker && (SpeaksFor(s, t) || IsFirstPersonPlural(t) ||
                             cues_.IsNewsMedium(NormalizeName(s.canonical))))
      return false;
    const RelationCode& code = event.code;
    if (!IsActorType(s.type) || !IsActorType(t.type)) return false;
    if (NormalizeName(s.canonical) == NormalizeName(t.canonical)) return false;
    if (IsExchangeCategory(code.plover) && (cues_.IsNewsMedium(NormalizeName(s.canonical)) ||
                                            cues_.IsNewsMedium(NormalizeName(t.canonical))))
      return false;
    return true;
  }

  // A speaker's "we must" binds the speaker's own side: no demand of another actor.
  static bool IsFirstPersonPlural(const Mention& actor) {
    return actor.kind == MentionKind::kPronoun && IsPluralFirstPerson(ToLower(actor.text));
  }

  // True when the speaker's title names the state of the actor it reports on ("Russian Deputy
  // Foreign Minister Gennady Gatilov" on Russia): a spokesman does not accuse his own side.
  bool SpeaksFor(const Mention& speaker, const Mention& actor) const {
    for (std::string_view word : Split(speaker.title, ' ')) {
      const ActorEntry* state = actors_.CountryOfDemonym(word);
      if (state != nullptr && NormalizeName(state->name) == NormalizeName(actor.canonical))
        return true;
    }
    return false;
  }

  void WritePair(const SentenceEvent& event, std::size_t source, std::size_t target,
                 std::vector<Triple>& facts, std::vector<Triple>& hypotheticals) {
    if (!Acceptable(source, target, event)) return;
    RelationCode code = event.code;
    ForceUse use{mentions_[source].type, mentions_[target].type, event.weapon_named,
                 event.verbal_sense,     event.contest,          event.owned_object};
    if (!DisciplineForce(code, use)) return;
    if (!seen_.emplace(source, target, code.cameo, event.factuality).second) return;
    Triple triple;
    triple.subject = source;
    triple.object = target;
    triple.relation = std::move(code);
    triple.factuality = event.factuality;
    triple.negated = event.factuality == Factuality::kNegated;
    triple.confidence = mentions_[source].kind == MentionKind::kPronoun ? 0.7 : 1.0;
    triple.provenance.document_id = document_.id;
    triple.provenance.date = document_.date;
    triple.provenance.sentence = index_;
    triple.provenance.sentence_span = sentence_.span;
    triple.provenance.sentence_text =
        document_.text.substr(sentence_.span.begin, sentence_.span.size());
    triple.event_date = dates_.Resolve(sentence_, event.predicate, document_.date,
                                       event.factuality == Factuality::kIntended);
    (event.factuality == Factuality::kHypothetical ? hypotheticals : facts)
        .push_back(std::move(triple));
  }

  const Document& document_;
  const Sentence& sentence_;
  std::size_t index_;
  const ActorDictionary& actors_;
  const EventCues& cues_;
  const EventDateResolver& dates_;
  std::vector<Mention>& mentions_;
  std::map<std::size_t, std::size_t> state_of_;
  std::set<std::tuple<std::size_t, std::size_t, std::string, Factuality>> seen_;
};

}  // namespace

EventExtractor::EventExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer,
                               const ActorDictionary& actors)
    : verbs_(verbs),
      lemmatizer_(lemmatizer),
      actors_(actors),
      nouns_(EventNounLexicon::LoadEmbedded()),
      cues_(EventCues::LoadEmbedded()),
      time_words_(TimeWords::LoadEmbedded()),
      dates_(time_words_) {}

bool EventExtractor::MayStateEvent(const Sentence& sentence) const {
  for (const Token& token : sentence.tokens) {
    if (token.pos.rfind("VB", 0) == 0) {
      for (const VerbPattern& pattern : verbs_.PatternsFor(lemmatizer_.VerbLemma(token.text))) {
        if (!pattern.speech) return true;
      }
    } else if (token.pos.rfind("NN", 0) == 0 || token.pos.rfind("JJ", 0) == 0) {
      if (nouns_.IsHead(lemmatizer_.NounLemma(token.text))) return true;
    } else if (token.pos == "MD" && cues_.MarkerOf(ToLower(token.text)) == EventCue::kObligation) {
      return true;  // "A said B must ...": A's demand
    }
  }
  return false;
}

bool EventExtractor::MayReactToAct(const Sentence& sentence) const {
  const std::vector<Token>& tokens = sentence.tokens;
  bool reaction = false;
  bool act = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.pos.rfind("VB", 0) == 0) {
      for (const VerbPattern& pattern : verbs_.PatternsFor(lemmatizer_.VerbLemma(token.text))) {
        int root = CameoRoot(pattern.code);
        reaction |= !pattern.speech && (root == 5 || root == 11 || root == 12);
      }
    } else if (i > 0 && token.pos == "NN" && tokens[i - 1].pos == "DT") {
      act |= cues_.IsAct(lemmatizer_.NounLemma(token.text));
    }
  }
  return reaction && act;
}

void EventExtractor::Extract(const Document& document, const std::vector<Sentence>& sentences,
                             std::vector<Mention>& mentions, std::vector<Triple>& facts,
                             std::vector<Triple>& hypotheticals,
                             const std::vector<Quotation>& attributed) const {
  const EventLexicons lexicons{verbs_, nouns_, cues_};
  const std::size_t found = mentions.size();  // derived mentions are appended after these
  std::optional<ActAntecedents> antecedents;  // made for the first reaction to a bare act noun
  std::size_t next = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    while (next < found && mentions[next].sentence < s) ++next;
    if (next >= found || mentions[next].sentence != s || !IsParsed(sentences[s])) continue;
    std::span<const Mention> found_mentions(mentions.data(), found);
    std::vector<SentenceEvent> events = ReadSentenceEvents(
        ParsedSentence(sentences[s], s, found_mentions, lemmatizer_, &cues_), lexicons);
    TripleWriter writer(document, sentences[s], s, actors_, cues_, dates_, mentions);
    for (SentenceEvent& event : events) {
      if (event.act_antecedent) {
        if (!antecedents)
          antecedents.emplace(sentences, mentions, found,
                              FindQuotations(document.text, sentences), lemmatizer_, lexicons);
        std::size_t agent = antecedents->AgentBefore(s, event.predicate, event.sources);
        if (agent == kNoToken) continue;
        event.targets = {agent};
      }
      const bool quoted =
          event.predicate != kNoToken &&
          std::any_of(attributed.begin(), attributed.end(),
                      [&](const Quotation& q) { return q.Contains(s, event.predicate); });
      writer.Write(event, quoted, facts, hypotheticals);
    }
  }
}

}  // namespace newsgraph
