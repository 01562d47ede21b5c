// The lexicons the event layer reads, bundled for its readers.
#pragma once

#include "extract/events/event_cues.h"
#include "extract/events/verb_lexicon.h"

namespace newsgraph {

// All must outlive the readers that keep this.
struct EventLexicons {
  const VerbLexicon& verbs;
  const EventNounLexicon& nouns;
  const EventCues& cues;
};

}  // namespace newsgraph
