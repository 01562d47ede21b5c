// Verb and noun lemmas for English news text, from WordNet's verb list and exception list.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph {

// Maps inflected English words to their dictionary forms. Built once, then used from any number of
// threads (all lookups are const hash lookups).
class Lemmatizer {
 public:
  // Builds the tables from the embedded WordNet files "wordnet/index.verb" and "wordnet/verb.exc".
  static Lemmatizer LoadEmbedded();

  // Builds the tables from the text of a WordNet `index.verb` (lines beginning with the lemma,
  // multiword lemmas joined by '_', header lines beginning with two spaces) and a `verb.exc`
  // (lines "inflected lemma..."; the first lemma is used).
  Lemmatizer(std::string_view index_verb, std::string_view verb_exc);

  // The verb lemma of `word`, lower-cased (ASCII). Resolution order:
  //  1. WordNet's exception list (took -> take), except for "lay", "ground" and "wound", which
  //     are read as base forms;
  //  2. the word itself when it is a known verb;
  //  3. WordNet's detachment rules in order (-s, -ies -> -y, -es -> -e, -es, -ed -> -e, -ed,
  //     -ing -> -e, -ing), then undoubling a final double consonant (jabbed -> jab).
  // A candidate is accepted only when it is a known verb. British -ise/-yse/-our spellings become
  // -ize/-yze/-or when that form is a known verb (criticised -> criticize). A word with no known
  // lemma comes back lower-cased but otherwise unchanged.
  std::string VerbLemma(std::string_view word) const;

  // The singular of a noun, lower-cased, by rule: a short list of irregular plurals
  // (men -> man, crises -> crisis), then -ies -> -y, -ches/-shes/-sses/-xes/-zzes -> drop "es",
  // -oes -> -o, and -s dropped unless the word ends in -ss, -us, -is. Plural-only nouns whose
  // singular means something else keep their plural form, so that an event-noun lexicon can list
  // them: "talks" (negotiations), "arms" (weapons), "hostilities", "news", "headquarters". Any
  // other word comes back lower-cased.
  std::string NounLemma(std::string_view word) const;

  // True when `lemma` (lower case, multiword lemmas joined by '_') is a WordNet verb.
  bool IsKnownVerb(std::string_view lemma) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  // `candidate` or its American spelling when that is a known verb; empty otherwise.
  std::string KnownSpelling(std::string_view candidate) const;

  std::unordered_set<std::string, Hash, std::equal_to<>> verbs_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> verb_exceptions_;
};

}  // namespace newsgraph
