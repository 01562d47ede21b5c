#include "extract/syntax/lemmatizer.h"

#include <array>
#include <utility>

#include "resources/embedded.h"

namespace newsgraph {
namespace {

std::string LowerAscii(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Calls `line_fn` with each line of `text`, without its line terminator.
template <typename LineFn>
void ForEachLine(std::string_view text, LineFn line_fn) {
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line_fn(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

// WordNet's verb detachment rules, in morphy's order: suffix, replacement.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kVerbRules = {{
    {"s", ""},
    {"ies", "y"},
    {"es", "e"},
    {"es", ""},
    {"ed", "e"},
    {"ed", ""},
    {"ing", "e"},
    {"ing", ""},
}};

// Exception-list entries whose own reading as a base form is the common one in news
// ("lay siege to", "ground flights", "wound civilians").
constexpr std::array<std::string_view, 3> kBaseReadingFirst = {"ground", "lay", "wound"};

// British spellings ending: American ending.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kAmericanEndings = {{
    {"ise", "ize"},
    {"yse", "yze"},
    {"our", "or"},
}};

// Plural forms kept as they are: their singular means something else, or they have none.
constexpr std::array<std::string_view, 15> kPluralOnlyNouns = {
    "talks",   "arms",     "news",      "hostilities", "headquarters",
    "means",   "series",   "species",   "remains",     "whereabouts",
    "clothes", "politics", "economics", "goods",       "proceedings",
};

constexpr std::array<std::pair<std::string_view, std::string_view>, 34> kIrregularNouns = {{
    {"men", "man"},
    {"women", "woman"},
    {"children", "child"},
    {"people", "people"},
    {"crises", "crisis"},
    {"analyses", "analysis"},
    {"theses", "thesis"},
    {"diagnoses", "diagnosis"},
    {"bases", "base"},
    {"lives", "life"},
    {"wives", "wife"},
    {"knives", "knife"},
    {"thieves", "thief"},
    {"halves", "half"},
    {"feet", "foot"},
    {"teeth", "tooth"},
    {"mice", "mouse"},
    {"criteria", "criterion"},
    {"phenomena", "phenomenon"},
    {"movies", "movie"},
    {"ties", "tie"},
    {"lies", "lie"},
    {"foes", "foe"},
    {"shoes", "shoe"},
    {"toes", "toe"},
    {"canoes", "canoe"},
    {"buses", "bus"},
    {"viruses", "virus"},
    {"bonuses", "bonus"},
    {"campuses", "campus"},
    {"statuses", "status"},
    {"consensuses", "consensus"},
    {"surpluses", "surplus"},
    {"censuses", "census"},
}};

}  // namespace

Lemmatizer Lemmatizer::LoadEmbedded() {
  return Lemmatizer(EmbeddedResource("wordnet/index.verb"), EmbeddedResource("wordnet/verb.exc"));
}

Lemmatizer::Lemmatizer(std::string_view index_verb, std::string_view verb_exc) {
  ForEachLine(index_verb, [this](std::string_view line) {
    if (line.empty() || line.front() == ' ') return;
    verbs_.emplace(line.substr(0, line.find(' ')));
  });
  ForEachLine(verb_exc, [this](std::string_view line) {
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return;
    std::string_view rest = line.substr(space + 1);
    std::string_view lemma = rest.substr(0, rest.find(' '));
    if (lemma.empty()) return;
    verb_exceptions_.emplace(line.substr(0, space), lemma);
  });
}

bool Lemmatizer::IsKnownVerb(std::string_view lemma) const { return verbs_.contains(lemma); }

std::string Lemmatizer::KnownSpelling(std::string_view candidate) const {
  for (const auto& [british, american] : kAmericanEndings) {
    if (!candidate.ends_with(british)) continue;
    std::string spelling(candidate.substr(0, candidate.size() - british.size()));
    spelling += american;
    if (verbs_.contains(spelling)) return spelling;
  }
  if (verbs_.contains(candidate)) return std::string(candidate);
  return {};
}

std::string Lemmatizer::VerbLemma(std::string_view word) const {
  const std::string lower = LowerAscii(word);
  bool base_first = false;
  for (std::string_view base : kBaseReadingFirst) base_first = base_first || lower == base;
  if (!base_first) {
    if (auto it = verb_exceptions_.find(lower); it != verb_exceptions_.end()) {
      std::string known = KnownSpelling(it->second);
      return known.empty() ? it->second : known;
    }
  }
  if (std::string known = KnownSpelling(lower); !known.empty()) return known;
  std::string undoubled;
  for (const auto& [suffix, replacement] : kVerbRules) {
    if (lower.size() <= suffix.size() + 1 || !lower.ends_with(suffix)) continue;
    std::string stem = lower.substr(0, lower.size() - suffix.size());
    std::string candidate = stem + std::string(replacement);
    if (std::string known = KnownSpelling(candidate); !known.empty()) return known;
    // jabbed -> jab, hitting -> hit: a doubled final consonant before -ed or -ing.
    const bool doubled = replacement.empty() && (suffix == "ed" || suffix == "ing") &&
                         stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
                         !IsVowel(stem.back());
    if (doubled && undoubled.empty()) undoubled = stem.substr(0, stem.size() - 1);
  }
  if (!undoubled.empty()) {
    if (std::string known = KnownSpelling(undoubled); !known.empty()) return known;
  }
  return lower;
}

std::string Lemmatizer::NounLemma(std::string_view word) const {
  const std::string lower = LowerAscii(word);
  for (std::string_view plural : kPluralOnlyNouns) {
    if (lower == plural) return lower;
  }
  for (const auto& [plural, singular] : kIrregularNouns) {
    if (lower == plural) return std::string(singular);
  }
  const std::string_view text = lower;
  auto drop = [&text](std::size_t n) { return std::string(text.substr(0, text.size() - n)); };
  if (text.size() <= 3) return lower;
  if (text.ends_with("ies")) return drop(3) + "y";
  for (std::string_view sibilant : {"ches", "shes", "sses", "xes", "zzes"}) {
    if (text.ends_with(sibilant)) return drop(2);
  }
  if (text.ends_with("oes")) return drop(2);
  if (text.ends_with("ss") || text.ends_with("us") || text.ends_with("is")) return lower;
  if (text.ends_with("s")) return drop(1);
  return lower;
}

}  // namespace newsgraph
