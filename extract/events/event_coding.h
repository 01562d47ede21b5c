// CAMEO/PLOVER codes derived from a lexicon code: intents, threats, refusals, accusations, and
// the rule that force codes need physical force.
#pragma once

#include <string>
#include <string_view>

#include "extract/types.h"

namespace newsgraph {

// The two-digit CAMEO root of a code ("190" -> 19); 0 for an empty or malformed code.
int CameoRoot(const RelationCode& code);

// An announced or planned event: cooperation becomes "express intent" (CAMEO 03x, AGREE) and
// conflict becomes "threaten" (13x, THREATEN); with `threat`, any event becomes a threat.
RelationCode IntentCode(const RelationCode& event, bool threat);
// A refused event: "reject" (12x, REJECT), the sub-code by the root of the refused event.
RelationCode RefusalCode(const RelationCode& event);
// The accusation a speaker makes by reporting another actor's conflict event (CAMEO 112).
RelationCode AccuseCode();
// The demand a speaker makes by saying another actor must act (CAMEO 100).
RelationCode DemandCode();
// Verbal criticism (CAMEO 111), for a force verb used of words ("attacked Trump for the tweet").
RelationCode CriticizeCode();

// How a force verb was used, for DisciplineForce.
struct ForceUse {
  EntityType source = EntityType::kOther;
  EntityType target = EntityType::kOther;
  bool weapon_named = false;  // the clause names a weapon ("with missiles")
  bool verbal_sense = false;  // the verb can name words ("attacked", "hit", "struck")
  bool contest = false;       // the verb can name a vote's or a match's result ("defeated")
  bool owned_object = false;  // what was hit is the target's words or plan ("Labour's pledges")
};

// Force codes (CAMEO 18-20) name physical force. With no weapon in the clause, a contest verb is
// no event unless a state acts ("SNP defeated Jo Swinson" is an election); a force verb that can
// name words is criticism (111) when what it hit is the target's plan, words or decision ("attacked
// Labour's pledges") or when both ends are persons; between two persons any other force verb is no
// event. Returns false when there is no event; any other code is returned unchanged.
bool DisciplineForce(RelationCode& code, const ForceUse& use);

}  // namespace newsgraph
