// Reader for PETRARCH/TABARI actor dictionaries (the Phoenix *.actors.txt files).
//
// Format (see the PETRARCH documentation, "Actor Dictionary"):
//   # comment                      also "<!-- ... -->" lines; "#" or ";" ends any line
//   SERGEY_LAVROV_ [RUSGOV]        primary phrase, optionally with codes on the same line
//   +SERGEI_LAVROV                 further phrases of the same actor
//       [RUSGOV >20040309]         indented codes: [CODE], [CODE >D], [CODE <D], [CODE D-D]
//   ---STOP---                     ends the file
// Words are joined by "_" (a trailing "_" marks a whole phrase); a "(...)" group in a phrase is
// dropped. Dates are YYYYMMDD, or YYMMDD with 00-30 read as 20YY and else 19YY (as PETRARCH).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/actor_dictionary.h"

namespace newsgraph {

// One actor of a PETRARCH dictionary, its phrases turned into readable names.
struct PetrarchActor {
  std::string name;                    // the primary phrase, title case: "Sergey Lavrov"
  std::vector<std::string> aliases;    // the + phrases, title case
  std::vector<DatedCode> dated_codes;  // date-restricted codes, in file order
  std::vector<std::string> codes;      // unrestricted codes, in file order (the first is used)
  std::string origin;                  // "<file>:<line>" of the primary phrase
};

struct PetrarchDictionary {
  std::vector<PetrarchActor> actors;
  // Lines that were skipped or only partly understood, as "<file>:<line>: <problem>".
  std::vector<std::string> warnings;
};

// Parses dictionary text. Never throws on content: malformed lines are skipped with a warning.
PetrarchDictionary ParsePetrarchActors(std::string_view text, std::string_view origin);
// Reads the file at `path` and appends its actors and warnings to `out`. Throws
// std::runtime_error when the file cannot be read.
void ReadPetrarchActors(const std::string& path, PetrarchDictionary& out);

// "SERGEY_LAVROV_" -> "Sergey Lavrov", "BAN_KI-MOON" -> "Ban Ki-Moon", "PKK" -> "PKK" (words
// without a vowel stay upper case), "REPUBLIC_OF_X" -> "Republic of X".
std::string PetrarchPhraseToName(std::string_view phrase);

// "20040309" -> "2004-03-09", "040309" -> "2004-03-09", "970101" -> "1997-01-01"; only the first
// eight digits of a longer run count. Empty when the date is not valid.
std::string PetrarchDate(std::string_view digits);

}  // namespace newsgraph
