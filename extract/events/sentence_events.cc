#include "extract/events/sentence_events.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/events/event_coding.h"
#include "extract/events/frame_matcher.h"

namespace newsgraph {
namespace {

// Factualities ordered by how much they take back: the strongest of a clause's cues wins.
int Strength(Factuality f) {
  switch (f) {
    case Factuality::kAsserted: return 0;
    case Factuality::kReported: return 1;
    case Factuality::kIntended: return 2;
    case Factuality::kNegated: return 3;
    case Factuality::kHypothetical: return 4;
  }
  return 0;
}

Factuality Stronger(Factuality a, Factuality b) { return Strength(a) >= Strength(b) ? a : b; }

// Categories whose verbs make coordinated subjects partners: "A and B met", "A and B agreed".
bool IsMutualCategory(std::string_view plover) { return plover == "CONSULT" || plover == "AGREE"; }

// Prepositions that introduce the target of an event noun, by polarity.
bool IsNounTargetPreposition(std::string_view word, bool conflict) {
  static constexpr std::string_view kConflict[] = {"against", "on",   "upon",    "into",
                                                   "at",      "with", "between", "of", "over"};
  static constexpr std::string_view kCooperation[] = {"for",  "to",      "toward", "towards",
                                                      "with", "between", "of"};
  if (conflict) return std::find(std::begin(kConflict), std::end(kConflict), word) != std::end(kConflict);
  return std::find(std::begin(kCooperation), std::end(kCooperation), word) !=
         std::end(kCooperation);
}

// Prepositions after an object that say whom it concerns, not where or when.
bool IsTailPreposition(std::string_view word) {
  return word == "from" || word == "to" || word == "against" || word == "with" || word == "on" ||
         word == "for" || word == "by";
}

bool IsRelativePronoun(std::string_view lower) {
  return lower == "who" || lower == "which" || lower == "that" || lower == "whom";
}

class SentenceReader {
 public:
  SentenceReader(const ParsedSentence& s, const EventLexicons& lexicons)
      : s_(s), lex_(lexicons) {}

  std::vector<SentenceEvent> Run() {
    for (std::size_t p = 0; p < s_.size(); ++p) {
      if (s_.IsVerb(p)) ReadPredicate(p);
    }
    std::size_t verbal = events_.size();
    for (std::size_t n = 0; n < s_.size(); ++n) {
      if (s_.IsNoun(n)) ReadEventNoun(n);
    }
    for (std::size_t e = 0; e < verbal; ++e) AddReportedAccusation(e);
    for (std::size_t p = 0; p < s_.size(); ++p) {
      if (s_.IsVerb(p)) AddReportedDemand(p);
    }
    return std::move(events_);
  }

 private:
  // ---- arguments ----

  // The actor mentions of the noun phrases headed by `t` and its conjuncts.
  std::vector<std::size_t> Actors(std::size_t t) const {
    std::vector<std::size_t> out;
    if (t == kNoToken) return out;
    for (std::size_t c : s_.Conjuncts(t)) AddActorsOfHead(c, out, 0);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void AddActorsOfHead(std::size_t t, std::vector<std::size_t>& out, int depth) const {
    if (depth > 3) return;
    if (std::size_t m = PersonInName(t, s_.MentionAt(t)); m != kNoToken) {
      out.push_back(m);
      return;
    }
    if (std::size_t speaker = SpeakerOfPronoun(t); speaker != kNoToken) {
      AddActorsOfHead(speaker, out, depth + 1);
      return;
    }
    if (IsRelativePronoun(s_.lower(t))) {
      std::size_t clause = s_.head(t);
      if (clause != kNoToken && s_.relation(clause) == "acl:relcl")
        AddActorsOfHead(s_.head(clause), out, depth + 1);
      return;
    }
    if (!s_.IsNoun(t)) return;
    if (lex_.nouns.Find(s_.lemma(t)) != nullptr) {  // "criticized Iran's attack": its agent
      for (std::size_t a : NounOwnAgents(t)) out.push_back(a);
      return;
    }
    std::size_t before = out.size();
    for (std::size_t c : s_.children(t)) {
      if (s_.relation(c) == "appos") AddActorsOfHead(c, out, depth + 1);
    }
    if (out.size() > before) return;
    // A title or group noun stands for its possessor, nationality or compounded name.
    for (std::size_t c : s_.children(t)) {
      std::string_view r = s_.relation(c);
      if (r == "nmod:poss" || r == "amod" || r == "compound") AddActorsOfHead(c, out, depth + 1);
    }
    if (out.size() > before) return;
    // "the proclamation ... by Trump": the actor a nominalisation names by "by", else by "of".
    for (std::string_view preposition : {"by", "of"}) {
      for (std::size_t c : s_.children(t)) {
        if (s_.base_relation(c) == "nmod" && s_.CaseOf(c) == preposition)
          AddActorsOfHead(c, out, depth + 1);
      }
      if (out.size() > before) return;
    }
  }

  // The organisation or state that "it" or "they" stands for as the subject of a clause it
  // reports about itself ("Kenya said it had halted aid"); kNoToken for any other token.
  std::size_t SpeakerOfPronoun(std::size_t t) const {
    if ((s_.lower(t) != "it" && s_.lower(t) != "they") || s_.relation(t) != "nsubj")
      return kNoToken;
    std::size_t clause = s_.head(t);
    if (clause == kNoToken || s_.relation(clause) != "ccomp") return kNoToken;
    std::size_t speech = s_.head(clause);
    if (speech == kNoToken || !IsSpeechVerb(speech)) return kNoToken;
    std::size_t speaker = s_.Child(speech, "nsubj");
    if (speaker == kNoToken) return kNoToken;
    EntityType type = s_.MentionTypeAt(speaker);
    bool collective = type == EntityType::kOrganization || type == EntityType::kGpe;
    return collective ? speaker : kNoToken;
  }

  // The mention `m` at token `t`, except that in "US President Trump" or "Senate President Thomas
  // Rivera Schatz, ..." the person named inside the phrase is the actor, not the place or body
  // that heads it; with no mention at `t`, a mention inside the name ("Gambian President Dawda
  // Jawara"). kNoToken when there is none.
  std::size_t PersonInName(std::size_t t, std::size_t m) const {
    if (m != kNoToken && s_.MentionTypeAt(t) == EntityType::kPerson) return m;
    std::size_t inside_name = kNoToken;
    for (std::size_t c : s_.children(t)) {
      std::string_view r = s_.relation(c);
      if (r != "flat" && r != "compound" && r != "appos" && r != "nmod:desc") continue;
      if (s_.MentionTypeAt(c) == EntityType::kPerson) return s_.MentionAt(c);
      if (inside_name == kNoToken && r != "compound") inside_name = s_.MentionAt(c);
    }
    return m != kNoToken ? m : inside_name;
  }

  // The token that is the grammatical subject of `p`, inherited through coordination, control,
  // participles and relative clauses; kNoToken when none.
  std::size_t GrammaticalSubject(std::size_t p, int depth = 0) const {
    if (std::size_t c = SubjectChild(p); c != kNoToken) return c;
    std::size_t h = s_.head(p);
    if (h == kNoToken || depth > 6) return kNoToken;
    std::string_view r = s_.relation(p);
    if (r == "conj" && s_.IsVerb(h)) return GrammaticalSubject(h, depth + 1);
    if (r == "xcomp") {
      if (std::size_t obj = s_.Child(h, "obj"); obj != kNoToken) return obj;
      return GrammaticalSubject(h, depth + 1);
    }
    if (r == "advcl" && s_.token(p).pos == "VBG") return GrammaticalSubject(h, depth + 1);
    if (r == "acl:relcl" || (r == "acl" && s_.token(p).pos == "VBG")) return h;
    return kNoToken;
  }

  // The actors of the first prepositional phrase after an object that names none itself: what an
  // embargo, a curfew, an appeal or a commitment concerns ("lifted a curfew in Montenegro",
  // "dismissed an appeal from Gbago").
  // A parser may hang the phrase on the predicate instead ("accepted demands from the rebels").
  std::vector<std::size_t> TailActors(std::size_t object, std::size_t predicate) const {
    if (!s_.IsNoun(object) || s_.token(object).pos == "PRP") return {};
    for (std::size_t c : s_.children(object)) {
      if (s_.base_relation(c) != "nmod" || s_.CaseOf(c).empty()) continue;
      if (std::vector<std::size_t> actors = Actors(c); !actors.empty()) return actors;
    }
    for (std::size_t c : s_.children(predicate)) {
      if (c <= object || s_.base_relation(c) != "obl" || !IsTailPreposition(s_.CaseOf(c))) continue;
      if (std::vector<std::size_t> actors = Actors(c); !actors.empty()) return actors;
    }
    return {};
  }

  // The subject dependent of `p`; of two (a parser's slip), the one that names an actor.
  std::size_t SubjectChild(std::size_t p) const {
    std::size_t first = kNoToken;
    for (std::size_t c : s_.children(p)) {
      std::string_view r = s_.relation(c);
      if (r != "nsubj" && r != "nsubj:pass" && r != "csubj") continue;
      if (PersonInName(c, s_.MentionAt(c)) != kNoToken) return c;
      if (first == kNoToken) first = c;
    }
    return first;
  }

  // The token in the object role: obj in the active; in the passive the passive subject, or the
  // noun a participle modifies.
  std::size_t ObjectRole(std::size_t p, bool passive) const {
    if (!passive) return s_.Child(p, "obj");
    if (std::size_t c = s_.Child(p, "nsubj:pass"); c != kNoToken) return c;
    if (s_.base_relation(p) == "acl") return s_.head(p);
    if (s_.relation(p) == "conj" && s_.head(p) != kNoToken) return ObjectRole(s_.head(p), true);
    return kNoToken;
  }

  std::vector<std::size_t> Agents(std::size_t p) const {
    std::size_t agent = s_.Child(p, "obl:agent");
    if (agent == kNoToken) {
      for (std::size_t c : s_.children(p)) {
        if (s_.base_relation(c) == "obl" && s_.CaseOf(c) == "by") agent = c;
      }
    }
    return Actors(agent);
  }

  // ---- factuality ----

  // The cues among `p`'s own dependents.
  Factuality OwnMarkers(std::size_t p) const {
    Factuality f = Factuality::kAsserted;
    for (std::size_t c : s_.children(p)) {
      std::string_view r = s_.base_relation(c);
      EventCue cue = lex_.cues.MarkerOf(s_.lower(c));
      if (cue == EventCue::kNegation && (r == "advmod" || r == "neg" || r == "cc:preconj"))
        f = Stronger(f, Factuality::kNegated);
      if (r == "aux" && (cue == EventCue::kHypothetical || cue == EventCue::kObligation))
        f = Stronger(f, Factuality::kHypothetical);
      if (r == "aux" && cue == EventCue::kFuture) f = Stronger(f, Factuality::kIntended);
      if (r == "mark" && cue == EventCue::kCondition) f = Stronger(f, Factuality::kHypothetical);
    }
    return f;
  }

  bool HasOwnAuxiliary(std::size_t p) const { return s_.Child(p, "aux") != kNoToken; }

  // What the clauses above `p` add: reported speech, predictions, conditions, shared modals, and a
  // question in the main clause.
  Factuality ClauseFactuality(std::size_t p) const {
    Factuality f = OwnMarkers(p);
    if (IsReported(p)) f = Stronger(f, Factuality::kReported);
    std::size_t x = p;
    for (int depth = 0; depth < 12; ++depth) {
      std::size_t h = s_.head(x);
      if (h == kNoToken) {
        if (s_.EndsWithQuestionMark()) f = Factuality::kHypothetical;
        return f;
      }
      std::string_view r = s_.relation(x);
      Factuality above = OwnMarkers(h);
      bool hypothetical_above = above == Factuality::kHypothetical;
      if (r == "ccomp" || r == "parataxis" || r == "csubj") {
        if (IsSpeechVerb(h)) f = Stronger(f, Factuality::kReported);
        if (lex_.cues.ControlOf(s_.lemma(h)) == EventCue::kPrediction) f = Factuality::kHypothetical;
        if (hypothetical_above) f = Factuality::kHypothetical;
      } else if (r == "xcomp") {
        if (lex_.cues.ControlOf(s_.lemma(h)) == EventCue::kPrediction) f = Factuality::kHypothetical;
        f = Stronger(f, above);
      } else if (r == "conj") {
        if (!HasOwnAuxiliary(x) && above != Factuality::kNegated) f = Stronger(f, above);
      } else if (r == "advcl" || r == "acl" || r == "acl:relcl") {
        if (hypothetical_above) f = Factuality::kHypothetical;
      } else {
        return f;
      }
      x = h;
    }
    return f;
  }

  // What the verbs that control `p`'s clause say of it: "offered to host talks" plans the talks,
  // "refused to hold talks" and "avoided talks" deny them.
  Factuality ControlledFactuality(std::size_t p) const {
    Factuality f = Factuality::kAsserted;
    for (std::size_t x = p; s_.relation(x) == "xcomp" && s_.head(x) != kNoToken; x = s_.head(x)) {
      switch (lex_.cues.ControlOf(s_.lemma(s_.head(x)))) {
        case EventCue::kIntent: case EventCue::kThreat: case EventCue::kObjectControl:
          f = Stronger(f, Factuality::kIntended);
          break;
        case EventCue::kRefusal: case EventCue::kNegative:
          f = Stronger(f, Factuality::kNegated);
          break;
        default: break;
      }
    }
    return f;
  }

  bool IsSpeechVerb(std::size_t p) const {
    if (!s_.IsVerb(p)) return false;
    for (const VerbPattern& pattern : lex_.verbs.PatternsFor(s_.lemma(p))) {
      if (pattern.speech) return true;
    }
    return false;
  }

  // ---- verbal events ----

  void ReadPredicate(std::size_t p) {
    const std::vector<VerbPattern>& patterns = lex_.verbs.PatternsFor(s_.lemma(p));
    if (patterns.empty()) return;
    const bool passive = s_.IsPassive(p);
    const std::size_t object = ObjectRole(p, passive);
    for (const VerbPattern& pattern : patterns) {
      // "was encouraged by A to negotiate" is A's appeal, not a feeling.
      bool feeling_fits = passive && !HasInfinitive(p);
      if (pattern.speech || (pattern.feeling && !feeling_fits)) continue;
      std::optional<std::size_t> target =
          MatchPattern(pattern, s_, p, pattern.feeling ? kNoToken : object);
      if (!target || *target == kNoToken) continue;
      SentenceEvent event;
      event.targets = Actors(*target);
      if (event.targets.empty()) event.targets = TailActors(*target, p);
      if (event.targets.empty()) continue;
      event.owned_object = object != kNoToken && lex_.cues.IsUtterance(s_.lemma(object));
      event.sources = pattern.feeling ? Actors(object) : passive ? Agents(p)
                                                                 : Actors(GrammaticalSubject(p));
      event.code = pattern.code;
      if (HasNegativeDeterminer(*target) || HasNegativeDeterminer(object))
        event.factuality = Factuality::kNegated;
      Finish(p, event);
      return;
    }
    ReadMutualPredicate(p, patterns, passive);
  }

  // "A and B met": a consultation or agreement whose coordinated subjects are both ends.
  void ReadMutualPredicate(std::size_t p, const std::vector<VerbPattern>& patterns, bool passive) {
    if (passive || s_.Child(p, "obj") != kNoToken) return;
    for (const VerbPattern& pattern : patterns) {
      if (pattern.speech || pattern.feeling || !IsMutualCategory(pattern.code.plover)) continue;
      SentenceEvent event;
      event.sources = Actors(GrammaticalSubject(p));
      if (event.sources.size() < 2) return;
      event.targets = event.sources;
      event.mutual = true;
      event.code = pattern.code;
      Finish(p, event);
      return;
    }
  }

  // An infinitive complement or purpose clause ("encouraged by A to negotiate").
  bool HasInfinitive(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      std::string_view r = s_.relation(c);
      if (r == "xcomp" || (r == "advcl" && s_.CaseOf(c) == "to")) return true;
    }
    return false;
  }

  bool HasNegativeDeterminer(std::size_t t) const {
    if (t == kNoToken) return false;
    for (std::size_t c : s_.children(t)) {
      if (s_.base_relation(c) == "det" && lex_.cues.MarkerOf(s_.lower(c)) == EventCue::kNegation)
        return true;
    }
    return false;
  }

  // Applies factuality, control and the force discipline's inputs, then keeps the event.
  void Finish(std::size_t p, SentenceEvent& event) {
    if (event.sources.empty() || event.targets.empty()) return;
    event.factuality = Stronger(event.factuality, ClauseFactuality(p));
    if (!ApplyControl(p, event)) return;
    if (event.factuality == Factuality::kIntended) event.code = IntentCode(event.code, false);
    event.verbal_sense = lex_.cues.IsFigurative(s_.lemma(p));
    event.contest = lex_.cues.IsContest(s_.lemma(p));
    event.weapon_named = NamesWeapon(p);
    events_.push_back(std::move(event));
    predicates_.push_back(p);
  }

  // How a controlling verb changes the event of its xcomp; false when the embedded event is not
  // stated at all ("urged B to attack C").
  bool ApplyControl(std::size_t p, SentenceEvent& event) const {
    std::size_t h = s_.head(p);
    if (h == kNoToken || s_.relation(p) != "xcomp") return true;
    switch (lex_.cues.ControlOf(s_.lemma(h))) {
      case EventCue::kObjectControl: return s_.Child(h, "obj") == kNoToken && !IsSpeechVerb(h);
      case EventCue::kIntent:
        event.code = IntentCode(event.code, false);
        if (event.code.quad <= 2) event.factuality = Stronger(event.factuality, Factuality::kIntended);
        return true;
      case EventCue::kThreat: event.code = IntentCode(event.code, true); return true;
      case EventCue::kRefusal: event.code = RefusalCode(event.code); return true;
      case EventCue::kNegative: event.factuality = Factuality::kNegated; return true;
      default: return true;
    }
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

  // The speech verb that reports `p`'s clause: "A said B attacked C" (a ccomp or parataxis of
  // the speech verb, through coordinated and controlled verbs) or "B attacked C, A said" (a
  // parataxis of `p`); kNoToken when none.
  std::size_t ReportingVerb(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      if (s_.relation(c) == "parataxis" && IsSpeechVerb(c)) return c;
    }
    for (std::size_t x = p, depth = 0; depth < 12; ++depth) {
      std::size_t h = s_.head(x);
      if (h == kNoToken) return kNoToken;
      std::string_view r = s_.relation(x);
      if ((r == "ccomp" || r == "parataxis") && IsSpeechVerb(h)) return h;
      if (r != "conj" && r != "xcomp" && r != "advcl" && r != "ccomp") return kNoToken;
      x = h;
    }
    return kNoToken;
  }

  // "according to A" on `p`'s clause; kNoToken when none.
  std::size_t AccordingTo(std::size_t p) const {
    for (std::size_t c : s_.children(p)) {
      if (s_.base_relation(c) == "obl" && s_.CaseOf(c) == "according") return c;
    }
    return kNoToken;
  }

  bool IsReported(std::size_t p) const {
    return ReportingVerb(p) != kNoToken || AccordingTo(p) != kNoToken;
  }

  // "A said B attacked C": A accuses B.
  void AddReportedAccusation(std::size_t e) {
    if (events_[e].factuality != Factuality::kReported || events_[e].code.quad < 3) return;
    std::size_t speech = ReportingVerb(predicates_[e]);
    SentenceEvent accusation;
    if (speech != kNoToken) {
      accusation.sources = Actors(GrammaticalSubject(speech));
      accusation.factuality = OwnMarkers(speech);
    } else {
      accusation.sources = Actors(AccordingTo(predicates_[e]));
    }
    accusation.targets = events_[e].sources;
    accusation.code = AccuseCode();
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
    std::size_t speech = obligation ? ReportingVerb(p) : kNoToken;
    if (speech == kNoToken) return;
    SentenceEvent demand;
    demand.sources = Actors(GrammaticalSubject(speech));
    demand.targets = Actors(s_.Child(p, "nsubj"));
    demand.code = DemandCode();
    demand.factuality = OwnMarkers(speech);
    if (demand.sources.empty() || demand.targets.empty()) return;
    events_.push_back(std::move(demand));
    predicates_.push_back(speech);
  }

  // ---- nominal events ----

  const EventNoun* EventNounAt(std::size_t n) const {
    for (std::size_t c : s_.children(n)) {
      if (s_.relation(c) != "compound") continue;
      if (const EventNoun* two = lex_.nouns.Find(s_.lemma(c) + " " + s_.lemma(n))) return two;
    }
    return lex_.nouns.Find(s_.lemma(n));
  }

  // The agents an event noun names itself: its possessor, nationality or compounded name, or an
  // actor "by" it.
  std::vector<std::size_t> NounOwnAgents(std::size_t n) const {
    std::vector<std::size_t> agents;
    for (std::size_t c : s_.children(n)) {
      std::string_view r = s_.relation(c);
      if (r == "nmod:poss" || r == "amod" || r == "compound") {
        if (std::size_t m = PersonInName(c, s_.MentionAt(c)); m != kNoToken) agents.push_back(m);
      } else if ((s_.base_relation(c) == "nmod" && s_.CaseOf(c) == "by")) {
        for (std::size_t a : Actors(c)) agents.push_back(a);
      }
    }
    return agents;
  }

  // The clause subject an event noun's possessive pronoun refers to ("A seized the town in its
  // battle with B"); kNoToken when the noun has no such pronoun or sits in no clause.
  std::size_t PossessivePronounAgent(std::size_t n) const {
    std::size_t possessor = s_.Child(n, "nmod:poss");
    if (possessor == kNoToken || s_.token(possessor).pos != "PRP$") return kNoToken;
    std::size_t verb = s_.head(n);
    while (verb != kNoToken && !s_.IsVerb(verb)) verb = s_.head(verb);
    return verb == kNoToken ? kNoToken : GrammaticalSubject(verb);
  }

  // Its own agents, else the subject of the light verb whose object it is, else the clause subject
  // its possessive pronoun refers to.
  std::vector<std::size_t> NounAgents(std::size_t n) const {
    std::vector<std::size_t> agents = NounOwnAgents(n);
    if (agents.empty()) agents = Actors(PossessivePronounAgent(n));
    std::size_t h = s_.head(n);
    if (agents.empty() && h != kNoToken && s_.relation(n) == "obj" &&
        lex_.cues.IsLightVerb(s_.lemma(h)) && !s_.IsPassive(h))
      agents = Actors(GrammaticalSubject(h));
    return agents;
  }

  // The targets of an event noun: actors after a target preposition, on the noun or, for the
  // object of a light verb, on the verb. "with" and "between" make the event mutual, unless
  // another preposition names the target ("a visit to B with C": C is a companion).
  std::vector<std::size_t> NounTargets(std::size_t n, bool conflict, bool* mutual) const {
    std::vector<std::size_t> targets, partners;
    std::size_t h = s_.head(n);
    bool light = h != kNoToken && s_.relation(n) == "obj" && lex_.cues.IsLightVerb(s_.lemma(h));
    for (std::size_t parent : {n, light ? h : kNoToken}) {
      if (parent == kNoToken) continue;
      for (std::size_t c : s_.children(parent)) {
        std::string_view r = s_.base_relation(c);
        std::string_view preposition = s_.CaseOf(c);
        if ((r != "nmod" && r != "obl") || !IsNounTargetPreposition(preposition, conflict)) continue;
        bool partner = preposition == "with" || preposition == "between";
        for (std::size_t a : Actors(c)) (partner ? partners : targets).push_back(a);
      }
    }
    *mutual = targets.empty() && !partners.empty();
    return targets.empty() ? partners : targets;
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

  void ReadEventNoun(std::size_t n) {
    if (s_.MentionAt(n) != kNoToken) return;
    const EventNoun* noun = EventNounAt(n);
    if (noun == nullptr) return;
    SentenceEvent event;
    event.code = noun->code;
    event.sources = NounAgents(n);
    event.targets = NounTargets(n, noun->code.quad >= 3, &event.mutual);
    if (event.sources.empty() && event.mutual && event.targets.size() >= 2)
      event.sources = event.targets;  // "talks between A and B"
    if (event.sources.empty() || event.targets.empty() || StatedByVerb(event)) return;
    std::size_t verb = n;
    while (verb != kNoToken && !s_.IsVerb(verb)) verb = s_.head(verb);
    event.factuality = HasNegativeDeterminer(n) ? Factuality::kNegated : Factuality::kAsserted;
    // "Kenya's fight", "the Russian invasion" are presupposed whatever the clause says of them.
    bool presupposed = !NounOwnAgents(n).empty();
    if (verb != kNoToken && !presupposed) {
      event.factuality = Stronger(event.factuality, ClauseFactuality(verb));
      event.factuality = Stronger(event.factuality, ControlledFactuality(verb));
    }
    if (event.factuality == Factuality::kIntended) event.code = IntentCode(event.code, false);
    event.weapon_named = true;  // a force noun ("strikes", "invasion") names force itself
    events_.push_back(std::move(event));
    predicates_.push_back(n);
  }

  const ParsedSentence& s_;
  const EventLexicons& lex_;
  std::vector<SentenceEvent> events_;
  std::vector<std::size_t> predicates_;  // the predicate token of each event
};

}  // namespace

std::vector<SentenceEvent> ReadSentenceEvents(const ParsedSentence& sentence,
                                              const EventLexicons& lexicons) {
  return SentenceReader(sentence, lexicons).Run();
}

}  // namespace newsgraph
