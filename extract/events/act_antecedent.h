// The agent of an act that a reaction names by a definite act noun alone ("USCIRF also criticized
// the move"): the actor that the sentences just before state as doing something.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/quotations.h"
#include "extract/events/event_lexicons.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/types.h"

namespace newsgraph {

// How many sentences before a reaction are searched for the act it names.
inline constexpr std::size_t kActAntecedentWindow = 2;

// Keeps references to its arguments but the quotations; all must outlive it.
class ActAntecedents {
 public:
  // The first `found` of `mentions` are the document's mentions in sentence order; any after them
  // (appended while the antecedents are in use) are ignored. `quotations` are the document's
  // (FindQuotations): what is said inside them is no narrated act.
  ActAntecedents(const std::vector<Sentence>& sentences, const std::vector<Mention>& mentions,
                 std::size_t found, std::vector<Quotation> quotations, const Lemmatizer& lemmatizer,
                 const EventLexicons& lexicons)
      : sentences_(sentences),
        mentions_(mentions),
        found_(found),
        quotations_(std::move(quotations)),
        lemmatizer_(lemmatizer),
        lex_(lexicons) {}

  // The agent of the act that a reaction by `reactors` (mention indices), stated by the token
  // `predicate` of sentence `s`, names with a bare act noun. The nearest clause group with act
  // agents decides: the clauses of `s` before `predicate`, else those of each of the
  // kActAntecedentWindow sentences before `s`, nearest first, else the lead (the first sentence
  // that names an actor, which states what the article is about). Its one agent (a mention
  // index); kNoToken when there is none, when they are two different actors, or when the reactor
  // is one of them (the act is its own: "A announced it would scrap the meals, but defended the
  // move").
  std::size_t AgentBefore(std::size_t s, std::size_t predicate,
                          const std::vector<std::size_t>& reactors) const;

 private:
  // The actors that the subjects (the "by" agents, in the passive) of the verbs of parsed sentence
  // `s` name themselves, for the verbs that state an act as done: no stative verb ("is", "has"),
  // no verb of saying unless its object is a noun naming no actor ("announced the withdrawal",
  // not "said that", "told reporters"), nothing negated or only possible, nothing reported of
  // another than the speaker (only "A said it closed ...", by a pronoun). Unresolved pronouns are
  // left out, and so are verbs inside quotation marks and verbs from token `end` on. With an
  // `end` (the reaction's own sentence) a verb of saying counts as an act: "A announced it would
  // scrap the meals but defended the move" reacts to A's own act. In token order; none for an
  // unparsed sentence.
  std::vector<std::size_t> ActAgents(std::size_t s, std::size_t end) const;
  // What the act agents of one clause group (ActAgents) tell of the act a reaction by actors of
  // the `reacting` names (NormalizeName) aims at: its one agent; kNoToken when they are two
  // different actors or the reactor is one of them; nullopt when there is no agent, and an
  // earlier group is to be read.
  std::optional<std::size_t> Decide(const std::vector<std::size_t>& agents,
                                    const std::set<std::string>& reacting) const;
  // The lead: the first sentence that names an actor; kNoToken when none.
  std::size_t LeadSentence() const;
  // True when token `t` of sentence `s` lies inside a quotation.
  bool IsQuoted(std::size_t s, std::size_t t) const;

  const std::vector<Sentence>& sentences_;
  const std::vector<Mention>& mentions_;
  std::size_t found_;
  std::vector<Quotation> quotations_;
  const Lemmatizer& lemmatizer_;
  const EventLexicons& lex_;
};

}  // namespace newsgraph
