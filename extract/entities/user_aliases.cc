// The user alias file (JSON); the format is described in resources/README.md.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "extract/entities/actor_dictionary.h"
#include "extract/text/corpus_reader.h"

namespace newsgraph {
namespace {

// The format nests four levels deep ({"actors": [{"dated_codes": [{...}]}]}); the rest is margin.
constexpr std::size_t kMaxAliasFileDepth = 32;

bool IsDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

}  // namespace

UserAliases ParseUserAliases(std::string_view json, std::string_view origin) {
  auto fail = [&](const std::string& where, const std::string& what) {
    throw std::runtime_error(std::string(origin) + ": " + (where.empty() ? "" : where + ": ") +
                             what);
  };
  if (!JsonNestingWithin(json, kMaxAliasFileDepth))
    fail("", "arrays or objects nested over " + std::to_string(kMaxAliasFileDepth) + " levels deep");
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  if (document.HasParseError()) {
    fail("", "JSON error at offset " + std::to_string(document.GetErrorOffset()) + ": " +
                 rapidjson::GetParseError_En(document.GetParseError()));
  }
  if (!document.IsObject()) fail("", "expected a JSON object with \"actors\" and \"do_not_merge\"");
  UserAliases out;
  // Read through a const view: comparing rapidjson's non-const member iterators is ambiguous in
  // C++20 (clang's -Wambiguous-reversed-operator).
  const rapidjson::Document& root = document;
  for (const auto& member : root.GetObject()) {
    std::string key = member.name.GetString();
    if (key != "actors" && key != "do_not_merge")
      fail("", "unknown key \"" + key + "\" (expected \"actors\", \"do_not_merge\")");
    if (!member.value.IsArray()) fail(key, "expected an array");
  }

  if (auto actors = root.FindMember("actors"); actors != root.MemberEnd()) {
    std::size_t index = 0;
    for (const auto& item : actors->value.GetArray()) {
      std::string where = "actors[" + std::to_string(index++) + "]";
      if (!item.IsObject()) fail(where, "expected an object");
      ActorEntry entry;
      entry.source = ActorSource::kUserAliases;
      bool has_type = false;
      for (const auto& member : item.GetObject()) {
        std::string key = member.name.GetString();
        const auto& value = member.value;
        if (key == "name") {
          if (!value.IsString()) fail(where, "\"name\" must be a string");
          entry.name = value.GetString();
        } else if (key == "type") {
          if (!value.IsString()) fail(where, "\"type\" must be a string");
          entry.type = ParseEntityType(value.GetString());
          has_type = true;
          if (!IsActorType(entry.type) && entry.type != EntityType::kLocation)
            fail(where, "\"type\" must be PERSON, ORGANIZATION, GPE or LOCATION");
        } else if (key == "aliases") {
          if (!value.IsArray()) fail(where, "\"aliases\" must be an array of strings");
          for (const auto& alias : value.GetArray()) {
            if (!alias.IsString()) fail(where, "\"aliases\" must be an array of strings");
            entry.aliases.emplace_back(alias.GetString());
          }
        } else if (key == "codes") {
          if (!value.IsObject()) fail(where, "\"codes\" must be an object of strings");
          for (const auto& code : value.GetObject()) {
            if (!code.value.IsString()) fail(where, "\"codes\" must be an object of strings");
            entry.codes[code.name.GetString()] = code.value.GetString();
          }
        } else if (key == "dated_codes") {
          if (!value.IsArray()) fail(where, "\"dated_codes\" must be an array of objects");
          for (const auto& dated : value.GetArray()) {
            auto field = [&](const char* name) -> std::string {
              auto it = dated.IsObject() ? dated.FindMember(name) : dated.MemberEnd();
              if (!dated.IsObject() || (it != dated.MemberEnd() && !it->value.IsString()))
                fail(where, "\"dated_codes\" entries must be {\"code\", \"from\", \"to\"} strings");
              return it == dated.MemberEnd() ? "" : it->value.GetString();
            };
            DatedCode code{field("code"), field("from"), field("to")};
            if (code.code.empty()) fail(where, "a \"dated_codes\" entry has no \"code\"");
            for (const std::string* date : {&code.from, &code.to}) {
              if (!date->empty() && !IsDate(*date))
                fail(where, "dates must be YYYY-MM-DD, not \"" + *date + "\"");
            }
            entry.dated_codes.push_back(std::move(code));
          }
        } else {
          fail(where,
               "unknown key \"" + key + "\" (expected name, type, aliases, codes, dated_codes)");
        }
      }
      if (entry.name.empty()) fail(where, "\"name\" is missing or empty");
      if (!has_type) fail(where, "\"type\" is missing");
      out.actors.push_back(std::move(entry));
    }
  }

  if (auto groups = root.FindMember("do_not_merge"); groups != root.MemberEnd()) {
    std::size_t index = 0;
    for (const auto& item : groups->value.GetArray()) {
      std::string where = "do_not_merge[" + std::to_string(index++) + "]";
      std::vector<std::string> group;
      if (item.IsArray()) {
        for (const auto& name : item.GetArray()) {
          if (!name.IsString() || name.GetStringLength() == 0) {
            group.clear();
            break;
          }
          group.emplace_back(name.GetString());
        }
      }
      if (group.size() < 2) fail(where, "expected an array of two or more names");
      out.do_not_merge.push_back(std::move(group));
    }
  }
  return out;
}

UserAliases ReadUserAliases(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the alias file");
  std::stringstream text;
  text << in.rdbuf();
  return ParseUserAliases(text.str(), path);
}

}  // namespace newsgraph
