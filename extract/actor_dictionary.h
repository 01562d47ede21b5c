// Known actors and their names: the shipped alias table, countries from iso-codes, capitals used
// as shorthand for governments, nationality words, and dictionaries users bring.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

struct ActorEntry {
  std::string name;  // canonical name
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;          // other names, as written in the source
  std::map<std::string, std::string> codes;  // "iso3166" -> "RUS", "cameo" -> "RUS"
};

struct ActorDictionaryOptions {
  bool capitals_as_countries = true;  // "Moscow said" is Russia speaking
};

class ActorDictionary {
 public:
  ActorDictionary() = default;
  // resources/aliases.tsv, iso-codes countries, resources/capitals.tsv (when the option is on) and
  // resources/demonyms.tsv.
  static ActorDictionary LoadEmbedded(const ActorDictionaryOptions& options = {});

  // Adds rows in the aliases.tsv format ("canonical TAB type TAB alias|alias TAB key=value;...").
  // A name already known keeps its first entry. Throws std::runtime_error "<origin>:<line>: ..." on
  // a malformed row.
  void AddTable(std::string_view tsv, std::string_view origin);
  // Adds one actor; its names that are already known stay with their first entry. Returns its index.
  std::size_t Add(ActorEntry entry);
  // Adds `alias` as a further name of the entry called `canonical` (added first when unknown).
  void AddAlias(std::string_view canonical, EntityType type, std::string_view alias);

  // The entry one of whose names normalises like `surface`, or nullptr.
  const ActorEntry* Find(std::string_view surface) const;
  // The longest known name that starts at tokens[first] and whose words are capitalised (small
  // function words such as "of", "the", "al" aside); returns its token count (0 = none).
  std::size_t MatchAt(const std::vector<Token>& tokens, std::size_t first,
                      const ActorEntry** entry) const;
  // The country a nationality word names ("Syrian" -> Syria), or nullptr.
  const ActorEntry* CountryOfDemonym(std::string_view word) const;
  bool IsDemonym(std::string_view word) const { return CountryOfDemonym(word) != nullptr; }

  std::size_t size() const { return entries_.size(); }
  const ActorEntry& entry(std::size_t index) const { return entries_[index]; }

 private:
  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_name_;      // normalised name -> entry
  std::unordered_map<std::string, std::size_t> by_demonym_;  // normalised demonym -> entry
  std::size_t max_name_tokens_ = 1;
};

}  // namespace newsgraph
