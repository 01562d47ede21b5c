// Bare state bodies ("police", "the government", "troops", "lawmakers"): a group that acts for a
// state, written with no nationality, country or possessor, stands for the state the document is
// about at that point, with the group's sector, as event coders map such actors (CAMEO sectors).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/types.h"

namespace newsgraph {

class StateBodyResolver {
 public:
  // Keeps a reference to `dictionary`, which must outlive the resolver.
  explicit StateBodyResolver(const ActorDictionary& dictionary) : dictionary_(dictionary) {}

  // Makes `phrase` (lower case, words apart by one space) a state body with `sector` ("COP");
  // with `needs_the`, only after "the" ("the government"; "in government" is no body).
  void AddBody(std::string_view phrase, std::string_view sector, bool needs_the);

  // Resolves the bare state bodies of a document. `mentions` are its mentions in document order,
  // which it keeps. A body phrase is bare when
  // - nothing but "the" modifies it: the word before is no noun, adjective, determiner,
  //   possessive or participle ("rebel forces", "Hong Kong police", "its troops", "a government"
  //   are not bare), and "the" is there when the body needs it;
  // - it heads its noun phrase: no noun, adjective, "of" or hyphen follows, nor a conjunction
  //   with a noun modifier after it ("police officer", "the government of Yemen", "government
  //   economic advisers", "police and army officers");
  // - it is written in lower case, or opens the sentence ("Police said", "The government");
  // - no mention covers it, except an unresolved nominal within it (the bare "police" that
  //   MentionFinder leaves as it is).
  // Two states may claim a bare body: the state of the nearest earlier nominal of a state with a
  // sector and the same head word ("Kenyan police" ... "police", a resolved "the government"),
  // and the document's state: the state with at least twice as many references as any other
  // state (names, capitals, nationality words, institutions, organisations named for a state;
  // pronouns and bodies aside) from the start of the document to the end of the body's sentence.
  // The body stands for the state that both name, or the only one named; when they differ, or
  // neither names one, it is left unresolved and no mention is added (two states compete).
  // A resolved body is a nominal GPE mention of the state (canonical name as the dictionary has
  // it) with the body's sector; an unresolved nominal within it takes these fields instead.
  void Resolve(const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) const;

 private:
  struct Body {
    std::string sector;
    bool needs_the = false;
  };

  // The longest body phrase starting at tokens[first]: its number of tokens (0 when none) and
  // what it is.
  std::size_t BodyAt(const std::vector<Token>& tokens, std::size_t first, Body* body) const;
  // The state `mention` refers to by name, capital, nationality word or institution, or the
  // state an organisation's name opens with ("U.S. Securities and Exchange Commission", "Kenya
  // Airways"): a country the dictionary knows with an ISO 3166 code. Null for pronouns and
  // anything else.
  const ActorEntry* StateOf(const Mention& mention) const;

  const ActorDictionary& dictionary_;
  std::unordered_map<std::string, Body> bodies_;  // by phrase
  std::unordered_set<std::string> first_words_;   // the phrases' first words
  std::size_t max_tokens_ = 1;
};

}  // namespace newsgraph
