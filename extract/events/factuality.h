// The factuality of a predicate in a parsed sentence (see Factuality): its own negation and
// modals, the clauses above it (conditions, questions, predictions, reported speech) and the verbs
// that control it.
#pragma once

#include <cstddef>

#include "extract/events/arguments.h"
#include "extract/events/event_lexicons.h"
#include "extract/events/parsed_sentence.h"
#include "extract/types.h"

namespace newsgraph {

// The factuality that takes more back: hypothetical > negated > intended > reported > asserted.
Factuality Stronger(Factuality a, Factuality b);

// Keeps references to the sentence and the lexicons.
class FactualityReader {
 public:
  FactualityReader(const ParsedSentence& sentence, const EventLexicons& lexicons)
      : s_(sentence), lex_(lexicons) {}

  // The cues among `p`'s own dependents.
  Factuality OwnMarkers(std::size_t p) const;

  // True when a past-future modal on `p` ("would") states a future: `p` has a condition clause
  // of its own ("would impose sanctions if B invades") or is the complement of a verb of saying
  // in the past or a participle ("said it would retaliate", "saying it would", not "says it
  // would"), and no "have" makes it a past counterfactual ("would have attacked").
  bool PastFutureIsFuture(std::size_t p) const;

  // What the clauses above `p` add: reported speech, predictions, conditions, shared modals, and a
  // question in the main clause.
  Factuality ClauseFactuality(std::size_t p) const;

  // What the verbs that control `p`'s clause say of it: "offered to host talks" plans the talks,
  // "refused to hold talks" and "avoided talks" deny them.
  Factuality ControlledFactuality(std::size_t p) const;

  // The speech verb that reports `p`'s clause: "A said B attacked C" (a ccomp or parataxis of
  // the speech verb, through coordinated and controlled verbs) or "B attacked C, A said" (a
  // parataxis of `p`); kNoToken when none.
  std::size_t ReportingVerb(std::size_t p) const;

  // "according to A" on `p`'s clause; kNoToken when none.
  std::size_t AccordingTo(std::size_t p) const;

  bool IsReported(std::size_t p) const;

  bool HasNegativeDeterminer(std::size_t t) const;

 private:
  const ParsedSentence& s_;
  const EventLexicons& lex_;
};

}  // namespace newsgraph
