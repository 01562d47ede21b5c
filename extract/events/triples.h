// Who did what to whom: actor–relation–actor triples from tagged sentences and their mentions.
#pragma once

#include <vector>

#include "extract/syntax/lemmatizer.h"
#include "extract/types.h"
#include "extract/events/verb_lexicon.h"

namespace newsgraph {

// Finds the verb groups of each sentence (tokens tagged MD/VB* with adverbs between), looks the
// head verb's lemma up in the verb lexicon and matches its patterns, longest first, to find the
// target. Actors are mentions of an actor type (PERSON, ORGANIZATION, GPE, actor groups and
// nominals); a nationality (NORP) stands in for an actor only when its noun phrase names no other.
//
// Subject: the actor of the noun phrase that ends just before the verb group, across adverbs,
// time expressions ("on Thursday", "today"), an apposition (", Russia's deputy foreign minister,")
// or a relative pronoun; in a noun phrase with prepositions ("the Members of the Security
// Council") the phrase's own actor first, else the first actor inside. Coordinated subjects
// ("Russia and China") give one triple each; a verb group after "and"/"but" without a subject of
// its own takes the previous group's.
//
// Target: the actor at the pattern's "O" slot, with literal words of the pattern matched across up
// to two determiners, adjectives or adverbs; coordinated targets give one triple each. When a
// direct-object slot holds a non-actor noun phrase, the first actor in its prepositional tail is
// the target ("offered its troops to B", "criticized air strikes by B", "lift ban on B").
//
// Constructions:
// - passive with "by" ("B was condemned by A" gives A -> B);
// - negation ("did not accuse", "never met") sets Triple::negated; the code stays;
// - "will" and intent verbs or adjectives followed by "to" ("agreed to", "vowed to", "plans to",
//   "is ready to") recode the embedded event as an intent: cooperation becomes CAMEO 03x
//   (AGREE), conflict becomes 13x (THREATEN); "threatened to" always gives 13x;
// - refusal ("refused to", "declined to", "is unwilling to") recodes the embedded event as a
//   rejection, CAMEO 12x (REJECT); the embedded event itself is not stated;
// - aspect and attempt ("tried to", "began to", "continued to") keep the embedded code;
// - object control ("urged B to", "encouraged B to", "called on B to") is coded by the lexicon
//   pattern of the controlling verb; the embedded event is not stated;
// - reported speech: a speaker is the subject of a speech verb before or after the reported
//   clause ("A said", '"...," A said', "according to A"). A reported conflict event of B also
//   gives A -> B accuse (CAMEO 112); a reported "B must ..." gives A -> B demand (CAMEO 100);
// - other modals (would, could, may, should, must) and bare participles state no fact;
// - symmetric meetings: coordinated subjects of a consultation verb without a target ("A and B
//   met", "A and B held talks") give A -> B with the verb's CONSULT pattern;
// - nominal events: a noun of the event-noun lexicon followed by a preposition and an actor
//   ("air strikes against B", "support for B", "talks with B"; conflict nouns take against, on,
//   upon, into, at, with, between, of; the others for, to, toward, with, between, of) is a fact
//   of the noun's agent: an actor "by" the noun ("strikes by A against B"), the actor or
//   nationality modifying it ("A's fight against B", "A air strikes on B"), the subject of the
//   clause for "its"/"their" ("A ... in their battle with B") or for a phrase that opens with
//   "in" ("A remains steadfast in support of B"), or the subject of a light verb whose object it
//   is ("A conducted strikes against B", "A carried out an attack on B"). "with" and "between"
//   make the event mutual ("talks between A and B", "battle with B" give both directions).
//   A pair that already has a fact of the same polarity in the sentence gets no nominal one.
class TripleExtractor {
 public:
  // Keeps references; both must outlive the extractor. Loads the embedded event-noun lexicon.
  TripleExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer);

  // Triples of one document. `mentions` are the document's mentions in order; Triple::subject and
  // Triple::object index them. Provenance is filled from `document` and `sentences`. Triples are
  // unique per (subject, object, CAMEO code, negation) within a sentence.
  std::vector<Triple> Extract(const Document& document, const std::vector<Sentence>& sentences,
                              const std::vector<Mention>& mentions) const;

 private:
  const VerbLexicon& verbs_;
  const Lemmatizer& lemmatizer_;
  EventNounLexicon event_nouns_;
};

}  // namespace newsgraph
