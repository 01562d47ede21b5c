#include "extract/events/sentence_events.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "extract/events/arguments.h"
#include "extract/events/event_coding.h"
#include "extract/events/factuality.h"
#include "extract/events/frame_matcher.h"

namespace newsgraph {
namespace {

// Prepositions that introduce the target of an event noun, by polarity.
bool IsNounTargetPreposition(std::string_view word, bool conflict) {
  static constexpr std::string_view kConflict[] = {"against", "on",      "upon", "into", "at",
                                                   "with",    "between", "of",   "over"};
  static constexpr std::string_view kCooperation[] = {"for",  "to",      "toward", "towards",
                                                      "with", "between", "of"};
  if (conflict)
    return std::find(std::begin(kConflict), std::end(kConflict), word) != std::end(kConflict);
  return std::find(std::begin(kCooperation), std::end(kCooperation), word) !=
         std::end(kCooperation);
}

// Prepositions of a phrase that gives a clause's motive: "at the request of A", "per request of
// A", "upon the urging of A" ("on" is left out: "blamed the failure on A's demands").
bool IsMotivePreposition(std::string_view word) {
  return word == "at" || word == "per" || word == "upon";
}

// An appeal or a demand, whose "of" phrase names who makes it ("the request of A").
bool IsRequestNoun(const EventNoun& noun) { return noun.code.plover == "REQUEST"; }

class SentenceReader {
 public:
  SentenceReader(const ParsedSentence& s, const EventLexicons& lexicons)
      : s_(s), lex_(lexicons), args_(s, lexicons), facts_(s, lexicons) {}

  std::vector<SentenceEvent> Run() {
    for (std::size_t p = 0; p < s_.size(); ++p) {
      if (s_.IsVerb(p)) ReadPredicate(p);
    }
    std::size_t verbal = events_.size();
    for (std::size_t n = 0; n < s_.size(); ++n) {
      if (s_.IsNoun(n) || IsNominalHead(n)) ReadEventNoun(n);
    }
    for (std::size_t t = 0; t < s_.size(); ++t) ReadParticipleCompound(t);
    for (std::size_t e = 0; e < verbal; ++e) AddReportedAccusation(e);
    for (std::size_t p = 0; p < s_.size(); ++p) {
      if (s_.IsVerb(p)) AddReportedDemand(p);
    }
    for (std::size_t e = 0; e < events_.size(); ++e) events_[e].predicate = predicates_[e];
    return std::move(events_);
  }

 private:
  // ---- verbal events ----

  void ReadPredicate(std::size_t p) {
    const std::vector<VerbPattern>& patterns = lex_.verbs.PatternsFor(s_.lemma(p));
    if (patterns.empty()) return;
    const bool passive = s_.IsPassive(p);
    const std::size_t object = args_.ObjectRole(p, passive);
    for (const VerbPattern& pattern : patterns) {
      // "was encouraged by A to negotiate" is A's appeal, not a feeling.
      bool feeling_fits = passive && !HasInfinitive(p);
      if (pattern.speech || (pattern.feeling && !feeling_fits)) continue;
      std::optional<std::size_t> target =
          MatchPattern(pattern, s_, p, pattern.feeling ? kNoToken : object);
      if (target && *target == kNoToken && pattern.code.plover == "THREATEN")
        target = ThreatConditionSubject(p);
      if (!target || *target == kNoToken) continue;
      if (IsReciprocal(*target)) {  // "A and B criticised each other"
        if (!passive) AddBetweenSides(p, pattern.code);
        return;
      }
      if (HandsOverIntangible(pattern, object)) continue;
      if (CameoRoot(pattern.code) >= 18 && AimsAtArena(p)) continue;
      SentenceEvent event;
      event.targets = args_.Actors(*target);
      if (event.targets.empty() && !PartnerIsObject(pattern, *target, object))
        event.targets = args_.TailActors(*target, p);
      if (event.targets.empty()) {
        if (!IsBareActReaction(pattern, *target, object)) continue;
        event.act_antecedent = true;
      }
      event.owned_object = object != kNoToken && lex_.cues.IsUtterance(s_.lemma(object));
      event.sources = pattern.feeling ? args_.Actors(object)
                      : passive       ? args_.Agents(p)
                                      : args_.Actors(args_.GrammaticalSubject(p));
      event.code = pattern.code;
      if (facts_.HasNegativeDeterminer(*target) || facts_.HasNegativeDeterminer(object))
        event.factuality = Factuality::kNegated;
      Finish(p, event);
      return;
    }
    ReadMutualPredicate(p, patterns, passive);
  }

  // True when an evaluation or reaction (CAMEO 05, 11, 12: "criticized", "welcomed", "rejected")
  // aims at its object, a definite singular act noun whose phrase names no agent ("the move",
  // "this decision"): the one act named just before, whose agent is named there. Plurals ("the
  // plans") name standing policies as often as that act.
  bool IsBareActReaction(const VerbPattern& pattern, std::size_t target, std::size_t object) const {
    int root = CameoRoot(pattern.code);
    if (root != 5 && root != 11 && root != 12) return false;
    if (target != object || s_.token(object).pos != "NN" || !lex_.cues.IsAct(s_.lemma(object)))
      return false;
    for (std::size_t c : s_.children(object)) {
      std::string_view r = s_.relation(c);
      std::string_view mark = s_.CaseOf(c);
      if (r == "nmod:poss" || r == "compound" || r == "acl:relcl") return false;  // "its move"
      if (s_.base_relation(c) == "nmod" && (mark == "of" || mark == "by")) return false;
    }
    std::size_t det = s_.Child(object, "det");
    if (det == kNoToken) return false;
    std::string_view word = s_.lower(det);
    return word == "the" || word == "this" || word == "that" || word == "these" || word == "those";
  }

  // True when a consultation's partner is its object itself ("met Carr", "received the envoy"): an
  // object that is no actor names no partner, and the phrases hung on it ("received a long ball
  // from B", "hosted the ceremony at B") do not either. An event noun's parties do ("hosted talks
  // between A and B").
  bool PartnerIsObject(const VerbPattern& pattern, std::size_t target, std::size_t object) const {
    return pattern.code.plover == "CONSULT" && target == object &&
           lex_.nouns.Find(s_.lemma(object)) == nullptr;
  }

  // True when force word `p` aims at money, trade, law or words, not bodies or places: its object
  // ("hit sales at B") or a noun modifying it ("custody battle between A and B", "trade war").
  bool AimsAtArena(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      std::string_view r = s_.relation(c);
      if ((r == "obj" || r == "compound" || r == "amod") && lex_.cues.IsArena(s_.lemma(c)))
        return true;
    }
    return false;
  }

  // True for an aid, concession or hosting frame (CAMEO 07, 08, 043) whose object is words, an
  // honour, a vote or a service ("delivered a speech to B", "received an award from B", "gave B a
  // lead"): nothing material changes hands and nobody visits.
  bool HandsOverIntangible(const VerbPattern& pattern, std::size_t object) const {
    const RelationCode& code = pattern.code;
    bool transfer = code.plover == "AID" || code.plover == "CONCEDE" || code.cameo == "043";
    return transfer && object != kNoToken && lex_.cues.IsIntangible(s_.lemma(object));
  }

  // "A threatened to strike unless B withdrew": whose act the threat's condition names is its
  // target. The subject of an "unless" or "if" clause of `p` or of the infinitives it controls
  // ("threatened to stop talks to cut arms if B ..."); kNoToken when none.
  std::size_t ThreatConditionSubject(std::size_t p) const {
    for (std::size_t x = p, depth = 0; x != kNoToken && depth < 4; x = s_.Child(x, "xcomp")) {
      for (std::size_t c : s_.children(x)) {
        std::string_view mark = s_.CaseOf(c);
        if (s_.base_relation(c) == "advcl" && (mark == "unless" || mark == "if"))
          return s_.Child(c, "nsubj");
      }
      ++depth;
    }
    return kNoToken;
  }

  // "A and B met", "A and B signed a deal", "A and B clashed": a mutual pattern
  // (VerbPattern::mutual) whose coordinated subjects are each other's target when it names no
  // target. Only when the pattern's other words are there ("spoke by phone"; a bare "have" is not
  // "have phone call with O"), the verb has no object but the pattern's own noun ("A and B signed
  // the letter" is no deal), no clause ("A and B argued that ...") and no phrase in the target's
  // preposition that names no actor ("A and B held talks with mercury producers": those are the
  // partners).
  void ReadMutualPredicate(std::size_t p, const std::vector<VerbPattern>& patterns, bool passive) {
    if (passive || HasInfinitive(p) || s_.Child(p, "ccomp") != kNoToken) return;
    const std::size_t object = s_.Child(p, "obj");
    for (const VerbPattern& pattern : patterns) {
      if (!pattern.mutual || !MatchesLeadingWords(pattern, s_, p, object)) continue;
      if (HasPhraseIn(pattern.words[pattern.object_slot - 1], {p, object})) return;
      AddBetweenSides(p, pattern.code);
      return;
    }
  }

  // True when `parents` (kNoToken skipped) have an oblique or nominal modifier in `preposition`.
  bool HasPhraseIn(std::string_view preposition, std::initializer_list<std::size_t> parents) const {
    for (std::size_t parent : parents) {
      if (parent == kNoToken) continue;
      for (std::size_t c : s_.children(parent)) {
        std::string_view r = s_.base_relation(c);
        if ((r == "obl" || r == "nmod") && s_.CaseOf(c) == preposition) return true;
      }
    }
    return false;
  }

  // The actors of each conjunct of the noun phrase `t`, in order: "Kenya and the EU's envoy, John
  // Kamau" has the sides {Kenya} and {EU, John Kamau}. Empty sides are left out. Only a conjunct up
  // to the one a conjunction opens counts, and the actors of any after it are no side: the parser
  // takes appositions for conjuncts ("the head of the FAO, Edouard Saouma," is one side).
  std::vector<std::vector<std::size_t>> SidesOf(std::size_t t) const {
    std::vector<std::vector<std::size_t>> sides;
    if (t == kNoToken) return sides;
    std::vector<std::size_t> first = args_.Actors(t);
    bool closed = false;
    for (std::size_t c : s_.children(t)) {
      if (s_.relation(c) != "conj") continue;
      std::vector<std::size_t> side = args_.Actors(c);
      std::erase_if(first, [&side](std::size_t a) {
        return std::find(side.begin(), side.end(), a) != side.end();
      });
      if (!closed && !side.empty()) sides.push_back(std::move(side));
      closed = closed || s_.Child(c, "cc") != kNoToken;
    }
    if (!closed) return {};
    if (!first.empty()) sides.insert(sides.begin(), std::move(first));
    return sides;
  }

  // One mutual event of `code` between every two sides of the subject of `p`, none when it has
  // fewer than two sides.
  void AddBetweenSides(std::size_t p, const RelationCode& code) {
    std::vector<std::vector<std::size_t>> sides = SidesOf(args_.GrammaticalSubject(p));
    for (std::size_t i = 0; i < sides.size(); ++i) {
      for (std::size_t j = i + 1; j < sides.size(); ++j) {
        SentenceEvent event;
        event.sources = sides[i];
        event.targets = sides[j];
        event.mutual = true;
        event.code = code;
        Finish(p, event);
      }
    }
  }

  // "each other", "one another": the parser makes the first word the head and the second "fixed".
  bool IsReciprocal(std::size_t t) const {
    std::size_t second = s_.Child(t, "fixed");
    if (second == kNoToken) return false;
    return (s_.lower(t) == "each" && s_.lower(second) == "other") ||
           (s_.lower(t) == "one" && s_.lower(second) == "another");
  }

  // An infinitive complement or purpose clause ("encouraged by A to negotiate").
  bool HasInfinitive(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      std::string_view r = s_.relation(c);
      if (r == "xcomp" || (r == "advcl" && s_.CaseOf(c) == "to")) return true;
    }
    return false;
  }

  // Applies factuality, control and the force discipline's inputs, then keeps the event.
  void Finish(std::size_t p, SentenceEvent& event) {
    if (event.sources.empty() || (event.targets.empty() && !event.act_antecedent)) return;
    event.factuality = Stronger(event.factuality, facts_.ClauseFactuality(p));
    if (!ApplyControl(p, event)) return;
    if (event.factuality == Factuality::kIntended) event.code = IntentCode(event.code, false);
    event.verbal_sense = lex_.cues.IsFigurative(s_.lemma(p));
    event.contest = lex_.cues.IsContest(s_.lemma(p));
    event.weapon_named = NamesWeapon(p);
    events_.push_back(std::move(event));
    predicates_.push_back(p);
  }

  // How the verbs that control `p` change its event, nearest first; false when the event is not
  // stated at all ("urged B to attack C", "urged B to keep pressing C").
  bool ApplyControl(std::size_t p, SentenceEvent& event) const {
    for (std::size_t x = p; s_.relation(x) == "xcomp" && s_.head(x) != kNoToken; x = s_.head(x)) {
      if (!ApplyControlOf(s_.head(x), event)) return false;
    }
    return true;
  }

  bool ApplyControlOf(std::size_t h, SentenceEvent& event) const {
    switch (lex_.cues.ControlOf(s_.lemma(h))) {
      case EventCue::kObjectControl:
        return !HasAddressee(h) && !IsSpeechVerb(s_, lex_.verbs, h);
      case EventCue::kIntent:
        event.code = IntentCode(event.code, false);
        if (event.code.quad <= 2)
          event.factuality = Stronger(event.factuality, Factuality::kIntended);
        return true;
      case EventCue::kThreat:
        event.code = IntentCode(event.code, true);
        return true;
      case EventCue::kRefusal:
        event.code = RefusalCode(event.code);
        return true;
      case EventCue::kNegative:
        event.factuality = Factuality::kNegated;
        return true;
      default:
        return true;
    }
  }

  // True when the appeal `h` names whom it addresses: an object, or "on", "upon", "to" or "for"
  // ("called on B to", "appealed to B to", "called for B to").
  bool HasAddressee(std::size_t h) const {
    if (ObjectOf(s_, h) != kNoToken) return true;
    for (std::size_t c : s_.children(h)) {
      std::string_view p = s_.CaseOf(c);
      if (s_.base_relation(c) == "obl" && (p == "on" || p == "upon" || p == "to" || p == "for"))
        return true;
    }
    return false;
  }

  // False when a verb that controls `p` is an appeal to someone ("urged B to make an offer"):
  // what is urged is not stated.
  bool StatedUnderControl(std::size_t p) const {
    for (std::size_t x = p; s_.relation(x) == "xcomp" && s_.head(x) != kNoToken; x = s_.head(x)) {
      std::size_t h = s_.head(x);
      if (lex_.cues.ControlOf(s_.lemma(h)) == EventCue::kObjectControl && HasAddressee(h))
        return false;
    }
    return true;
  }

  bool NamesWeapon(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      if (lex_.cues.IsWeapon(s_.lemma(c))) return true;
      for (std::size_t g : s_.children(c)) {
        if (lex_.cues.IsWeapon(s_.lemma(g))) return true;
      }
    }
    return false;
  }

  // "A said B attacked C": A accuses B.
  // Only material conflict is an accusation ("A said B attacked C", not "A said B warned C").
  void AddReportedAccusation(std::size_t e) {
    if (events_[e].factuality != Factuality::kReported || events_[e].code.quad < 4) return;
    std::size_t speech = facts_.ReportingVerb(predicates_[e]);
    SentenceEvent accusation;
    if (speech != kNoToken) {
      accusation.sources = args_.Actors(args_.GrammaticalSubject(speech));
      accusation.factuality = facts_.OwnMarkers(speech);
    } else {
      accusation.sources = args_.Actors(facts_.AccordingTo(predicates_[e]));
    }
    accusation.targets = events_[e].sources;
    accusation.code = AccuseCode();
    accusation.by_speaker = true;
    if (accusation.sources.empty() || accusation.targets.empty()) return;
    events_.push_back(std::move(accusation));
    predicates_.push_back(speech);
  }

  // "A said B must release the prisoners": A demands of B (CAMEO 100).
  void AddReportedDemand(std::size_t p) {
    bool obligation = false;
    for (std::size_t c : s_.children(p)) {
      if (s_.relation(c) == "aux" && lex_.cues.MarkerOf(s_.lower(c)) == EventCue::kObligation)
        obligation = true;
    }
    std::size_t speech = obligation ? facts_.ReportingVerb(p) : kNoToken;
    if (speech == kNoToken) return;
    SentenceEvent demand;
    demand.sources = args_.Actors(args_.GrammaticalSubject(speech));
    demand.targets = args_.Actors(s_.Child(p, "nsubj"));
    demand.code = DemandCode();
    demand.by_speaker = true;
    demand.factuality = facts_.OwnMarkers(speech);
    if (demand.sources.empty() || demand.targets.empty()) return;
    events_.push_back(std::move(demand));
    predicates_.push_back(speech);
  }

  // ---- nominal events ----

  // The frame "<verb> O" of the participle compound `t`'s verb ("back O" for "Iranian-backed");
  // nullptr when the verb has none.
  const VerbPattern* ParticipleFrame(std::size_t t) const {
    for (const VerbPattern& pattern : lex_.verbs.PatternsFor(s_.participle_lemma(t))) {
      if (pattern.words.size() == 2 && pattern.object_slot == 1 && !pattern.speech &&
          !pattern.feeling)
        return &pattern;
    }
    return nullptr;
  }

  // "the Iranian-backed PMF", "Turkish-occupied northern Syria": a participle compound that
  // mentions an actor states, as a presupposed fact, that actor's event on the actors of the noun
  // it modifies, coded by the participle's frame "<verb> O". Nothing when the noun names no actor
  // ("Iranian-backed weapons") or the compound is part of the noun's own mention.
  void ReadParticipleCompound(std::size_t t) {
    std::string_view r = s_.relation(t);
    std::size_t h = s_.head(t);
    if ((r != "amod" && r != "compound") || h == kNoToken || s_.MentionAt(t) == kNoToken ||
        s_.MentionAt(t) == s_.MentionAt(h) || s_.participle_lemma(t).empty())
      return;
    const VerbPattern* frame = ParticipleFrame(t);
    if (frame == nullptr) return;
    SentenceEvent event;
    event.sources = args_.Actors(t);
    event.targets = args_.Actors(h);
    if (event.sources.empty() || event.targets.empty()) return;
    event.code = frame->code;
    event.factuality = Factuality::kAsserted;
    event.weapon_named = true;  // "Turkish-occupied" names the force itself
    events_.push_back(std::move(event));
    predicates_.push_back(t);
  }

  // A word the tagger took for an adjective that the parse uses as a noun phrase's head ("at the
  // behest of A": a determiner or a possessor, and a nominal relation).
  bool IsNominalHead(std::size_t n) const {
    if (s_.token(n).pos.rfind("JJ", 0) != 0) return false;
    if (s_.Child(n, "det") == kNoToken && s_.Child(n, "nmod:poss") == kNoToken) return false;
    std::string_view r = s_.base_relation(n);
    return r == "obl" || r == "nmod" || r == "obj" || r == "nsubj";
  }

  const EventNoun* EventNounAt(std::size_t n) const {
    for (std::size_t c : s_.children(n)) {
      if (s_.relation(c) != "compound") continue;
      if (const EventNoun* two = lex_.nouns.Find(s_.lemma(c) + " " + s_.lemma(n))) return two;
    }
    return lex_.nouns.Find(s_.lemma(n));
  }

  // Its own agents, else the subject of the light verb whose object it is, else the clause subject
  // its possessive pronoun refers to.
  std::vector<std::size_t> NounAgents(std::size_t n) const {
    std::vector<std::size_t> agents = args_.NounOwnAgents(n);
    if (agents.empty()) agents = args_.Actors(args_.PossessivePronounAgent(n));
    if (agents.empty()) agents = Claimants(n);
    std::size_t h = s_.head(n);
    if (agents.empty() && h != kNoToken && s_.relation(n) == "obj" &&
        lex_.cues.IsLightVerb(s_.lemma(h)) && !s_.IsPassive(h))
      agents = args_.Actors(args_.GrammaticalSubject(h));
    return agents;
  }

  // "A claimed responsibility for the attack on B": the subject of a claiming verb whose object
  // is a responsibility noun, when `n` is the "for" phrase of either (EventCue kClaim, kCredit).
  std::vector<std::size_t> Claimants(std::size_t n) const {
    if (s_.base_relation(n) != "nmod" && s_.base_relation(n) != "obl") return {};
    if (s_.CaseOf(n) != "for") return {};
    std::size_t h = s_.head(n), verb = kNoToken;
    if (h == kNoToken) return {};
    if (s_.relation(h) == "obj" && lex_.cues.Has(EventCue::kCredit, s_.lemma(h))) {
      verb = s_.head(h);  // "for" on the noun
    } else if (std::size_t object = ObjectOf(s_, h);
               object != kNoToken && lex_.cues.Has(EventCue::kCredit, s_.lemma(object))) {
      verb = h;  // "for" on the verb
    }
    if (verb == kNoToken || !lex_.cues.Has(EventCue::kClaim, s_.lemma(verb)) || s_.IsPassive(verb))
      return {};
    return args_.Actors(args_.GrammaticalSubject(verb));
  }

  // The targets of an event noun: actors after a target preposition, on the noun or, for the
  // object of a light verb, on the verb. "with" and "between" make the event mutual, unless
  // another preposition names the target ("a visit to B with C": C is a companion) or the noun
  // acts on the sides "between" names ("mediation between A and B": EventCues::IsThirdParty).
  // `agent_phrase`, when not kNoToken, is an "of" phrase already read as the agent.
  std::vector<std::size_t> NounTargets(std::size_t n, bool conflict, bool* mutual,
                                       std::size_t agent_phrase) const {
    std::vector<std::size_t> targets, partners;
    const bool third_party = lex_.cues.IsThirdParty(s_.lemma(n));
    std::size_t h = s_.head(n);
    bool light = h != kNoToken && s_.relation(n) == "obj" && lex_.cues.IsLightVerb(s_.lemma(h));
    for (std::size_t parent : {n, light ? h : kNoToken}) {
      if (parent == kNoToken) continue;
      for (std::size_t c : s_.children(parent)) {
        std::string_view r = s_.base_relation(c);
        std::string_view preposition = s_.CaseOf(c);
        if ((r != "nmod" && r != "obl") || !IsNounTargetPreposition(preposition, conflict) ||
            c == agent_phrase)
          continue;
        bool partner = preposition == "with" || (preposition == "between" && !third_party);
        for (std::size_t a : args_.Actors(c)) (partner ? partners : targets).push_back(a);
      }
    }
    *mutual = targets.empty() && !partners.empty();
    return targets.empty() ? partners : targets;
  }

  // "talks between A and B" names both sides; "talks with A and B" leaves out who holds them.
  bool BetweenTargets(std::size_t n) const {
    for (std::size_t c : s_.children(n)) {
      if (s_.base_relation(c) == "nmod" && s_.CaseOf(c) == "between") return true;
    }
    return false;
  }

  // True when a verbal event already joins every pair of `nominal` with the same polarity ("A
  // launched strikes on B" matched both as a verb pattern and as an event noun).
  bool StatedByVerb(const SentenceEvent& nominal) const {
    bool conflict = nominal.code.quad >= 3;
    for (const SentenceEvent& verbal : events_) {
      if ((verbal.code.quad >= 3) == conflict && verbal.sources == nominal.sources &&
          verbal.targets == nominal.targets)
        return true;
    }
    return false;
  }

  // The "of" phrase of `n` (an obl under a noun the tagger took for an adjective); kNoToken
  // when none.
  std::size_t OfPhrase(std::size_t n) const {
    for (std::size_t c : s_.children(n)) {
      std::string_view r = s_.base_relation(c);
      if ((r == "nmod" || r == "obl") && s_.CaseOf(c) == "of") return c;
    }
    return kNoToken;
  }

  // The noun of "B was the target of [n]", whose clause states the event; kNoToken otherwise.
  std::size_t VictimNounOver(std::size_t n) const {
    std::size_t h = s_.head(n);
    bool victim = h != kNoToken && s_.base_relation(n) == "nmod" && s_.CaseOf(n) == "of" &&
                  lex_.cues.IsVictimNoun(s_.lemma(h));
    return victim ? h : kNoToken;
  }

  // The target a construction names outside the noun's phrase: the subject of "B was the target
  // of A's attack", and for an appeal the subject of the clause it motivates ("B acted at the
  // request of A"; "B suspended parliament at the behest of A", the phrase hung on the object).
  std::vector<std::size_t> TargetsOutsidePhrase(std::size_t n, const EventNoun& noun) const {
    std::size_t h = s_.head(n);
    if (h == kNoToken) return {};
    if (std::size_t victim = VictimNounOver(n); victim != kNoToken)
      return args_.Actors(s_.Child(victim, "nsubj"));
    if (!IsRequestNoun(noun)) return {};
    if (IsResponseTo(n))
      return s_.IsPassive(h) ? args_.Agents(h) : args_.Actors(args_.GrammaticalSubject(h));
    // "at Oxfam's tsunami appeal" names a gathering, not a motive.
    if (!IsMotivePreposition(s_.CaseOf(n)) || s_.Child(n, "compound") != kNoToken) return {};
    if (s_.base_relation(n) == "nmod" && s_.relation(h) == "obj") h = s_.head(h);
    if (h == kNoToken || !s_.IsVerb(h) || s_.IsPassive(h)) return {};
    return args_.Actors(args_.GrammaticalSubject(h));
  }

  // True when `n` is what a response verb answers: its object ("rejected the demands"), its
  // passive subject, or its "with"/"to" phrase ("complied with the request").
  bool IsResponseTo(std::size_t n) const {
    std::size_t h = s_.head(n);
    if (h == kNoToken || !s_.IsVerb(h) || !lex_.cues.IsResponseVerb(s_.lemma(h))) return false;
    std::string_view r = s_.relation(n);
    if (r == "obj" || r == "nsubj:pass") return true;
    return s_.base_relation(n) == "obl" && (s_.CaseOf(n) == "with" || s_.CaseOf(n) == "to");
  }

  // The ends of the event noun `n`; false when it names no source or no target.
  // `presupposed` is set when the noun states its agent itself, so the event stands whatever the
  // clause says of it ("Kenya's fight", "the Russian invasion", "the request of A").
  bool ReadNounArguments(std::size_t n, const EventNoun& noun, SentenceEvent& event,
                         bool* presupposed) const {
    if (lex_.cues.IsAgentNoun(s_.lemma(n))) return ReadAgentNounArguments(n, event);
    event.sources = NounAgents(n);
    *presupposed = !args_.NounOwnAgents(n).empty();
    std::size_t agent_phrase = kNoToken;
    if (event.sources.empty() && IsRequestNoun(noun)) {  // "the request of A"
      agent_phrase = OfPhrase(n);
      event.sources = args_.Actors(agent_phrase);
      *presupposed = !event.sources.empty();
    }
    event.targets = NounTargets(n, noun.code.quad >= 3, &event.mutual, agent_phrase);
    if (event.sources.empty() && event.mutual && event.targets.size() >= 2 && BetweenTargets(n))
      event.sources = event.targets;  // "talks between A and B"
    if (event.targets.empty()) event.targets = TargetsOutsidePhrase(n, noun);
    return !event.sources.empty() && !event.targets.empty();
  }

  // "A is a critic of B", "A, a critic of B", "B critic A": who the noun names is the source
  // (the copula's subject, the noun in apposition, the name compounded with it), its possessor,
  // compounded name or "of" phrase the target.
  bool ReadAgentNounArguments(std::size_t n, SentenceEvent& event) const {
    std::string_view r = s_.relation(n);
    if (s_.Child(n, "cop") != kNoToken)
      event.sources = args_.Actors(s_.Child(n, "nsubj"));
    else if (r == "appos" || r == "compound")
      event.sources = args_.Actors(s_.head(n));
    for (std::size_t c : s_.children(n)) {
      r = s_.relation(c);
      bool named = r == "nmod:poss" || r == "compound" || c == OfPhrase(n);
      for (std::size_t a : named ? args_.Actors(c) : std::vector<std::size_t>{})
        event.targets.push_back(a);
    }
    return !event.sources.empty() && !event.targets.empty();
  }

  // True when the event noun `n` is the object or the passive subject of a verb that cancels it
  // ("cancelled the talks between A and B", "the summit was postponed"): it does not take place.
  bool IsCancelled(std::size_t n) const {
    std::size_t h = s_.head(n);
    std::string_view r = s_.relation(n);
    return h != kNoToken && (r == "obj" || r == "nsubj:pass") &&
           lex_.cues.IsCancelVerb(s_.lemma(h));
  }

  // What the verb whose object or oblique is the event noun `n` says of the event, by its control
  // cue, for an event no agent holds ("talks between A and B"): "called for talks" and "urged
  // talks" do not state it (nullopt), "offered talks" plans it, "refused talks" denies it; any
  // other verb ("resumed", "hosted") states it.
  std::optional<Factuality> FactualityUnderGoverningVerb(std::size_t n) const {
    std::size_t h = s_.head(n);
    std::string_view r = s_.base_relation(n);
    if (h == kNoToken || !s_.IsVerb(h) || (r != "obj" && r != "obl")) return Factuality::kAsserted;
    switch (lex_.cues.ControlOf(s_.lemma(h))) {
      case EventCue::kObjectControl:
        return std::nullopt;
      case EventCue::kIntent:
      case EventCue::kThreat:
        return Factuality::kIntended;
      case EventCue::kRefusal:
      case EventCue::kNegative:
        return Factuality::kNegated;
      default:
        return Factuality::kAsserted;
    }
  }

  void ReadEventNoun(std::size_t n) {
    if (s_.MentionAt(n) != kNoToken) return;
    const EventNoun* noun = EventNounAt(n);
    if (noun == nullptr) return;
    SentenceEvent event;
    event.code = noun->code;
    bool presupposed = false;
    if (!ReadNounArguments(n, *noun, event, &presupposed) || StatedByVerb(event)) return;
    if (CameoRoot(event.code) >= 18 && AimsAtArena(n)) return;  // "custody battle", "trade war"
    std::size_t verb = n;
    while (verb != kNoToken && !s_.IsVerb(verb)) verb = s_.head(verb);
    event.factuality =
        facts_.HasNegativeDeterminer(n) ? Factuality::kNegated : Factuality::kAsserted;
    if (!presupposed && verb != kNoToken && !StatedUnderControl(verb)) return;
    if (IsCancelled(n)) event.factuality = Factuality::kNegated;
    if (event.mutual && event.sources == event.targets) {  // "talks between A and B"
      std::optional<Factuality> governed = FactualityUnderGoverningVerb(n);
      if (!governed) return;
      event.factuality = Stronger(event.factuality, *governed);
    }
    if (verb != kNoToken && !presupposed) {
      event.factuality = Stronger(event.factuality, facts_.ClauseFactuality(verb));
      event.factuality = Stronger(event.factuality, facts_.ControlledFactuality(verb));
    }
    // The noun whose copula states the event: "B is not the target of", "A is not a critic of".
    std::size_t copula = VictimNounOver(n);
    if (copula == kNoToken && s_.Child(n, "cop") != kNoToken) copula = n;
    if (copula != kNoToken)
      event.factuality = Stronger(event.factuality, facts_.ClauseFactuality(copula));
    if (event.factuality == Factuality::kIntended) event.code = IntentCode(event.code, false);
    event.weapon_named = true;  // a force noun ("strikes", "invasion") names force itself
    events_.push_back(std::move(event));
    predicates_.push_back(n);
  }

  const ParsedSentence& s_;
  const EventLexicons& lex_;
  const ArgumentReader args_;
  const FactualityReader facts_;
  std::vector<SentenceEvent> events_;
  std::vector<std::size_t> predicates_;  // the predicate token of each event
};

}  // namespace

std::vector<SentenceEvent> ReadSentenceEvents(const ParsedSentence& sentence,
                                              const EventLexicons& lexicons) {
  return SentenceReader(sentence, lexicons).Run();
}

}  // namespace newsgraph
