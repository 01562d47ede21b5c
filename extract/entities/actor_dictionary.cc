#include "extract/entities/actor_dictionary.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "extract/text/names.h"
#include "extract/entities/petrarch_dictionary.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

std::size_t CountWords(std::string_view key) {
  return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

bool IsSmallWord(std::string_view word) {
  return word == "of" || word == "the" || word == "and" || word == "al" || word == "de" ||
         word == "for" || word == "in" || word == "bin" || word == "von" || word == "van" ||
         word == "-" || word == "'s" || word == "&" || word == "da" || word == "du" || word == "la";
}

// Words that make a PETRARCH actor an organisation rather than a person.
bool IsOrganisationWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "agency",     "airlines",   "alliance",    "army",       "assembly",     "association",
      "authority",  "bank",       "battalion",   "brigade",    "brigades",     "bureau",
      "cabinet",    "cells",      "command",     "commission", "committee",    "company",
      "congress",   "corp",       "corporation", "council",    "court",        "department",
      "faction",    "federation", "force",       "forces",     "foundation",   "front",
      "fund",       "government", "group",       "guard",      "guards",       "inc",
      "institute",  "league",     "ltd",         "militia",    "ministry",     "movement",
      "nations",    "navy",       "network",     "office",     "organisation", "organization",
      "parliament", "party",      "police",      "senate",     "service",      "society",
      "tribunal",   "union",      "university"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// The normalised lines of an embedded word list, comments aside.
std::unordered_set<std::string> EmbeddedWordSet(std::string_view resource) {
  std::unordered_set<std::string> words;
  for (std::string_view line : SplitLines(EmbeddedResource(resource))) {
    if (line.empty() || line[0] == '#') continue;
    std::string key = NormalizeName(line);
    if (!key.empty()) words.insert(std::move(key));
  }
  return words;
}

}  // namespace

std::string CameoCodeAt(const ActorEntry& entry, std::string_view date) {
  auto fallback = entry.codes.find("cameo");
  if (!date.empty()) {
    for (const DatedCode& dated : entry.dated_codes) {
      if ((dated.from.empty() || dated.from <= date) && (dated.to.empty() || date <= dated.to))
        return dated.code;
    }
  }
  if (fallback != entry.codes.end()) return fallback->second;
  if (!date.empty() || entry.dated_codes.empty()) return "";
  const DatedCode* latest = &entry.dated_codes.front();
  for (const DatedCode& dated : entry.dated_codes) {
    if (latest->to.empty()) break;
    if (dated.to.empty() || dated.to > latest->to) latest = &dated;
  }
  return latest->code;
}

void ActorDictionary::Claim(const std::string& key, std::size_t index) {
  if (key.empty()) return;
  auto it = by_name_.find(key);
  if (it != by_name_.end() && it->second == index) return;
  if (it != by_name_.end()) Unname(key);
  by_name_.emplace(key, index);
  unspotted_.erase(key);
  max_name_tokens_ = std::max(max_name_tokens_, CountWords(key) + 2);
}

void ActorDictionary::Unname(const std::string& key) {
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return;
  std::vector<std::string>& aliases = entries_[it->second].aliases;
  std::erase_if(aliases, [&](const std::string& alias) { return NormalizeName(alias) == key; });
  by_name_.erase(it);
  unspotted_.erase(key);
}

void ActorDictionary::AddUserAliases(const UserAliases& user) {
  for (const ActorEntry& actor : user.actors) {
    std::string key = NormalizeName(actor.name);
    if (key.empty()) continue;
    std::size_t index = entries_.size();
    auto known = by_name_.find(key);
    if (known != by_name_.end() && NormalizeName(entries_[known->second].name) == key) {
      index = known->second;
      ActorEntry& entry = entries_[index];
      entry.type = actor.type;
      for (const auto& [name, value] : actor.codes) entry.codes[name] = value;
      if (!actor.dated_codes.empty()) entry.dated_codes = actor.dated_codes;
      entry.source = ActorSource::kUserAliases;
    } else {
      ActorEntry entry = actor;
      entry.aliases.clear();
      entry.source = ActorSource::kUserAliases;
      entries_.push_back(std::move(entry));
      Claim(key, index);
    }
    for (const std::string& alias : actor.aliases) {
      std::string alias_key = NormalizeName(alias);
      if (alias_key.empty() || alias_key == key) continue;
      Claim(alias_key, index);
      std::vector<std::string>& aliases = entries_[index].aliases;
      if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
        aliases.push_back(alias);
    }
  }
  for (const std::vector<std::string>& group : user.do_not_merge) KeepApart(group);
}

void ActorDictionary::KeepApart(const std::vector<std::string>& group) {
  std::vector<std::string> keys;
  for (const std::string& name : group) {
    std::string key = NormalizeName(name);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (std::size_t j = i + 1; j < keys.size(); ++j) {
      if (keys[i] == keys[j]) continue;
      kept_apart_.insert(std::minmax(keys[i], keys[j]));
      auto a = by_name_.find(keys[i]);
      auto b = by_name_.find(keys[j]);
      if (a == by_name_.end() || b == by_name_.end() || a->second != b->second) continue;
      std::string canonical = NormalizeName(entries_[a->second].name);
      if (keys[i] != canonical) Unname(keys[i]);
      if (keys[j] != canonical) Unname(keys[j]);
    }
  }
}

bool ActorDictionary::KeptApart(std::string_view a, std::string_view b) const {
  if (kept_apart_.empty()) return false;
  std::string first = NormalizeName(a), second = NormalizeName(b);
  if (first == second) return false;
  return kept_apart_.count(std::minmax(first, second)) > 0;
}

void ActorDictionary::AddPetrarch(const PetrarchDictionary& dictionary) {
  warnings_.insert(warnings_.end(), dictionary.warnings.begin(), dictionary.warnings.end());
  // Actors whose primary phrases normalise alike are one actor.
  struct Group {
    std::string key;
    std::vector<const PetrarchActor*> actors;
    bool place = false;
    std::vector<std::pair<std::string, const std::string*>> aliases;  // key, surface; distinct
  };
  // One-word names that say too little to stand for one actor: given names, titles, and words
  // such as "Foundation" or "Police".
  std::unordered_set<std::string> vague = EmbeddedWordSet("gazetteers/first_names.txt");
  vague.merge(EmbeddedWordSet("titles.txt"));
  auto is_vague = [&](const std::string& key) {
    return key.find(' ') == std::string::npos && (vague.count(key) || IsOrganisationWord(key));
  };
  auto last_word = [](const std::string& key) {
    std::size_t space = key.rfind(' ');
    return space == std::string::npos ? std::string() : key.substr(space + 1);
  };
  std::vector<Group> groups;
  groups.reserve(dictionary.actors.size());
  std::unordered_map<std::string, std::size_t> group_of;  // primary key -> group
  group_of.reserve(dictionary.actors.size());
  for (const PetrarchActor& actor : dictionary.actors) {
    std::string key = NormalizeName(actor.name);
    if (key.empty() || is_vague(key)) continue;
    auto [it, added] = group_of.emplace(key, groups.size());
    if (added) groups.push_back({std::move(key), {}, false, {}});
    groups[it->second].actors.push_back(&actor);
  }
  // A place is coded with bare three-letter codes only.
  std::unordered_map<std::string, std::size_t> claims;  // alias key -> groups claiming it
  claims.reserve(dictionary.actors.size());
  for (Group& group : groups) {
    bool any_code = false, all_short = true;
    for (const PetrarchActor* actor : group.actors) {
      for (const std::string& code : actor->codes) any_code = true, all_short &= code.size() == 3;
      for (const DatedCode& code : actor->dated_codes)
        any_code = true, all_short &= code.code.size() == 3;
    }
    group.place = any_code && all_short;
    if (group.place) continue;
    // A surname alone ("+KARZAI_") is left to the corpus surname rule, which keeps two people of
    // that name apart.
    std::vector<std::pair<std::string, const std::string*>> keys;
    std::vector<std::string> surnames{last_word(group.key)};
    for (const PetrarchActor* actor : group.actors) {
      for (const std::string& alias : actor->aliases) {
        keys.emplace_back(NormalizeName(alias), &alias);
        surnames.push_back(last_word(keys.back().first));
      }
    }
    for (auto& [key, alias] : keys) {
      if (key.empty() || key == group.key || is_vague(key) ||
          std::find(surnames.begin(), surnames.end(), key) != surnames.end())
        continue;
      auto same = [&key = key](const auto& known) { return known.first == key; };
      if (std::any_of(group.aliases.begin(), group.aliases.end(), same)) continue;
      ++claims[key];
      group.aliases.emplace_back(std::move(key), alias);
    }
  }

  entries_.reserve(entries_.size() + groups.size());
  by_name_.reserve(by_name_.size() + groups.size() + claims.size());
  for (Group& group : groups) {
    ActorEntry entry;
    entry.source = ActorSource::kPetrarch;
    entry.name = group.actors.front()->name;
    for (const PetrarchActor* actor : group.actors) {
      if (!actor->codes.empty()) entry.codes.emplace("cameo", actor->codes.front());
      entry.dated_codes.insert(entry.dated_codes.end(), actor->dated_codes.begin(),
                               actor->dated_codes.end());
    }
    // Codes do not tell people from organisations (IGOUNO is the UN and its Secretary-General).
    if (group.place) {
      entry.type = EntityType::kGpe;
    } else {
      for (std::string_view word : Split(group.key, ' '))
        if (IsOrganisationWord(word)) entry.type = EntityType::kOrganization;
    }
    // The names this actor may take: not claimed twice, not another actor's primary phrase, not
    // a nationality word.
    std::vector<std::pair<std::string, const std::string*>> names;  // key, surface
    for (auto& [key, surface] : group.aliases) {
      if (claims[key] != 1 || group_of.count(key) || by_demonym_.count(key)) continue;
      names.emplace_back(std::move(key), surface);
    }
    auto target = by_name_.find(group.key);
    if (target == by_name_.end()) {
      for (const auto& [key, surface] : names) {
        if (key.find(' ') == std::string::npos) continue;
        target = by_name_.find(key);
        break;
      }
    }
    if (target == by_name_.end() && group.place)
      continue;  // an unknown place is left to the tagger
    std::size_t index = entries_.size();
    if (target != by_name_.end()) {
      index = target->second;
      ActorEntry& known = entries_[index];
      if (!known.codes.count("cameo") && known.dated_codes.empty()) {
        if (entry.codes.count("cameo")) known.codes["cameo"] = entry.codes["cameo"];
        known.dated_codes = entry.dated_codes;
      }
    } else {
      entries_.push_back(std::move(entry));
      names.emplace_back(group.key, nullptr);
    }
    EntityType type = entries_[index].type;
    for (const auto& [key, surface] : names) {
      if (!by_name_.emplace(key, index).second) continue;
      if (surface != nullptr) entries_[index].aliases.push_back(*surface);
      bool spot = key.find(' ') != std::string::npos && type != EntityType::kOther;
      if (spot) {
        max_name_tokens_ = std::max(max_name_tokens_, CountWords(key) + 2);
      } else {
        unspotted_.insert(key);
      }
    }
  }
}

std::size_t ActorDictionary::Add(ActorEntry entry) {
  std::size_t index = entries_.size();
  auto remember = [&](std::string_view name) {
    std::string key = NormalizeName(name);
    if (key.empty()) return;
    if (by_name_.emplace(key, index).second)
      max_name_tokens_ = std::max(max_name_tokens_, CountWords(key) + 2);
  };
  remember(entry.name);
  for (const std::string& alias : entry.aliases) remember(alias);
  entries_.push_back(std::move(entry));
  return index;
}

void ActorDictionary::AddAlias(std::string_view canonical, EntityType type,
                               std::string_view alias) {
  auto it = by_name_.find(NormalizeName(canonical));
  if (it == by_name_.end()) {
    ActorEntry entry;
    entry.name = std::string(canonical);
    entry.type = type;
    entry.aliases.emplace_back(alias);
    Add(std::move(entry));
    return;
  }
  std::string key = NormalizeName(alias);
  if (key.empty() || by_name_.count(key)) return;
  by_name_.emplace(key, it->second);
  max_name_tokens_ = std::max(max_name_tokens_, CountWords(key) + 2);
  entries_[it->second].aliases.emplace_back(alias);
}

void ActorDictionary::AddTable(std::string_view tsv, std::string_view origin) {
  std::size_t line_number = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_number;
    if (line.empty() || line[0] == '#' || Trim(line).empty()) continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    auto fail = [&](const std::string& what) {
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_number) + ": " +
                               what);
    };
    if (fields.size() < 2 || fields.size() > 4) fail("expected 2 to 4 tab-separated fields");
    ActorEntry entry;
    entry.name = std::string(Trim(fields[0]));
    if (entry.name.empty()) fail("empty canonical name");
    entry.type = ParseEntityType(Trim(fields[1]));
    if (entry.type == EntityType::kOther || entry.type == EntityType::kNorp)
      fail("type must be PERSON, ORGANIZATION, GPE or LOCATION");
    if (fields.size() > 2) {
      for (std::string_view alias : Split(fields[2], '|')) {
        if (!Trim(alias).empty()) entry.aliases.emplace_back(Trim(alias));
      }
    }
    if (fields.size() > 3) {
      for (std::string_view code : Split(fields[3], ';')) {
        if (Trim(code).empty()) continue;
        std::size_t equals = code.find('=');
        if (equals == std::string_view::npos) fail("code without '=': " + std::string(code));
        entry.codes[std::string(Trim(code.substr(0, equals)))] =
            std::string(Trim(code.substr(equals + 1)));
      }
    }
    auto known = by_name_.find(NormalizeName(entry.name));
    if (known != by_name_.end()) {
      for (const std::string& alias : entry.aliases)
        AddAlias(entries_[known->second].name, entry.type, alias);
      for (const auto& [key, value] : entry.codes)
        entries_[known->second].codes.emplace(key, value);
      continue;
    }
    Add(std::move(entry));
  }
}

ActorDictionary ActorDictionary::LoadEmbedded(const ActorDictionaryOptions& options) {
  ActorDictionary dictionary;
  dictionary.AddTable(EmbeddedResource("aliases.tsv"), "resources/aliases.tsv");

  // Countries from iso-codes: common name first, then the other names.
  rapidjson::Document iso;
  std::string_view json = EmbeddedResource("iso-codes/iso_3166-1.json");
  iso.Parse(json.data(), json.size());
  if (iso.HasParseError() || !iso.HasMember("3166-1"))
    throw std::runtime_error("iso-codes/iso_3166-1.json: unreadable");
  for (const auto& country : iso["3166-1"].GetArray()) {
    auto field = [&](const char* name) -> std::string {
      auto it = country.FindMember(name);
      return it != country.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    std::string name = field("name");
    std::string common = field("common_name");
    std::string official = field("official_name");
    std::string alpha3 = field("alpha_3");
    std::string canonical = !common.empty()                       ? common
                            : name.find(',') == std::string::npos ? name
                                                                  : official;
    if (canonical.empty()) continue;
    const ActorEntry* known = dictionary.Find(canonical);
    if (known == nullptr) {
      ActorEntry entry;
      entry.name = canonical;
      entry.type = EntityType::kGpe;
      entry.codes["iso3166"] = alpha3;
      dictionary.Add(std::move(entry));
      known = dictionary.Find(canonical);
    }
    std::string known_name = known->name;
    for (const std::string& other : {name, official}) {
      if (!other.empty() && other.find(',') == std::string::npos)
        dictionary.AddAlias(known_name, EntityType::kGpe, other);
    }
  }

  std::size_t line_number = 0;
  if (options.capitals_as_countries) {
    for (std::string_view line : SplitLines(EmbeddedResource("capitals.tsv"))) {
      ++line_number;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> fields = Split(line, '\t');
      if (fields.size() != 2)
        throw std::runtime_error("resources/capitals.tsv:" + std::to_string(line_number) +
                                 ": expected capital<TAB>country");
      const ActorEntry* country = dictionary.Find(fields[1]);
      dictionary.AddAlias(country ? std::string_view(country->name) : fields[1], EntityType::kGpe,
                          fields[0]);
    }
  }
  line_number = 0;
  for (std::string_view line : SplitLines(EmbeddedResource("demonyms.tsv"))) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    auto country = fields.size() == 2 ? dictionary.by_name_.find(NormalizeName(fields[1]))
                                      : dictionary.by_name_.end();
    if (country == dictionary.by_name_.end())
      throw std::runtime_error("resources/demonyms.tsv:" + std::to_string(line_number) +
                               ": expected demonym<TAB>known country");
    dictionary.by_demonym_.emplace(NormalizeName(fields[0]), country->second);
  }

  if (!options.actor_files.empty()) {
    PetrarchDictionary petrarch;
    for (const std::string& path : options.actor_files) ReadPetrarchActors(path, petrarch);
    dictionary.AddPetrarch(petrarch);
  }
  if (!options.alias_file.empty()) dictionary.AddUserAliases(ReadUserAliases(options.alias_file));
  return dictionary;
}

const ActorEntry* ActorDictionary::Find(std::string_view surface) const {
  auto it = by_name_.find(NormalizeName(surface));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const ActorEntry* ActorDictionary::CountryOfDemonym(std::string_view word) const {
  auto it = by_demonym_.find(NormalizeName(word));
  return it == by_demonym_.end() ? nullptr : &entries_[it->second];
}

namespace {

// True when `entry` knows `key` only as an acronym ("WHO") and `word` is not written in
// capitals ("Who are they?").
bool OnlyAsAcronym(const ActorEntry& entry, const std::string& key, std::string_view word) {
  if (IsAllCaps(word)) return false;
  bool acronym = false;
  auto check = [&](const std::string& name) {
    if (NormalizeName(name) != key) return true;
    acronym = IsAllCaps(name);
    return acronym;
  };
  if (!check(entry.name)) return false;
  for (const std::string& alias : entry.aliases) {
    if (!check(alias)) return false;
  }
  return acronym;
}

}  // namespace

std::size_t ActorDictionary::MatchAt(const std::vector<Token>& tokens, std::size_t first,
                                     const ActorEntry** entry) const {
  if (first >= tokens.size() || !StartsWithUpper(tokens[first].text)) return 0;
  std::size_t best = 0;
  std::string surface;
  for (std::size_t count = 1; count <= max_name_tokens_ && first + count <= tokens.size();
       ++count) {
    const Token& token = tokens[first + count - 1];
    if (count > 1 && !StartsWithUpper(token.text) && !IsSmallWord(token.text)) break;
    if (count > 1 && token.span.begin > tokens[first + count - 2].span.end) surface += ' ';
    surface += token.text;
    if (IsSmallWord(token.text)) continue;  // a name does not end in "of"
    std::string key = NormalizeName(surface);
    auto it = by_name_.find(key);
    if (it != by_name_.end() && !unspotted_.count(key) &&
        (count > 1 || !OnlyAsAcronym(entries_[it->second], key, token.text))) {
      best = count;
      *entry = &entries_[it->second];
    }
  }
  return best;
}

std::string StateOfAdjective(const ActorDictionary& actors, std::string_view word) {
  if (const ActorEntry* state = actors.CountryOfDemonym(word); state != nullptr) return state->name;
  const ActorEntry* entry = actors.Find(word);
  return entry != nullptr && entry->type == EntityType::kGpe ? entry->name : std::string();
}

}  // namespace newsgraph
