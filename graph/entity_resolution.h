// Corpus-level entity resolution: after every document is read, the names under which mentions
// merged so far (normalised keys) are clustered into actors.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// One name of the corpus as the document-level resolution left it.
struct NameRecord {
  std::string key;                       // NormalizeName of the name ("robert kilroy silk")
  std::string name;                      // its most frequent surface form ("Robert Kilroy-Silk")
  EntityType type = EntityType::kOther;  // the type most of its mentions have
  std::size_t mentions = 0;
  std::size_t person_mentions = 0;       // mentions typed PERSON
  std::size_t organization_mentions = 0; // mentions typed ORGANIZATION
  bool known = false;                    // resolved through an actor dictionary
  bool acronym = false;                  // every surface form is written in capitals ("TUC")
  std::vector<std::size_t> documents;    // the documents it occurs in, ascending
};

// Where a name goes: the key of the name it merges into, the rule and the rule's score (0..1).
struct NameMerge {
  std::string into;
  std::string rule;
  double score = 1.0;
};

struct ResolutionInput {
  std::vector<NameRecord> records;  // any order; keys unique
  // Acronyms defined in parentheses somewhere in the corpus: acronym key -> expansion key ->
  // documents that define it so ("icc" -> "international criminal court" -> 3).
  std::map<std::string, std::map<std::string, std::size_t>> acronym_definitions;
  // True when two keys must stay apart (the do-not-merge lists).
  std::function<bool(const std::string&, const std::string&)> kept_apart;
};

// The folded form of a normalised name under which transliteration variants of one name agree:
// "ks" -> "x", "w" -> "v", "j" and "y" -> "i", "kh" -> "h", "ph" -> "f", doubled letters single
// ("zelenskyy", "zelenskiy" and "zelensky" -> "zelenski"; "aleksandr" -> "alexandr";
// "wolodymyr" and "volodymyr" -> "volodimir"). Works word by word on ASCII lower case, as
// NormalizeName leaves it (diacritics and "ł" are folded there).
std::string FoldTransliteration(std::string_view normalised);

// Levenshtein similarity of two strings: 1 - distance / longer length (1 for two empty strings).
double NameSimilarity(std::string_view a, std::string_view b);

// True when two given names can name one person: equal after folding, one an initial or a
// prefix of three letters or more of the other ("Ken", "Kenneth"), or a spelling variant
// (similarity of the folded forms at least 0.8: "Dmytro" / "Dmitry", "Aleksandr" /
// "Alexander"). "Olena" and "Volodymyr", or "Michael" and "John", are not.
bool CompatibleGivenNames(std::string_view a, std::string_view b);

// Clusters the records and returns, for every key merged into another, where it goes; keys that
// stay their own node are absent. Every target is a cluster's representative (the key with most
// mentions, ties to the smaller key), never itself merged. Rules, each logged by name:
// - "transliteration variant": persons of two words or more whose last words agree after folding
//   (or differ by one letter in a surname of six letters or more when one name has at most a
//   third of the other's mentions: "Zelanski") and whose given names are compatible;
// - "trailing words of a full name": a person's name of two words or more that ends a longer
//   person's name ("Kilroy Silk", "der Leyen" / "Ursula von der Leyen"; "Alan Milburn" /
//   "Blairite Alan Milburn"), unless the longer names open with two different given names;
// - "unique surname in corpus" / "dominant full name in corpus": a one-word name mostly typed a
//   person (or an organisation the dictionaries do not know) joins the only person whose folded
//   surname it is, or the one with nine in ten of those persons' mentions (and ten or more),
//   unless the word opens persons' names as often as it ends them (a given name: "John");
// - "acronym defined in corpus": an acronym joins the expansion at least half of the documents
//   defining it give ("International Criminal Court (ICC)" in one article, "ICC" alone in
//   another), when that expansion's initials open with the acronym's letter;
// - "acronym of a name in corpus": an acronym with no definition joins the organisation whose
//   capitalised words' initials spell it ("TUC" / "Trades Union Congress", "UKIP" / "UK
//   Independence Party": a word in capitals gives all its letters) when it is the only one or
//   the others are spellings of it ("Trade Unions Congress"); an acronym of three letters only
//   when a document names both;
// - "acronym with an organisation word": "PCS Union" joins the only name ending in "Union" whose
//   initials spell "PCSU" ("Public and Commercial Services Union"); "ASA Ltd" joins no "American
//   Soybean Association";
// - "complement of a name in corpus": a plural common noun naming a body of people joins the only
//   organisation named "<head> of <word>" ("Commons" / "House of Commons", "Lords"); a word that
//   is the head of a longer name ("House" of "Clarence House", "Trust") joins nothing, nor does
//   a proper name or a thing after "of" ("Sussex", "Life").
// Constraints: types agree (persons with persons, organisations with organisations, places with
// places), `kept_apart` never holds between two keys of a cluster, no cluster holds two
// persons' names with incompatible given names, and no cluster holds two names an actor
// dictionary resolved (`known`): the dictionaries, the user's alias file first, say which actors
// are distinct, so a dictionary entry is always its cluster's representative and its key is the
// node's key in every corpus. The result depends only on the records' content, not on their
// order.
std::map<std::string, NameMerge> ResolveNames(const ResolutionInput& input);

}  // namespace newsgraph
