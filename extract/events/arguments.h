// Who the argument positions of a parsed sentence name: the actor mentions of noun phrases, the
// subject, object and agent of a predicate, and the agents of event nouns.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/events/event_lexicons.h"
#include "extract/events/parsed_sentence.h"

namespace newsgraph {

// The object of `p` (obj, else iobj: "urged Uganda to ..." may be read either way); kNoToken when
// none.
std::size_t ObjectOf(const ParsedSentence& sentence, std::size_t p);

// True when `p` is a verb of saying (a `speech` row of the verb lexicon).
bool IsSpeechVerb(const ParsedSentence& sentence, const VerbLexicon& verbs, std::size_t p);

// Keeps references to the sentence and the lexicons.
class ArgumentReader {
 public:
  ArgumentReader(const ParsedSentence& sentence, const EventLexicons& lexicons)
      : s_(sentence), lex_(lexicons) {}

  // The actor mentions of the noun phrases headed by `t` and its conjuncts.
  std::vector<std::size_t> Actors(std::size_t t) const;

  // The token that is the grammatical subject of `p`, inherited through coordination, control,
  // participles and relative clauses; kNoToken when none.
  std::size_t GrammaticalSubject(std::size_t p, int depth = 0) const;

  // The token in the object role: obj in the active; in the passive the passive subject, or the
  // noun a participle modifies.
  std::size_t ObjectRole(std::size_t p, bool passive) const;

  std::vector<std::size_t> Agents(std::size_t p) const;

  // The actors of the first prepositional phrase after an object that names none itself: what an
  // embargo, a curfew, an appeal or a commitment concerns ("lifted a curfew in Montenegro",
  // "dismissed an appeal from Gbago").
  // A parser may hang the phrase on the predicate instead ("accepted demands from the rebels").
  // None for an agent noun: "arrested critics of B" names no arrest of B.
  std::vector<std::size_t> TailActors(std::size_t object, std::size_t predicate) const;

  // The agents an event noun names itself: its possessor, nationality or compounded name, or an
  // actor "by" it.
  std::vector<std::size_t> NounOwnAgents(std::size_t n) const;

  // The actor an event noun's possessive pronoun refers to: for "its" or "their", the possessor
  // of a noun the event noun is coordinated with or modifies, when that names an organisation or
  // state ("the government's repression of B and its support for C"), else the clause subject
  // ("A seized the town in its battle with B"); kNoToken when the noun has no such pronoun or
  // sits in no clause.
  std::size_t PossessivePronounAgent(std::size_t n) const;

 private:
  // The organisation or state possessor, up the conj and nmod chain of `n`, that its "its" or
  // "their" refers to; kNoToken otherwise.
  std::size_t CoordinatedPossessor(std::size_t n) const;

  void AddActorsOfHead(std::size_t t, std::vector<std::size_t>& out, int depth) const;

  // The organisation or state that "it" or "they" stands for as the subject of a clause it
  // reports about itself ("Kenya said it had halted aid"); kNoToken for any other token.
  std::size_t SpeakerOfPronoun(std::size_t t) const;

  // The mention `m` at token `t`, except that in "US President Trump" or "Senate President Thomas
  // Rivera Schatz, ..." the person named inside the phrase is the actor, not the place or body
  // that heads it; with no mention at `t`, a mention inside the name ("Gambian President Dawda
  // Jawara"). kNoToken when there is none.
  std::size_t PersonInName(std::size_t t, std::size_t m) const;

  // True for the place of a dateline opening the sentence ("LUXEMBOURG - The European Union ..."),
  // which is no actor whatever the parser attaches to it.
  bool IsDateline(std::size_t t) const;

  // A person named right after the phrase of `t` and a comma: an apposition the parser did not
  // attach ("the United Nations' special envoy for Syria, Staffan de Mistura,"); kNoToken when
  // none.
  std::size_t PersonAfterComma(std::size_t t) const;

  // The subject dependent of `p`; of two (a parser's slip), the one that names an actor.
  std::size_t SubjectChild(std::size_t p) const;

  const ParsedSentence& s_;
  const EventLexicons& lex_;
};

}  // namespace newsgraph
