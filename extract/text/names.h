// Normalised forms of names, the keys under which mentions merge.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// Lower-cases, folds Latin diacritics to ASCII, drops periods, apostrophes, a possessive "'s" and a
// leading "the", turns hyphens and underscores into spaces and collapses white space:
// "the U.S." -> "us", "Côte d'Ivoire" -> "cote divoire", "al-Assad's" -> "al assad".
std::string NormalizeName(std::string_view name);

// The ASCII letter that a Latin-1 or Latin Extended-A letter (U+00C0..U+017F) folds to, case kept
// ("Á" -> 'A', "ü" -> 'u'); '\0' for any other code point and for letters with no one-letter fold.
char FoldLatinLetter(char32_t code_point);

// True when `word` has an ASCII letter and no lower-case ASCII letter: "WHO", "U.S.".
bool IsAllCaps(std::string_view word);

// True when the first letter of `word` is an upper-case letter (ASCII or Latin-1/Extended-A).
bool StartsWithUpper(std::string_view word);

}  // namespace newsgraph
