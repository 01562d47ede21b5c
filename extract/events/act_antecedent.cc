#include "extract/events/act_antecedent.h"

#include <algorithm>
#include <set>
#include <span>
#include <string>

#include "extract/events/arguments.h"
#include "extract/events/factuality.h"
#include "extract/events/parsed_sentence.h"
#include "extract/text/names.h"

namespace newsgraph {
namespace {

bool IsParsed(const Sentence& sentence) {
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(),
                     [](const Token& token) { return !token.deprel.empty(); });
}

// False for a pronoun that coreference left unresolved: it names nobody to aim at.
bool IsResolved(const Mention& mention) {
  return mention.kind != MentionKind::kPronoun ||
         NormalizeName(mention.canonical) != NormalizeName(mention.text);
}

// True when verb `p` states an act: not stative, and not a verb of saying unless it announces a
// thing ("announced the withdrawal") rather than words or an addressee, or `speech_is_act`.
bool StatesAct(const ParsedSentence& s, const EventLexicons& lex, std::size_t p,
               bool speech_is_act) {
  if (lex.cues.IsStative(s.lemma(p)) || lex.cues.ControlOf(s.lemma(p)) == EventCue::kPrediction)
    return false;  // "is", "has", "expects"
  if (s.relation(p) == "aux" || s.relation(p) == "aux:pass") return false;
  if (speech_is_act || !IsSpeechVerb(s, lex.verbs, p)) return true;
  std::size_t object = s.Child(p, "obj");
  return object != kNoToken && s.IsNoun(object) && s.token(object).pos != "PRP" &&
         s.MentionAt(object) == kNoToken;
}

// True when the clause of `p` states that its act took place or is decided: neither denied nor
// only possible ("would not back", "will vote against it unless").
bool StatedAsDone(const FactualityReader& facts, std::size_t p) {
  Factuality f = Stronger(facts.OwnMarkers(p),
                          Stronger(facts.ClauseFactuality(p), facts.ControlledFactuality(p)));
  return f != Factuality::kNegated && f != Factuality::kHypothetical;
}

// The token of the doer of `p`: its "by" agent in the passive, else its grammatical subject.
std::size_t DoerToken(const ParsedSentence& s, const ArgumentReader& args, std::size_t p) {
  if (!s.IsPassive(p)) return args.GrammaticalSubject(p);
  if (std::size_t agent = s.Child(p, "obl:agent"); agent != kNoToken) return agent;
  for (std::size_t c : s.children(p)) {
    if (s.base_relation(c) == "obl" && s.CaseOf(c) == "by") return c;
  }
  return kNoToken;
}

// True when the doer phrase names an actor itself or by a pronoun, not through a phrase hung on a
// noun that is none ("membership of the WTO helps ..." is no act of the WTO).
bool NamesActorItself(const ParsedSentence& s, std::size_t doer) {
  if (doer == kNoToken) return false;
  for (std::size_t c : s.Conjuncts(doer)) {
    if (s.MentionAt(c) == kNoToken && s.token(c).pos != "PRP") return false;
  }
  return true;
}

}  // namespace

bool ActAntecedents::IsQuoted(std::size_t s, std::size_t t) const {
  return std::any_of(quotations_.begin(), quotations_.end(),
                     [&](const Quotation& q) { return q.Contains(s, t); });
}

std::vector<std::size_t> ActAntecedents::ActAgents(std::size_t s, std::size_t end) const {
  if (!IsParsed(sentences_[s])) return {};
  std::span<const Mention> found(mentions_.data(), found_);
  ParsedSentence parsed(sentences_[s], s, found, lemmatizer_, &lex_.cues);
  ArgumentReader args(parsed, lex_);
  FactualityReader facts(parsed, lex_);
  std::vector<std::size_t> agents;
  for (std::size_t p = 0; p < std::min(end, parsed.size()); ++p) {
    if (!parsed.IsVerb(p) || IsQuoted(s, p)) continue;
    if (!StatesAct(parsed, lex_, p, /*speech_is_act=*/end != kNoToken)) continue;
    if (!StatedAsDone(facts, p)) continue;
    std::size_t doer = DoerToken(parsed, args, p);
    if (!NamesActorItself(parsed, doer)) continue;
    // "He said that Bache had been trading": another's act as the speaker tells it; "Moody's said
    // it downgraded the debt" is the speaker's own, told by a pronoun.
    if (facts.IsReported(p) && parsed.token(doer).pos != "PRP") continue;
    for (std::size_t a : args.Actors(doer)) {
      if (IsResolved(mentions_[a])) agents.push_back(a);
    }
  }
  return agents;
}

std::optional<std::size_t> ActAntecedents::Decide(const std::vector<std::size_t>& agents,
                                                  const std::set<std::string>& reacting) const {
  if (agents.empty()) return std::nullopt;
  std::set<std::string> names;
  for (std::size_t a : agents) names.insert(NormalizeName(mentions_[a].canonical));
  bool own_act = std::any_of(names.begin(), names.end(),
                             [&](const std::string& name) { return reacting.count(name) > 0; });
  return own_act || names.size() > 1 ? kNoToken : agents.front();
}

std::size_t ActAntecedents::AgentBefore(std::size_t s, std::size_t predicate,
                                        const std::vector<std::size_t>& reactors) const {
  std::set<std::string> reacting;
  for (std::size_t r : reactors) reacting.insert(NormalizeName(mentions_[r].canonical));
  for (std::size_t k = 0; k <= kActAntecedentWindow && k <= s; ++k) {
    if (auto agent = Decide(ActAgents(s - k, k == 0 ? predicate : kNoToken), reacting))
      return *agent;
  }
  std::size_t lead = LeadSentence();
  if (lead == kNoToken || lead + kActAntecedentWindow >= s) return kNoToken;
  return Decide(ActAgents(lead, kNoToken), reacting).value_or(kNoToken);
}

std::size_t ActAntecedents::LeadSentence() const {
  for (std::size_t m = 0; m < found_; ++m) {
    if (IsActorType(mentions_[m].type)) return mentions_[m].sentence;
  }
  return kNoToken;
}

}  // namespace newsgraph
