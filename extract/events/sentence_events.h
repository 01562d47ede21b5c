// The events of one parsed sentence, read off its dependency parse: predicates and their frames,
// arguments, control, factuality, reported speech and nominal events.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/events/event_lexicons.h"
#include "extract/events/parsed_sentence.h"
#include "extract/types.h"

namespace newsgraph {

// One event before its ends are checked: sources and targets are mention indices (an actor, or a
// nationality that stands for its state).
struct SentenceEvent {
  std::vector<std::size_t> sources;
  std::vector<std::size_t> targets;
  RelationCode code;
  Factuality factuality = Factuality::kAsserted;
  bool mutual = false;        // "talks between A and B", "A and B met": both directions
  bool weapon_named = false;  // the clause names a weapon or casualties ("with missiles")
  bool verbal_sense = false;  // the verb can name words as well as force ("attacked", "hit")
  bool contest = false;       // the verb can name an election's or a match's result ("defeated")
  bool by_speaker = false;    // a speaker's accusation or demand read off reported speech
  bool owned_object =
      false;  // the object is the target's words or plan ("attacked Labour's pledges")
  // The object is an act the text named before ("criticized the move"): `targets` is empty and
  // the agent of that act is the target (EventExtractor resolves it across sentences).
  bool act_antecedent = false;
  // The token that states it: the verb, the event noun, or the verb of saying of a speaker's
  // accusation or demand; kNoToken when none ("according to A").
  std::size_t predicate = static_cast<std::size_t>(-1);
};

// Events of `sentence`, in the order of their predicates:
// - a verb's subject (nsubj; obl:agent in the passive; the shared subject of a coordinated verb;
//   the controller of an xcomp; the noun a relative clause modifies) is the source, and the target
//   comes from the lexicon pattern that matches its dependents (MatchPattern);
// - an argument is the actor mention on its head token, the antecedent of a relative pronoun, an
//   apposition ("The Belarusian leader, Alexander Lukashenko, blamed"), the possessor, nationality
//   or name compounded with a title or group noun ("Iran's foreign minister"); each conjunct
//   counts ("Germany, France and Italy urged");
// - control: "agreed to help B" is an intent (03x), "threatened to attack B" a threat (13x),
//   "refused to meet B" a rejection (12x), "avoided censuring B" negated, "urged B to" only the
//   appeal;
// - factuality (Factuality): negation, modals, future auxiliaries, conditions, questions,
//   predictions, and reported speech ("A said B attacked C": B -> C reported, A -> B accusation
//   when the reported event is a conflict);
// - a reaction (CAMEO 05, 11, 12) whose object is a definite act noun naming no agent ("criticized
//   the move") is kept with no target and act_antecedent set;
// - nominal events: an event noun with its agent (possessor, nationality, compound, "by", or the
//   subject of a light verb: "carried out strikes on B") and its target (a preposition); a noun
//   that is the object or passive subject of a cancel verb is negated ("the talks were cancelled");
// - mutual events, written both ways: a `mutual` verb pattern whose clause names no target joins
//   every two conjuncts of its subject ("A and B signed a deal", "A and B clashed"), as does any
//   pattern whose target is "each other"; an event noun whose "between" phrase names both sides
//   ("talks between A and B resumed") is stated by its clause, but not under an appeal ("called
//   for talks between A and B"), planned under an intent verb, denied under a refusal.
std::vector<SentenceEvent> ReadSentenceEvents(const ParsedSentence& sentence,
                                              const EventLexicons& lexicons);

}  // namespace newsgraph
