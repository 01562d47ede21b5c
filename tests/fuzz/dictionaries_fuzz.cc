// libFuzzer harness: the readers of user-supplied word lists and dictionaries (the --aliases JSON
// file, PETRARCH actor dictionaries, --verbs and event-noun tables) and the dictionary that takes
// them in. Content errors must be reported (std::runtime_error), never crash.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "extract/entities/actor_dictionary.h"
#include "extract/entities/petrarch_dictionary.h"
#include "extract/events/verb_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        newsgraph::ActorDictionary dictionary;
        dictionary.AddUserAliases(newsgraph::ParseUserAliases(text, "fuzz.json"));
        break;
      }
      case 1: {
        newsgraph::ActorDictionary dictionary;
        dictionary.AddPetrarch(newsgraph::ParsePetrarchActors(text, "fuzz.actors.txt"));
        break;
      }
      case 2:
        newsgraph::VerbLexicon::Parse(text, "fuzz.tsv");
        break;
      default:
        newsgraph::EventNounLexicon::Parse(text, "fuzz.tsv");
        break;
    }
  } catch (const std::runtime_error&) {
  }
  return 0;
}
