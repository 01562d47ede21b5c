// Known actors and their names: the shipped alias table, countries from iso-codes, capitals used
// as shorthand for governments, nationality words, and dictionaries users bring.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// A CAMEO actor code restricted to the days [from, to], both inclusive, as YYYY-MM-DD; an empty
// bound is open.
struct DatedCode {
  std::string code;
  std::string from;
  std::string to;
  bool operator==(const DatedCode&) const = default;
};

// Where an entry came from; it decides the merge-log rule and whether its name labels the node.
enum class ActorSource { kShipped, kUserAliases, kPetrarch };

struct ActorEntry {
  std::string name;  // canonical name
  // kOther when the source does not say (most PETRARCH people): the mention's own type stands.
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;          // other names, as written in the source
  std::map<std::string, std::string> codes;  // "iso3166" -> "RUS", "cameo" -> "RUS"
  // Date-restricted CAMEO codes in source order; codes["cameo"], when present, is the fallback.
  std::vector<DatedCode> dated_codes;
  ActorSource source = ActorSource::kShipped;
};

// The CAMEO code of `entry` on `date` (YYYY-MM-DD, may be empty): the first dated code whose days
// contain the date, else codes["cameo"]. Without a date: codes["cameo"], else the dated code that
// ends last (an open end is latest). Empty when the entry has no CAMEO code at all.
std::string CameoCodeAt(const ActorEntry& entry, std::string_view date);

// The contents of a user alias file (format in resources/README.md).
struct UserAliases {
  std::vector<ActorEntry> actors;
  // Groups of names that denote pairwise different actors.
  std::vector<std::vector<std::string>> do_not_merge;
};

// Parses a user alias file. Throws std::runtime_error "<origin>: ..." naming the JSON error offset
// or the offending entry ("actors[3]", "do_not_merge[0]"), or arrays and objects nested over 32
// deep (checked before parsing, so no file can exhaust the stack).
UserAliases ParseUserAliases(std::string_view json, std::string_view origin);
// Reads and parses the file at `path`; throws std::runtime_error when it is unreadable or invalid.
UserAliases ReadUserAliases(const std::string& path);

struct ActorDictionaryOptions {
  bool capitals_as_countries = true;     // "Moscow said" is Russia speaking
  std::string alias_file;                // user alias file (JSON), may be empty
  std::vector<std::string> actor_files;  // PETRARCH/TABARI actor dictionaries
};

struct PetrarchDictionary;

class ActorDictionary {
 public:
  ActorDictionary() = default;
  // resources/aliases.tsv, iso-codes countries, resources/capitals.tsv (when the option is on) and
  // resources/demonyms.tsv; then the PETRARCH dictionaries and the user alias file named in
  // `options` (AddPetrarch, AddUserAliases, in that order). Throws std::runtime_error when a file
  // is unreadable or the alias file is invalid; skipped PETRARCH lines end up in warnings().
  static ActorDictionary LoadEmbedded(const ActorDictionaryOptions& options = {});

  // Adds rows in the aliases.tsv format ("canonical TAB type TAB alias|alias TAB key=value;...").
  // A name already known keeps its first entry. Throws std::runtime_error "<origin>:<line>: ..." on
  // a malformed row.
  void AddTable(std::string_view tsv, std::string_view origin);
  // Adds one actor; its names that are already known stay with their first entry. Returns its
  // index.
  std::size_t Add(ActorEntry entry);
  // Adds `alias` as a further name of the entry called `canonical` (added first when unknown).
  void AddAlias(std::string_view canonical, EntityType type, std::string_view alias);
  // Adds a user's actors, overriding what is known: an actor whose name is already an entry's
  // canonical name updates that entry (type, codes, aliases); otherwise it becomes a new entry. Its
  // names leave whatever entry had them. Then applies the do-not-merge groups (KeepApart).
  void AddUserAliases(const UserAliases& aliases);
  // Adds PETRARCH actors without overriding: known names keep their entry. Actors whose primary
  // phrases normalise alike are one actor. An actor whose primary phrase (else first multi-word
  // alias) is known lends that entry its codes (when it has none) and its unknown names; otherwise
  // it becomes a new entry. A name that two actors claim, other than as a primary phrase, is
  // dropped; so are nationality words, one-word given names, titles and generic words
  // ("Foundation"), and an actor's own surname alone ("+KARZAI_": the corpus surname rule decides).
  // Actors coded with bare three-letter codes only are places: they only lend codes to a known
  // entry of their primary phrase (their + lines list the cities, regions and demonyms coded as
  // that place, which are other actors). An actor whose name has an organisation word ("Army",
  // "Front", "Party", ...) is an ORGANIZATION; other actors have no type (kOther), since codes do
  // not tell people from bodies. Names of one word, and names of actors of unknown type, are found
  // by Find but never by MatchAt.
  void AddPetrarch(const PetrarchDictionary& dictionary);
  // Records that the names of `group` denote pairwise different actors: a name that is an alias of
  // the entry another name of the group belongs to leaves that entry (both leave it when neither is
  // its canonical name), and KeptApart() answers true for every pair.
  void KeepApart(const std::vector<std::string>& group);

  // The entry one of whose names normalises like `surface`, or nullptr.
  const ActorEntry* Find(std::string_view surface) const;
  // The longest known name that starts at tokens[first] and whose words are capitalised (small
  // function words such as "of", "the", "al" aside); returns its token count (0 = none).
  std::size_t MatchAt(const std::vector<Token>& tokens, std::size_t first,
                      const ActorEntry** entry) const;
  // True when a do-not-merge group holds both names (compared normalised).
  bool KeptApart(std::string_view a, std::string_view b) const;
  bool HasDoNotMerge() const { return !kept_apart_.empty(); }
  // Lines skipped while loading PETRARCH dictionaries, as "<file>:<line>: <problem>".
  const std::vector<std::string>& warnings() const { return warnings_; }
  // The country a nationality word names ("Syrian" -> Syria), or nullptr.
  const ActorEntry* CountryOfDemonym(std::string_view word) const;
  bool IsDemonym(std::string_view word) const { return CountryOfDemonym(word) != nullptr; }

  std::size_t size() const { return entries_.size(); }
  const ActorEntry& entry(std::size_t index) const { return entries_[index]; }

 private:
  // Makes the normalised name `key` a name of entry `index`, taking it from any other entry.
  void Claim(const std::string& key, std::size_t index);
  // Removes the normalised name `key` from the entry it names.
  void Unname(const std::string& key);

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_name_;     // normalised name -> entry
  std::unordered_map<std::string, std::size_t> by_demonym_;  // normalised demonym -> entry
  std::unordered_set<std::string> unspotted_;  // names Find resolves but MatchAt does not spot
  std::set<std::pair<std::string, std::string>> kept_apart_;  // normalised, first < second
  std::vector<std::string> warnings_;
  std::size_t max_name_tokens_ = 1;
};

// The name of the state (or bloc) that a nationality or state adjective stands for, as the
// state's node is called: "Russian" -> "Russia", "U.S." -> "United States", "Western" -> "West",
// "European" -> "European Union" (resources/demonyms.tsv); a word that is itself a state's name
// (a GPE the dictionary knows: "Russia", "Moscow" when capitals stand for their countries) gives
// that state. Empty for any other word ("Sunni", "Yazidi", "red"). Words compare after
// NormalizeName (case, diacritics, periods). For the event layer: "the Russian invasion" has
// Russia as its agent.
std::string StateOfAdjective(const ActorDictionary& actors, std::string_view word);

}  // namespace newsgraph
