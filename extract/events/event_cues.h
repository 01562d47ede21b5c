// The closed word lists the event layer reads: factuality cues and control verbs
// (resources/event_cues.tsv) and news organisations (resources/news_media.txt). Formats in
// resources/README.md.
#pragma once

#include <cstdint>
#include <functional>
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
  kPastFuture,     // "would": the future of a report or a condition, else a possibility
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
  kCredit,         // "responsibility": "claimed responsibility for N" makes N the claimant's
  kClaim,          // "claim", "take": a verb by which its subject takes a kCredit noun
  kCancel,         // "cancelled the talks": the event its object noun names does not take place
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
  // True when the word list of `cue` (one of the word classes from kLight on) holds `lemma`.
  bool Has(EventCue cue, std::string_view lemma) const;
  bool IsLightVerb(std::string_view lemma) const { return Has(EventCue::kLight, lemma); }
  bool IsFigurative(std::string_view lemma) const { return Has(EventCue::kFigurative, lemma); }
  bool IsWeapon(std::string_view lemma) const { return Has(EventCue::kWeapon, lemma); }
  bool IsContest(std::string_view lemma) const { return Has(EventCue::kContest, lemma); }
  bool IsUtterance(std::string_view lemma) const { return Has(EventCue::kUtterance, lemma); }
  bool IsResponseVerb(std::string_view lemma) const { return Has(EventCue::kResponse, lemma); }
  bool IsAgentNoun(std::string_view lemma) const { return Has(EventCue::kAgentNoun, lemma); }
  bool IsVictimNoun(std::string_view lemma) const { return Has(EventCue::kVictim, lemma); }
  bool IsArena(std::string_view lemma) const { return Has(EventCue::kArena, lemma); }
  bool IsIntangible(std::string_view lemma) const { return Has(EventCue::kIntangible, lemma); }
  // True when the noun `lemma` stands for the group or state its phrase with `preposition` names:
  // "of" and "from" after a member noun ("members of Hamas", "a delegation from Iran"), "for" too
  // after a spokesperson noun ("a spokesman for Hamas"). False for every other noun ("victims of
  // B", "supporters of B", "refugees from B").
  bool NamesItsGroupBy(std::string_view lemma, std::string_view preposition) const;
  // True for a noun for people apart from what its "of" phrase names ("victims of B").
  bool IsOutsider(std::string_view lemma) const { return Has(EventCue::kOutsider, lemma); }
  // True for an event noun whose "between" phrase names the sides its agent acts on, not partners
  // that hold it together ("mediation between A and B", unlike "talks between A and B").
  bool IsThirdParty(std::string_view lemma) const { return Has(EventCue::kThirdParty, lemma); }
  // True for a verb whose object, or passive subject, event noun does not take place ("cancelled
  // the talks", "the summit was postponed").
  bool IsCancelVerb(std::string_view lemma) const { return Has(EventCue::kCancel, lemma); }
  // True for a word that counts a part of what its "of" phrase names ("dozens", "some", "most").
  bool IsPartitive(std::string_view lemma) const { return Has(EventCue::kPartitive, lemma); }
  // True for a noun for an act ("move", "decision") whose agent, when its phrase names none ("A
  // criticized the move"), is the subject of a clause before it.
  bool IsAct(std::string_view lemma) const { return Has(EventCue::kAct, lemma); }
  // True for a verb that states a state or a relation, not an act ("be", "have", "remain").
  bool IsStative(std::string_view lemma) const { return Has(EventCue::kStative, lemma); }
  // True when `normalized_name` (NormalizeName) is a news organisation.
  bool IsNewsMedium(std::string_view normalized_name) const {
    return media_.count(normalized_name) > 0;
  }

 private:
  // Hashes std::string keys and std::string_view probes alike, so that a look-up copies nothing.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };
  template <typename Value>
  using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

  WordMap<EventCue> markers_;              // function words and clause markers
  WordMap<EventCue> control_;              // control and prediction verbs
  WordMap<std::uint64_t> classes_;         // every other cue: one bit per EventCue a word has
  std::unordered_set<std::string, WordHash, std::equal_to<>> media_;
};

}  // namespace newsgraph
