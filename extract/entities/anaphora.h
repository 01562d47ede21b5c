// Pronouns and definite descriptions ("it", "their", "the country", "the ministry") that refer
// back to an organisation or state named in the previous sentence, resolved by salience in the
// manner of Lappin and Leass (1994), with grammatical roles read off part-of-speech tags as
// Kennedy and Boguraev (1996) do without a parser.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

class AnaphorResolver {
 public:
  // What an anaphor's antecedent must be (resources/anaphors.tsv).
  enum class Class { kSingular, kPlural, kState, kGovernment, kOrganisation, kNamed };

  // Reads resources/anaphors.tsv; throws std::runtime_error naming a malformed line.
  AnaphorResolver();

  // Adds to `mentions` (a document's mentions in document order, which it keeps) a mention for
  // each anaphor of the resource file that no mention covers and whose antecedent is clear:
  // - candidates are the noun phrases of the previous sentence and those before the anaphor in
  //   its own sentence, each with a salience: recency (own sentence 100, previous 50), role
  //   (subject 80, object 50, prepositional object 40), 80 for a phrase's head (not a possessor
  //   or a noun modifier), 50 when not in a prepositional phrase;
  // - an anaphor with a compatible actor before it in its own sentence is left to the parse
  //   (the speaker "it" reports about, a possessive's clause subject), and gets no mention;
  // - the antecedent is the most salient compatible actor of the previous sentence, when it heads
  //   a subject or an object (not a prepositional phrase, a possessor or a noun modifier) and no
  //   other compatible actor with another canonical name is as salient; for a pronoun, also no
  //   other noun phrase that agrees in number (a singular common noun for "it", a plural one or
  //   an actor of another kind for "they") may be as salient;
  // - a pronoun in an adverbial clause or phrase opening its sentence, before the first comma,
  //   may point forward ("Despite giving their backing, the Conservatives ...") and is left;
  // - a noun after a form of "be" is a predicate, neither subject nor object;
  // - "it" and "they" count only as a clause's subject, and "it" before a form of "be", "seem",
  //   "appear" and the like ("it is expected that", "it seems") is pleonastic and never resolved.
  // The new mention takes the antecedent's canonical name, type and sector; kind pronoun for a
  // pronoun, nominal for a description ("the government" takes sector GOV).
  void Resolve(const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) const;

 private:
  struct Anaphor {
    std::size_t sentence, token;
    bool pronoun;
    Class kind;
    std::string word;
  };
  using MentionsBySentence = std::vector<std::vector<const Mention*>>;

  // The anaphors of the resource file, in document order, that no mention covers.
  std::vector<Anaphor> FindAnaphors(const std::vector<Sentence>& sentences,
                                    const MentionsBySentence& by_sentence) const;
  // True when the pronoun tokens[i] is the subject of a finite verb that is not pleonastic.
  bool IsSubjectPronoun(const std::vector<Token>& tokens, std::size_t i) const;
  // The clear antecedent of `anaphor` (see Resolve); null when there is none.
  const Mention* Antecedent(const std::vector<Sentence>& sentences,
                            const MentionsBySentence& by_sentence, const Anaphor& anaphor) const;

  std::unordered_map<std::string, Class> pronouns_;
  std::unordered_map<std::string, Class> descriptions_;
  std::unordered_set<std::string> pleonastic_verbs_;
};

}  // namespace newsgraph
