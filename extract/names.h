// Normalised forms of names, the keys under which mentions merge.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// Lower-cases, folds Latin diacritics to ASCII, drops periods, apostrophes, a possessive "'s" and a
// leading "the", turns hyphens and underscores into spaces and collapses white space:
// "the U.S." -> "us", "Côte d'Ivoire" -> "cote divoire", "al-Assad's" -> "al assad".
std::string NormalizeName(std::string_view name);

// True when `word` has an ASCII letter and no lower-case ASCII letter: "WHO", "U.S.".
bool IsAllCaps(std::string_view word);

// True when the first letter of `word` is an upper-case letter (ASCII or Latin-1/Extended-A).
bool StartsWithUpper(std::string_view word);

}  // namespace newsgraph
