// Text from articles and file names made safe to print on a terminal.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// `text` with nothing a terminal acts on: C0 controls (newline included), DEL and bytes that are
// not well-formed UTF-8 written as \xNN; C1 controls and the bidirectional embedding, override
// and isolate characters (U+202A-U+202E, U+2066-U+2069) as \uXXXX. Other text, and so any
// ordinary message, is unchanged.
std::string EscapeForTerminal(std::string_view text);

}  // namespace newsgraph
