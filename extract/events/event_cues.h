// The closed word lists the event layer reads: factuality cues and control verbs
// (resources/event_cues.tsv) and news organisations (resources/news_media.txt). Formats in
// resources/README.md.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

enum class EventCue {
  kNone,
  kNegation,       // "not", "never", "no"
  kHypothetical,   // modal of possibility: "could", "might"
  kObligation,     // modal of obligation: "must", "should"
  kFuture,         // "will", "shall"
  kCondition,      // "if", "unless", "whether"
  kPrediction,     // "expect", "likely": the complement is not stated as a fact
  kIntent,         // "agreed to": the embedded event is planned
  kThreat,         // "threatened to"
  kRefusal,        // "refused to"
  kNegative,       // "avoided", "failed to": the embedded event did not take place
  kAspect,         // "tried to", "began to": the embedded event is stated as it is
  kObjectControl,  // "urged B to": the embedded event is not stated
  kLight,          // "carried out strikes": the object noun names the event
  kFigurative,     // "attacked" of words as well as of force
  kWeapon,         // "missile": with it a force verb names force
  kContest,        // "defeated": the result of an election or a match as well as of a battle
  kUtterance,      // "pledge", "decision": words, plans or decisions, not bodies or places
  kVictim,         // "target": the subject of "X was the target of an attack" is its target
  kResponse,       // "comply with": the request its object names was addressed to its subject
  kAgentNoun,      // "critic": a noun for the one who does its event ("A is a critic of B")
  kIntangible,     // "speech", "award": handed over or taken in, but neither aid nor a visitor
  kArena,          // "sales", "custody": what a force word aims at or is about is not physical
  kMember,         // "members of B", "a delegation from B": the noun stands for the group B
  kSpokesperson,   // "a spokesman for B": as kMember, and its "for" phrase names B as well
  kPartitive,      // "dozens of B", "some of B": a quantity of what its "of" phrase names
  kOutsider,       // "victims of B", "supporters of B": a group apart from what "of" names
  kThirdParty,     // "mediation between A and B": A and B are its targets, not its partners
  kAct,            // "the move": an act whose agent, unnamed in its phrase, the text named before
  kStative,        // "be", "have": a verb that states no act
};

// Immutable after loading; safe to use from many threads.
class EventCues {
 public:
  // The lists compiled into the program.
  static EventCues LoadEmbedded();
  // Parses `word<TAB>cue` rows ('#' comments and blank lines skipped) and a news-organisation list
  // (one name a line). Throws std::runtime_error "<origin>:<line>: ..." on an unknown cue or a row
  // without two columns.
  EventCues(std::string_view cues_tsv, std::string_view media_list, std::string_view origin);

  // The cue of a word as a function word or a clause's own marker (negation, a hypothetical,
  // obligation or future modal, a condition); kNone when it has none.
  EventCue MarkerOf(std::string_view lower) const;
  // How a verb or adjective with this lemma controls an infinitive or gerund it governs (intent,
  // threat, refusal, negative, aspect, object control), or kPrediction when its complement is only
  // expected ("expect", "likely"); kNone when it does neither.
  EventCue ControlOf(std::string_view lemma) const;
  bool IsLightVerb(std::string_view lemma) const { return light_.count(std::string(lemma)) > 0; }
  bool IsFigurative(std::string_view lemma) const {
    return figurative_.count(std::string(lemma)) > 0;
  }
  bool IsWeapon(std::string_view lemma) const { return weapons_.count(std::string(lemma)) > 0; }
  bool IsContest(std::string_view lemma) const { return contests_.count(std::string(lemma)) > 0; }
  bool IsUtterance(std::string_view lemma) const {
    return utterances_.count(std::string(lemma)) > 0;
  }
  bool IsResponseVerb(std::string_view lemma) const {
    return responses_.count(std::string(lemma)) > 0;
  }
  bool IsAgentNoun(std::string_view lemma) const {
    return agent_nouns_.count(std::string(lemma)) > 0;
  }
  bool IsVictimNoun(std::string_view lemma) const { return victims_.count(std::string(lemma)) > 0; }
  bool IsArena(std::string_view lemma) const { return arenas_.count(std::string(lemma)) > 0; }
  bool IsIntangible(std::string_view lemma) const {
    return intangibles_.count(std::string(lemma)) > 0;
  }
  // True when the noun `lemma` stands for the group or state its phrase with `preposition` names:
  // "of" and "from" after a member noun ("members of Hamas", "a delegation from Iran"), "for" too
  // after a spokesperson noun ("a spokesman for Hamas"). False for every other noun ("victims of
  // B", "supporters of B", "refugees from B").
  bool NamesItsGroupBy(std::string_view lemma, std::string_view preposition) const;
  // True for a noun for people apart from what its "of" phrase names ("victims of B").
  bool IsOutsider(std::string_view lemma) const { return outsiders_.count(std::string(lemma)) > 0; }
  // True for an event noun whose "between" phrase names the sides its agent acts on, not partners
  // that hold it together ("mediation between A and B", unlike "talks between A and B").
  bool IsThirdParty(std::string_view lemma) const {
    return third_party_.count(std::string(lemma)) > 0;
  }
  // True for a word that counts a part of what its "of" phrase names ("dozens", "some", "most").
  bool IsPartitive(std::string_view lemma) const {
    return partitives_.count(std::string(lemma)) > 0;
  }
  // True for a noun for an act ("move", "decision") whose agent, when its phrase names none ("A
  // criticized the move"), is the subject of a clause before it.
  bool IsAct(std::string_view lemma) const { return acts_.count(std::string(lemma)) > 0; }
  // True for a verb that states a state or a relation, not an act ("be", "have", "remain").
  bool IsStative(std::string_view lemma) const { return statives_.count(std::string(lemma)) > 0; }
  // True when `normalized_name` (NormalizeName) is a news organisation.
  bool IsNewsMedium(std::string_view normalized_name) const {
    return media_.count(std::string(normalized_name)) > 0;
  }

 private:
  std::unordered_map<std::string, EventCue> markers_;
  std::unordered_set<std::string> figurative_;
  std::unordered_set<std::string> weapons_;
  std::unordered_set<std::string> contests_;
  std::unordered_set<std::string> utterances_;
  std::unordered_set<std::string> victims_;
  std::unordered_set<std::string> responses_;
  std::unordered_set<std::string> agent_nouns_;
  std::unordered_set<std::string> intangibles_;
  std::unordered_set<std::string> arenas_;
  std::unordered_map<std::string, EventCue> member_nouns_;  // kMember or kSpokesperson
  std::unordered_set<std::string> partitives_;
  std::unordered_set<std::string> outsiders_;
  std::unordered_set<std::string> third_party_;
  std::unordered_set<std::string> acts_;
  std::unordered_set<std::string> statives_;
  std::unordered_map<std::string, EventCue> control_;
  std::unordered_set<std::string> light_;
  std::unordered_set<std::string> media_;
};

}  // namespace newsgraph
