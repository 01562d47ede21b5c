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
// Verbal criticism (CAMEO 111), for a force verb used of words ("attacked Trump for the tweet").
RelationCode CriticizeCode();

// Force codes (CAMEO 18-20) name physical force. Between two persons, with no weapon in the
// clause, the verb is used figuratively: it is criticism (111) when the verb can name words
// ("attacked", "hit", "struck": `verbal_sense`), else no event at all ("beat", "defeated" in an
// election or a match): the function returns false. Any other code is returned unchanged.
bool DisciplineForce(RelationCode& code, EntityType source, EntityType target, bool weapon_named,
                     bool verbal_sense);

}  // namespace newsgraph
