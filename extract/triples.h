// Who did what to whom: actor–relation–actor triples from tagged sentences and their mentions.
#pragma once

#include <vector>

#include "extract/lemmatizer.h"
#include "extract/types.h"
#include "extract/verb_lexicon.h"

namespace newsgraph {

// Finds the verb groups of each sentence (tokens tagged MD/VB* with adverbs between), looks the
// head verb's lemma up in the verb lexicon and matches its patterns, longest first, to find the
// target; the subject is the actor just before the verb group (across an apposition or a relative
// clause), or the subject of the verb group it is coordinated with. Constructions:
// - active "A accused B", with coordinated targets ("arming B and C": one triple each) and
//   coordinated subjects;
// - literal words and a prepositional target from the pattern ("took another jab at B",
//   "called on B"); a target phrase without an actor looks into "by"/"of" ("criticized air
//   strikes by B");
// - passive with "by" ("B was condemned by A" gives A -> B);
// - negation ("did not accuse", "never met") sets Triple::negated;
// - verb groups after "to", with a modal other than "will", or a bare participle (no auxiliary)
//   state no fact and give no triple; speech verbs without a target give none either.
class TripleExtractor {
 public:
  // Keeps references; both must outlive the extractor.
  TripleExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer);

  // Triples of one document. `mentions` are the document's mentions in order; Triple::subject and
  // Triple::object index them. Provenance is filled from `document` and `sentences`.
  std::vector<Triple> Extract(const Document& document, const std::vector<Sentence>& sentences,
                              const std::vector<Mention>& mentions) const;

 private:
  const VerbLexicon& verbs_;
  const Lemmatizer& lemmatizer_;
};

}  // namespace newsgraph
