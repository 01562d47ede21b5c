#include "extract/name_repair.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/names.h"

namespace newsgraph {
namespace {

bool IsParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "de", "da",  "di",  "do",  "du", "del", "della", "der", "den", "van", "von", "al",
      "el", "bin", "ibn", "abu", "la", "le",  "dos",   "das", "ter", "ten", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// A middle initial: one capital letter and a period ("Z.").
bool IsInitial(std::string_view word) {
  return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] == '.';
}

// "George W. Bush": a word, a middle initial and a word name a person.
bool HasMiddleInitial(const std::vector<Token>& tokens, const NameSpan& name) {
  return name.end_token == name.first_token + 3 && IsInitial(tokens[name.first_token + 1].text) &&
         StartsWithUpper(tokens[name.first_token].text) &&
         !IsInitial(tokens[name.first_token].text) &&
         StartsWithUpper(tokens[name.first_token + 2].text);
}

std::string_view ConllType(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kGpe:
    case EntityType::kLocation:
      return "LOC";
    default:
      return "MISC";
  }
}

std::string SpanText(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::string text;
  for (std::size_t i = first; i < end; ++i) {
    if (i > first) text += ' ';
    text += tokens[i].text;
  }
  return text;
}

// Joins names the model cut at a particle ("Staffan de" + "Mistura") or after a preposition.
void JoinCutNames(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                  std::vector<NameSpan>& names) {
  std::vector<NameSpan> joined;
  for (NameSpan& name : names) {
    if (!joined.empty()) {
      NameSpan& previous = joined.back();
      bool person = previous.type == "PER" || name.type == "PER";
      bool cut_after_particle =
          previous.end_token == name.first_token && IsParticle(tokens[previous.end_token - 1].text);
      bool particle_between =
          previous.end_token + 1 == name.first_token && IsParticle(tokens[previous.end_token].text);
      // "Government of" + "Iraq": a name never ends in a connecting preposition.
      const std::string& last = tokens[previous.end_token - 1].text;
      bool cut_after_preposition =
          previous.end_token == name.first_token && (last == "of" || last == "for");
      // "Syrian" + "Democratic Forces": a nationality word opens the organisation's name.
      bool nationality_before_organisation =
          previous.type == "MISC" && name.type == "ORG" &&
          previous.end_token == previous.first_token + 1 &&
          previous.end_token == name.first_token &&
          dictionary.IsDemonym(tokens[previous.first_token].text);
      // "Adnan" + "Z. Amin"
      bool cut_before_initial = previous.type != "MISC" && previous.end_token == name.first_token &&
                                previous.end_token == previous.first_token + 1 &&
                                IsInitial(tokens[name.first_token].text);
      if ((person && (cut_after_particle || particle_between)) || cut_after_preposition ||
          nationality_before_organisation || cut_before_initial) {
        previous.end_token = name.end_token;
        if (nationality_before_organisation) previous.type = "ORG";
        if (person && !cut_after_preposition) previous.type = "PER";
        previous.confidence = std::min(previous.confidence, name.confidence);
        continue;
      }
    }
    joined.push_back(std::move(name));
  }
  for (NameSpan& name : joined) {
    if (HasMiddleInitial(tokens, name)) name.type = "PER";
  }
  names = std::move(joined);
}

}  // namespace

bool IsTitleCaseHeadline(const Sentence& sentence) {
  std::size_t words = 0, capitalised = 0, capitals = 0;
  for (const Token& token : sentence.tokens) {
    unsigned char c = static_cast<unsigned char>(token.text[0]);
    if (!std::isalpha(c)) continue;
    ++words;
    if (std::isupper(c)) ++capitalised;
    if (IsAllCaps(token.text) && token.text.size() > 1) ++capitals;
  }
  const std::string& last = sentence.tokens.back().text;
  return words >= 3 && capitalised * 10 >= words * 7 && capitals * 2 < words && last != "." &&
         last != "!" && last != "?";
}

void RepairNames(const std::vector<Sentence>& sentences, const ActorDictionary& dictionary,
                 std::vector<std::vector<NameSpan>>& names) {
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s)
    JoinCutNames(sentences[s].tokens, dictionary, names[s]);

  // Words of the names found outside headlines, with the type of the name they belong to.
  std::vector<bool> headline(sentences.size());
  std::unordered_map<std::string, std::string> body_words;
  bool has_body = false;
  bool opening = true;  // headlines open a document; later title-case lines are tables, lists
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    headline[s] = opening && !sentences[s].tokens.empty() && IsTitleCaseHeadline(sentences[s]);
    if (headline[s]) continue;
    opening = false;
    has_body = true;
    for (const NameSpan& name : names[s]) {
      for (std::size_t t = name.first_token; t < name.end_token; ++t)
        body_words.emplace(sentences[s].tokens[t].text, name.type);
    }
  }

  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    std::vector<NameSpan> repaired;
    for (NameSpan& name : names[s]) {
      if (name.type == "MISC") {
        const ActorEntry* entry =
            dictionary.Find(SpanText(tokens, name.first_token, name.end_token));
        if (entry != nullptr && IsActorType(entry->type)) name.type = ConllType(entry->type);
      }
      if (!headline[s] || !has_body) {
        repaired.push_back(std::move(name));
        continue;
      }
      // Keep the runs of known name words; a dictionary name counts whole.
      std::size_t t = name.first_token;
      while (t < name.end_token) {
        const ActorEntry* entry = nullptr;
        std::size_t length = std::min(dictionary.MatchAt(tokens, t, &entry), name.end_token - t);
        if (length > 0 && entry != nullptr) {
          repaired.push_back({t, t + length, std::string(ConllType(entry->type)), name.confidence});
          t += length;
          continue;
        }
        auto known = body_words.find(tokens[t].text);
        if (known == body_words.end()) {
          ++t;
          continue;
        }
        std::size_t end = t + 1;
        while (end < name.end_token && body_words.count(tokens[end].text)) ++end;
        repaired.push_back({t, end, known->second, name.confidence});
        t = end;
      }
    }
    names[s] = std::move(repaired);
  }
}

}  // namespace newsgraph
