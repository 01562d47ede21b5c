// Definite descriptions of office holders ("the president", "the French president", "Russia's
// foreign minister", "the president of Brazil", "the former prime minister"): the person of the
// document they denote, or the state whose unnamed office holder they describe.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/types.h"

namespace newsgraph {

class DescriptionResolver {
 public:
  // Keeps a reference to `dictionary`, which must outlive the resolver. Reads resources/titles.txt
  // and resources/descriptions.tsv; throws std::runtime_error naming a malformed line.
  explicit DescriptionResolver(const ActorDictionary& dictionary);

  // Adds to `mentions` (a document's mentions in document order, short forms already resolved;
  // the order is kept) a mention for each description no mention covers. A description is "the"
  // or a state's possessive ("Russia's"), then modifier words of resources/descriptions.tsv,
  // nationality words or an age ("47-year-old"), then a title of titles.txt, optionally followed
  // by "of" and a state ("the president of Brazil"); any other word before the title, a name
  // after it, or "of" with anything but a state, makes it no description. The mention covers the
  // title's words and stands for:
  // - the person named right after it ("the French president, Emmanuel Macron") or right before
  //   it in apposition ("Boris Johnson, the prime minister, ..." with a comma or the sentence end
  //   after it);
  // - else the one person named earlier in the document with a matching title: the same title, or
  //   one the description's title ends ("foreign minister" for "the minister", not "vice
  //   president" for "the president": rank words of descriptions.tsv); the same state when the
  //   description names one (the person's title must name it too: "Brazilian President",
  //   "Bolsonaro, Brazil's president"); and "former" on both or neither. Titles given in
  //   apposition count as the person's. Two persons that match leave it unresolved;
  // - else, when it names a state and its title is an office of descriptions.tsv, that state
  //   (type GPE, kind nominal, the office's sector: "the Brazilian president" -> Brazil GOV);
  // - else nothing.
  // A person mention is of kind nominal, with the person's canonical name and title.
  void Resolve(const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) const;

 private:
  struct Description;  // one found in the text (descriptions.cc)
  struct Holder;       // a named person with a title

  // The descriptions of sentence `s` whose title no mention in `covered` overlaps.
  std::vector<Description> Find(const std::vector<Token>& tokens, std::size_t s,
                                const std::vector<const Mention*>& in_sentence) const;
  // The description whose title ends just before tokens[end], or false when there is none.
  bool DescriptionEndingAt(const std::vector<Token>& tokens, std::size_t end,
                           const std::vector<const Mention*>& at, Description& out) const;
  // The core title ("foreign minister") and state of a person's written title ("Russian Foreign
  // Minister", "US President").
  bool ParseTitle(const std::string& title, std::string& core, std::string& state) const;
  // True when a holder of `core` may be denoted by a description with title `wanted`.
  bool TitleMatches(const std::string& core, const std::string& wanted) const;
  // Adds `mention` to `holders` when it names a person with a title.
  void AddHolder(const std::vector<Token>& tokens, const Mention& mention,
                 std::vector<Holder>& holders) const;
  // The mention `description` makes given the earlier `holders` (see Resolve), adding the person
  // of an apposition to them; none when it stays unresolved.
  std::optional<Mention> MentionFor(const std::vector<Token>& tokens,
                                    const Description& description,
                                    std::vector<Holder>& holders) const;

  const ActorDictionary& dictionary_;
  std::unordered_set<std::string> titles_;  // lower-case title phrases
  std::unordered_set<std::string> title_heads_;  // their last words
  std::size_t max_title_tokens_ = 1;
  std::unordered_set<std::string> modifiers_;
  std::unordered_set<std::string> former_;
  std::unordered_set<std::string> ranks_;
  std::unordered_map<std::string, std::string> office_sectors_;  // title -> sector
};

}  // namespace newsgraph
