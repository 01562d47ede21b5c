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

}  // namespace newsgraph
