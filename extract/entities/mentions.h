// Mentions of actors in one document: names from the NER model and the actor dictionary, actor
// groups ("pro-Russian separatists"), and pronouns, with titles split off and short forms,
// acronyms and pronouns resolved within the document.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/entities/anaphora.h"
#include "extract/entities/descriptions.h"
#include "extract/entities/state_bodies.h"
#include "extract/syntax/tagger.h"
#include "extract/types.h"

namespace newsgraph {

// The text of tokens [first, end) as written: tokens apart in the text are apart here.
std::string Surface(const std::vector<Token>& tokens, std::size_t first, std::size_t end);

// Moves `added` into `mentions`, which stay in document order (by sentence, then start); of two
// mentions starting at the same place, the one already there comes first.
void AddInDocumentOrder(std::vector<Mention>&& added, std::vector<Mention>& mentions);

// First-person pronouns, in lower case: the speaker's own ("i", "me", "my") and the speaker's
// side ("we", "us", "our").
bool IsSingularFirstPerson(std::string_view lower);
bool IsPluralFirstPerson(std::string_view lower);

class MentionFinder {
 public:
  // Keeps a reference to `dictionary`, which must outlive the finder.
  explicit MentionFinder(const ActorDictionary& dictionary);

  // Mentions in document order. `names` holds the NER spans of each sentence (Tagger::FindNames).
  // Every mention's `canonical` is the fullest name it stands for in this document:
  // - a title before a person's name goes to Mention::title ("Foreign Minister");
  // - a person's surname or shorter name takes the full name used elsewhere in the document
  //   when exactly one full name fits ("Lavrov" -> "Sergei Lavrov");
  // - an acronym defined in parentheses links both ways ("Islamic State (IS)");
  // - a nationality or country before a group noun of resources/actor_groups.tsv makes the group
  //   act for that state, with the row's sector: a GPE nominal whose canonical name is the
  //   state ("Syrian government" -> Syria GOV, "Russian forces", "Ukrainian government forces"
  //   -> MIL); a name the same file lists as an institution stands for its state with the
  //   sector, keeping its own type ("the Kremlin" -> Russia GOV, "the Pentagon" -> United States
  //   MIL);
  // - other groups with a nationality, "pro-X", "anti-X" or "X-led" modifier become
  //   organisation mentions of kind nominal ("U.S.-led coalition"), and so does a group noun in
  //   lower case after a nationality the NER model found ("Fijian rebels");
  // - a bare armed or political group noun in lower case ("the army", "rebels") is an
  //   organisation mention of kind nominal; its canonical name is the nearest earlier group
  //   mention of the document with the same head noun ("the coalition" -> "U.S.-led coalition");
  // - he/she/him/her resolve to the first person named earlier in the same sentence, else to
  //   the first person of the nearest earlier sentence naming one (kind pronoun);
  // - I/me/we/us (tagged PRP) and my/our (PRP$) are pronoun mentions whose canonical is the
  //   pronoun in lower case ("we"), which keeps them out of the graph until QuotationResolver
  //   (extract/entities/quotations.h) gives the ones inside an attributed quotation a speaker;
  // - a lower-case run of group nouns whose head acts alone is a nominal ("coalition forces");
  // - a definite description of an office holder ("the deputy foreign minister", "the Brazilian
  //   president") stands for the one person of the document it can denote, else for the state
  //   it names, else for nothing (DescriptionResolver, extract/entities/descriptions.h);
  // - "it", "its", "they", "their" and definite descriptions ("the country", "the ministry")
  //   stand for the clear antecedent of the previous sentence that AnaphorResolver finds;
  // - then a state body alone ("police", "the government", "troops"; the groups that
  //   resources/actor_groups.tsv marks "alone" or "the") stands for the state the document is
  //   about at that point, with its sector, when StateBodyResolver finds one clear state;
  // - other pronouns produce no mention.
  std::vector<Mention> Find(const std::vector<Sentence>& sentences,
                            const std::vector<std::vector<NameSpan>>& names) const;

  // Number of tokens of the longest title starting at tokens[first] (0 when none).
  std::size_t TitleAt(const std::vector<Token>& tokens, std::size_t first) const;
  // Number of tokens of a title that ends just before tokens[end] (0 when none).
  std::size_t TitleBefore(const std::vector<Token>& tokens, std::size_t end) const;
  bool IsTitleWord(std::string_view lower) const { return title_words_.count(std::string(lower)); }

 private:
  struct Institution {
    std::string state;   // the dictionary's name of the state
    std::string sector;  // "GOV", "MIL", ...
  };
  struct SentenceMentions;
  // Reads resources/actor_groups.tsv; throws std::runtime_error naming a malformed line.
  void LoadActorGroups();
  // The steps of Find for one sentence, in this order: groups ("Russian forces", "the army"),
  // the NER model's names, participle compounds, the dictionary's names the model missed,
  // pronouns. Each adds mentions on tokens no earlier step covered.
  void AddGroups(SentenceMentions& sentence, const std::vector<bool>& nationality) const;
  void AddNames(SentenceMentions& sentence, const std::vector<NameSpan>& names) const;
  // A participle compound whose modifier names a state ("Iranian-backed", "U.S.-designated":
  // CompoundParticiple, StateOfAdjective) is a nationality mention, as the NER model makes of most
  // of them, so the events layer can read the participle's event; one inside a group or a name
  // already found is left to it.
  void AddParticipleCompounds(SentenceMentions& sentence) const;
  void AddDictionaryNames(SentenceMentions& sentence) const;
  // The type of a place the NER model found at tokens [first, end): the dictionary's when it
  // knows the name, else a location when it has a location word ("River", "northern Kivu"), else
  // a state or city (GPE).
  EntityType PlaceType(const std::vector<Token>& tokens, std::size_t first, std::size_t end) const;
  void AddPronouns(SentenceMentions& sentence) const;
  // Acronyms defined in parentheses in the document, each with the full name's canonical form.
  std::map<std::string, std::string> DefinedAcronyms(const std::vector<Sentence>& sentences,
                                                     const std::vector<Mention>& mentions) const;
  // The sector of the group noun run tokens[first, end): that of its longest listed ending
  // ("government forces" -> MIL); empty when none is listed.
  std::string GroupSector(const std::vector<Token>& tokens, std::size_t first,
                          std::size_t end) const;

  const ActorDictionary& dictionary_;
  AnaphorResolver anaphors_;
  StateBodyResolver state_bodies_;  // the state bodies of actor_groups.tsv
  DescriptionResolver descriptions_;
  std::unordered_map<std::string, std::string> group_sectors_;  // lower-case phrase -> sector
  std::unordered_map<std::string, Institution> institutions_;   // normalised name -> state
  std::unordered_set<std::string> titles_;       // lower-case title phrases
  std::unordered_set<std::string> title_words_;  // every word of a title phrase
  std::unordered_set<std::string> group_nouns_;
  std::unordered_set<std::string> generic_nouns_;  // group nouns that act alone ("the army")
  std::size_t max_title_tokens_ = 1;
};

}  // namespace newsgraph
