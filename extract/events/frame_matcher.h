// Reads a verb-lexicon pattern ("impose sanction on O", "call on O to release") off a predicate's
// dependents in the parse.
#pragma once

#include <cstddef>
#include <optional>

#include "extract/events/parsed_sentence.h"
#include "extract/events/verb_lexicon.h"

namespace newsgraph {

// Where a pattern's words sit around predicate `p`:
// - a particle is a compound:prt child ("point out");
// - a literal noun is the predicate's object: its obj, its passive subject, or the noun a past
//   participle modifies ("sanctions imposed by ..."), or the noun of an oblique after a literal
//   preposition ("call for sanction against O");
// - the literal just before "O" is a preposition: the target is an obl/nmod child, of the
//   predicate or of that literal noun, whose case is the preposition ("on Russia") or one that
//   introduces the same target ("on", "against", "upon"; "to", "toward");
// - with no preposition before it, "O" is the object (or the indirect object);
// - literals after "O" are the case, mark or lemma of some dependent ("accuse O of", "urge O to
//   release": an xcomp "to release").
// Returns the token heading the target ("O"), kNoToken for a pattern without "O", or nullopt when
// the pattern does not match. Voice is the caller's business: `object` is the token that plays
// the object role (obj in the active, the passive subject in the passive).
std::optional<std::size_t> MatchPattern(const VerbPattern& pattern, const ParsedSentence& sentence,
                                        std::size_t predicate, std::size_t object);

// True when the words of `pattern` between the verb and "O" (particles, a literal noun heading an
// oblique, the preposition before "O") sit around predicate `p`, and its object `object` (kNoToken
// for none) is one of those words: "speak by phone with O" fits "A and B spoke by phone", "sign
// deal with O" fits "A and B signed a deal", "have phone call with O" does not fit "A and B have
// searched", and no pattern fits an object it has no word for ("A and B signed the letter").
bool MatchesLeadingWords(const VerbPattern& pattern, const ParsedSentence& sentence,
                         std::size_t predicate, std::size_t object);

}  // namespace newsgraph
