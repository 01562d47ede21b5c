#include "extract/actor_dictionary.h"

#include <algorithm>
#include <stdexcept>

#include <rapidjson/document.h>

#include "extract/names.h"
#include "extract/text_util.h"
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

}  // namespace

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
    Add(ActorEntry{std::string(canonical), type, {std::string(alias)}, {}});
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
      for (const auto& [key, value] : entry.codes) entries_[known->second].codes.emplace(key, value);
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
    std::string canonical = !common.empty() ? common
                            : name.find(',') == std::string::npos ? name
                                                                  : official;
    if (canonical.empty()) continue;
    const ActorEntry* known = dictionary.Find(canonical);
    if (known == nullptr) {
      ActorEntry entry{canonical, EntityType::kGpe, {}, {{"iso3166", alpha3}}};
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

std::size_t ActorDictionary::MatchAt(const std::vector<Token>& tokens, std::size_t first,
                                     const ActorEntry** entry) const {
  if (first >= tokens.size() || !StartsWithUpper(tokens[first].text)) return 0;
  std::size_t best = 0;
  std::string key;
  std::string surface;
  for (std::size_t count = 1; count <= max_name_tokens_ && first + count <= tokens.size();
       ++count) {
    const Token& token = tokens[first + count - 1];
    if (count > 1 && !StartsWithUpper(token.text) && !IsSmallWord(token.text)) break;
    if (count > 1 && token.span.begin > tokens[first + count - 2].span.end) surface += ' ';
    surface += token.text;
    if (IsSmallWord(token.text)) continue;  // a name does not end in "of"
    auto it = by_name_.find(NormalizeName(surface));
    if (it != by_name_.end()) {
      best = count;
      *entry = &entries_[it->second];
    }
  }
  return best;
}

}  // namespace newsgraph
