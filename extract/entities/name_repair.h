// Corrections of the NER model's spans that need the whole document or the actor dictionary.
#pragma once

#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/syntax/tagger.h"
#include "extract/types.h"

namespace newsgraph {

// Repairs `names` (Tagger::FindNames output for `sentences`) in place:
// - Name particles: a person's name split around "de", "van", "al", "bin", ... or cut after one
//   ("Staffan de" + "Mistura") is joined into one person span.
// - A name cut after "of" or "for" ("Government of" + "Iraq") is joined, and so is a nationality
//   word opening an organisation's name ("Syrian" + "Democratic Forces": one ORG span).
// - The words an acronym in parentheses abbreviates are one name ("Organization for Security and
//   Co-operation in Europe (OSCE)"), typed as its longest part.
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
// - Photo credits and bylines are dropped: a name holding "<someone>/<agency>" ("Ludovic
//   Marin/AFP") or naming a picture library ("Getty Images"), after resources/photo_credits.txt.
// - Typed by form: acronyms of common nouns ("DNA", "G.D.P.") are dropped; quoted titles ("The
//   Winds of Winter", also holding several names), names after a work noun ("the programme
//   Évole"), shows ("Andrew Marr Show"), agreements and events ("Paris Agreement", "World Cup")
//   are MISC; nationality and group words alone ("Ukrainians", "Yazidi") are MISC; a MISC name
//   ending in an organisation head word is ORG; a name ending in a geographic or landmark head
//   word ("Celtic Sea", "South Bank Tower") is a place.
// - Listed organisations (resources/gazetteers/organisations.txt) the model left out or took
//   for a person are ORG.
// - Typed by context: a one-word place the model guessed (not in the dictionary, not after a
//   preposition) is a person before a reflexive or a verb of thought ("Plato thought"), after a
//   kinship noun ("his wife, Alice,"), with an age apposed ("Jutting, now 31,") or coordinated
//   with a person ("Sulla and Trump"); a capitalised word the model left out is a person in the
//   same contexts or as the speaker after a quote ("'...,' says Pall.").
// - Surnames of persons named in full, and one-word persons found by their context, are persons
//   throughout the document.
void RepairNames(const std::vector<Sentence>& sentences, const ActorDictionary& dictionary,
                 std::vector<std::vector<NameSpan>>& names);

// True for a sentence in title case without final punctuation: a headline.
bool IsTitleCaseHeadline(const Sentence& sentence);

}  // namespace newsgraph
