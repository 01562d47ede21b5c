// Corrections of the NER model's spans that need the whole document or the actor dictionary.
#pragma once

#include <vector>

#include "extract/actor_dictionary.h"
#include "extract/tagger.h"
#include "extract/types.h"

namespace newsgraph {

// Repairs `names` (Tagger::FindNames output for `sentences`) in place:
// - Name particles: a person's name split around "de", "van", "al", "bin", ... or cut after one
//   ("Staffan de" + "Mistura") is joined into one person span.
// - A name cut after "of" or "for" ("Government of" + "Iraq") is joined, and so is a nationality
//   word opening an organisation's name ("Syrian" + "Democratic Forces": one ORG span).
// - A word, a middle initial and a word ("George W. Bush", also when cut as "Adnan" + "Z. Amin")
//   are one person.
// - Title-case headlines opening a document ("Russia Arming Iraq and Syria, Lavrov Says"), where
//   the model takes capitalised verbs for names: when the document has other sentences, a
//   headline span keeps
//   only its runs of tokens that belong to a name found in those sentences or to the actor
//   dictionary ("Lavrov Says" -> "Lavrov", "Arming" -> nothing); each run takes the type its
//   name has elsewhere.
// - A nationality-typed (MISC) span whose text the dictionary knows as an actor ("the West")
//   takes the dictionary's type.
void RepairNames(const std::vector<Sentence>& sentences, const ActorDictionary& dictionary,
                 std::vector<std::vector<NameSpan>>& names);

// True for a sentence in title case without final punctuation: a headline.
bool IsTitleCaseHeadline(const Sentence& sentence);

}  // namespace newsgraph
