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

  // The subject of a participle's clause for a participle modifying `n`: `n` itself, except that
  // an utterance issued by a light verb or one "in" which someone speaks stands for its author
  // ("Kenya issued a statement condemning Uganda", "in a statement praising B, A said").
  std::size_t AuthorOfUtterance(std::size_t n, int depth) const;

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
  // AddActorsOfHead for a noun that is no event noun: its appositions, possessor, nationality,
  // compounded name, "by" or "of" phrase, or group phrase.
  void AddActorsOfNominal(std::size_t t, std::vector<std::size_t>& out, int depth) const;

  // The prepositional phrases of the noun `t` that name the group it stands for ("members of
  // Hamas", "a spokesman for Hamas": EventCues::NamesItsGroupBy); none for any other noun.
  std::vector<std::size_t> GroupPhrases(std::size_t t) const;

  // True for a number or a quantity word whose "of" phrase names what it counts ("two of the
  // soldiers", "dozens of members of the Brotherhood"): that phrase names its actors. False under
  // a negation ("not all of the banks").
  bool IsPartitive(std::size_t t) const;

  // The organisation or state that "it" or "they" stands for as the subject of a clause it
  // reports about itself ("Kenya said it had halted aid"); kNoToken for any other token.
  std::size_t SpeakerOfPronoun(std::size_t t) const;
  // The same for the possessive "its" or "their" of the noun `n` in such a clause ("Armenia said
  // Azerbaijani troops fired on its border posts", "Russia said its forces struck B"), unless
  // "own" marks it as the clause subject's; kNoToken otherwise.
  std::size_t SpeakerOfPossessive(std::size_t n) const;
  // The organisation or state subject of the verb of saying whose complement `clause` is;
  // kNoToken when `clause` is no such complement or the speaker is of another kind.
  std::size_t SpeakerOfClause(std::size_t clause) const;

  // The mention `m` at token `t`, except that in "US President Trump" or "Senate President Thomas
  // Rivera Schatz, ..." the person named inside the phrase is the actor, not the place or body
  // that heads it; with no mention at `t`, a mention inside the name ("Gambian President Dawda
  // Jawara"). kNoToken when there is none.
  std::size_t PersonInName(std::size_t t, std::size_t m) const;

  // The named group or state compounded with the group noun of the nominal mention `m` at `t`
  // ("ISIL fighters", "Hamas militants", "Pentagon officials" stand for the name), or named by its
  // group phrase ("fighters of the Islamic State"); kNoToken when `m` is no nominal or has no such
  // name.
  std::size_t NameOfGroupNoun(std::size_t t, std::size_t m) const;

  // The person named in apposition after the one-word title `t`, with its determiner, that
  // coreference took for a person ("the proclamation by the President of the United States Donald
  // Trump": Trump, whoever "President" was resolved to); kNoToken when none.
  std::size_t NamedAppositive(std::size_t t) const;

  // True for the place of a dateline opening the sentence ("LUXEMBOURG - The European Union ..."),
  // which is no actor whatever the parser attaches to it.
  bool IsDateline(std::size_t t) const;

  // A person named right after the phrase of `t` and a comma: an apposition the parser did not
  // attach ("the United Nations' special envoy for Syria, Staffan de Mistura,"); kNoToken when
  // none.
  std::size_t PersonAfterComma(std::size_t t) const;

  // The name just before the comma that opens the non-restrictive relative clause of `pronoun`
  // ("who", "which", "whom"), for a clause the parser did not attach to it ("asked Carrie Lam,
  // who is supported by B, to resign"); kNoToken when that name sits in a prepositional phrase
  // ("a city in Kenya, which"), is no actor, or there is none.
  std::size_t NameBeforeRelativePronoun(std::size_t pronoun) const;

  // The subject dependent of `p` (or of one of its auxiliaries, a parser's slip); of two (another
  // slip), the one that names an actor. A title subject stands for the person named before it
  // ("Joe Biden, the party's nominee, announced"), and a main verb without one takes the name
  // that opens its clause (NameBeforePredicate).
  std::size_t SubjectChild(std::size_t p) const;

  // The person named just before the phrase of the common noun `subject` and a comma, when the
  // parser hung that name elsewhere ("Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke
  // out"); kNoToken when none.
  std::size_t NameBeforeTitle(std::size_t subject) const;

  // For a finite main-clause verb the parser gave no subject: the actor named right before it, past
  // adverbs, auxiliaries and one appositive between commas ("On Monday, Senator Bernie Sanders
  // endorsed", "Ahmed al-Assadi, a spokesman for the PMF, blamed"); kNoToken when none.
  std::size_t NameBeforePredicate(std::size_t p) const;

  // The comma that opens the appositive or relative clause closed by the comma `closing`: the
  // nearest comma before it followed by a determiner, relative or possessive pronoun or number
  // ("Euronext, which combines the Paris, Amsterdam and Lisbon exchanges,", "Smith, 57,");
  // kNoToken when none within 16 tokens.
  std::size_t AppositiveOpening(std::size_t closing) const;

  // True when token `t` lies in an actor name that stands free in its clause: not an object,
  // oblique or prepositional phrase ("after meeting Putin, the chancellor ...").
  bool IsFreeStandingName(std::size_t t) const;

  const ParsedSentence& s_;
  const EventLexicons& lex_;
};

}  // namespace newsgraph
