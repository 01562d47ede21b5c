// Small string helpers shared inside extract/.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsgraph {

// Lines of `text` without their "\n" or "\r\n" endings.
std::vector<std::string_view> SplitLines(std::string_view text);
// Fields separated by `separator`; "a||b" gives an empty middle field.
std::vector<std::string_view> Split(std::string_view text, char separator);
// `text` without leading and trailing ASCII white space.
std::string_view Trim(std::string_view text);
// ASCII lower case.
std::string ToLower(std::string_view text);
// The trimmed lines of the embedded word list `resource` (resources/embedded.h), blank lines and
// '#' comments left out.
std::unordered_set<std::string> EmbeddedWordList(std::string_view resource);
// True when the English dictionary (Debian's wamerican) lists `word` in lower case: a common word
// ("Management", "Commons"), not only a name ("Caplan").
bool IsCommonWord(std::string_view word);

// The participle of a hyphenated compound "<modifier>-<past participle>" ("Iranian-backed",
// "U.S.-designated", "Turkish-occupied"): the part after the last hyphen when it ends in "-ed"
// or "-en", has four letters or more and the part before is not empty; empty otherwise. Irregular
// participles ("-held", "-run") and "-led" are not recognised.
std::string_view CompoundParticiple(std::string_view word);

// The part of `word` before its last hyphen; empty when it has none.
std::string_view CompoundModifier(std::string_view word);

}  // namespace newsgraph
