// Who did what to whom: actor-to-actor events read off the dependency parse of each sentence,
// coded in CAMEO and PLOVER, with their factuality.
#pragma once

#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/entities/quotations.h"
#include "extract/events/event_cues.h"
#include "extract/events/event_date.h"
#include "extract/events/verb_lexicon.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/types.h"

namespace newsgraph {

class EventExtractor {
 public:
  // Keeps references; all must outlive the extractor. Loads the embedded event-noun lexicon and
  // event cues.
  EventExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer,
                 const ActorDictionary& actors);
  EventExtractor(const EventExtractor&) = delete;  // dates_ refers to time_words_
  EventExtractor& operator=(const EventExtractor&) = delete;

  // The events of one document whose sentences carry their parse (Token::head, Token::deprel);
  // unparsed sentences (every head -1 and no deprel) give none. Triple::subject and object index
  // `mentions`. A nationality at one end of an event ("the Russian invasion") stands for its
  // state: a mention of kind nominal, type GPE, whose canonical name is the state, is appended to
  // `mentions` for it. Ends are checked (ReadSentenceEvents has the constructions):
  // - both ends are actors (a generic group such as "the army" is kept here; the graph draws no
  //   node for it), distinct after resolution;
  // - plain statements (PLOVER STATEMENT) are no events; an exchange with a news organisation
  //   (statement, consultation or request: "told Reuters") is provenance, not an event;
  // - a reaction to "the move" or "the decision" (SentenceEvent::act_antecedent) aims at the agent
//   of the act the sentences just before state (ActAntecedents), and at nobody when none is clear;
// - force codes between two persons with no weapon are criticism or nothing (DisciplineForce);
  // - a speaker's accusation or demand from reported speech is dropped when the speaker is a news
  //   organisation ("..., RIA reported") or speaks for the actor ("Russian Deputy Foreign Minister
  //   Gatilov said Russia had ...").
  // Facts (every factuality but hypothetical) go to `facts`, the rest to `hypotheticals`, each
  // unique per (subject, object, CAMEO code, factuality) within a sentence, in sentence order.
  // Each triple's event date comes from the time expression attached to its predicate, resolved
  // against the document's date (EventDateResolver; an intended event looks forward), else the
  // document's date. An event stated inside one of the `attributed` quotations
  // (QuotationResolver::Resolve) is the speaker's claim: reported at least.
  void Extract(const Document& document, const std::vector<Sentence>& sentences,
               std::vector<Mention>& mentions, std::vector<Triple>& facts,
               std::vector<Triple>& hypotheticals,
               const std::vector<Quotation>& attributed = {}) const;

  // True when a tagged sentence has a word that can state an event: a verb with an event row in
  // the lexicon (a verb of saying alone states none), a head of an event noun (tagged as a noun
  // or an adjective: "at the behest of"), or a modal of obligation. Only such sentences need a
  // parse.
  bool MayStateEvent(const Sentence& sentence) const;

  // True when a tagged sentence may react to an act it names by a definite act noun alone ("A
  // criticized the move"): a verb with a reaction row in the lexicon (CAMEO 05, 11, 12) and an
  // singular act noun after a determiner. Such a sentence needs a parse, and so do the
  // kActAntecedentWindow sentences before it, where the act's agent is named.
  bool MayReactToAct(const Sentence& sentence) const;

 private:
  const VerbLexicon& verbs_;
  const Lemmatizer& lemmatizer_;
  const ActorDictionary& actors_;
  EventNounLexicon nouns_;
  EventCues cues_;
  TimeWords time_words_;
  EventDateResolver dates_;
};

}  // namespace newsgraph
