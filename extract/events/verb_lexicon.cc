#include "extract/events/verb_lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr std::array<std::string_view, 17> kPloverCategories = {
    "AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
    "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT", "STATEMENT",
};

// Splits `text` at every `separator`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  while (true) {
    std::size_t end = text.find(separator);
    fields.push_back(text.substr(0, end));
    if (end == std::string_view::npos) return fields;
    text.remove_prefix(end + 1);
  }
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

// Reports problems in one row as "<origin>:<line>: <what>".
class RowError {
 public:
  RowError(std::string_view origin, std::size_t line) : origin_(origin), line_(line) {}
  // Throws std::runtime_error with the concatenation of `what` as the message's tail.
  template <typename... Parts>
  [[noreturn]] void Throw(const Parts&... what) const {
    std::string message(origin_);
    message.append(":").append(std::to_string(line_)).append(": ");
    (message.append(std::string_view(what)), ...);
    throw std::runtime_error(message);
  }

 private:
  std::string_view origin_;
  std::size_t line_;
};

// Calls `row_fn(fields, error)` for each row of `tsv` that is neither blank nor a '#' comment.
template <typename RowFn>
void ForEachRow(std::string_view tsv, std::string_view origin, RowFn row_fn) {
  std::size_t line_number = 0;
  while (!tsv.empty()) {
    ++line_number;
    std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    row_fn(Split(line, '\t'), RowError(origin, line_number));
  }
}

// Lower-case words separated by single spaces; `allow_object` admits one "O" after the first word.
std::vector<std::string> ParseWords(std::string_view text, bool allow_object,
                                    std::size_t* object_slot, const RowError& error) {
  std::vector<std::string> words;
  for (std::string_view word : Split(text, ' ')) {
    if (word.empty()) error.Throw("empty word in \"", text, "\"");
    if (word == "O") {
      if (!allow_object) error.Throw("\"O\" is not allowed here");
      if (words.empty()) error.Throw("the pattern must start with the verb, not \"O\"");
      if (*object_slot != std::string::npos) error.Throw("more than one \"O\" slot");
      *object_slot = words.size();
    } else {
      for (char c : word) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' ||
                        static_cast<unsigned char>(c) >= 0x80;
        if (!ok) error.Throw("\"", word, "\" is not a lower-case word");
      }
    }
    words.emplace_back(word);
  }
  return words;
}

int QuadOfRoot(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

// Parses the columns label, cameo, quad, goldstein, plover.
RelationCode ParseCode(std::span<const std::string_view> fields, const RowError& error) {
  RelationCode code;
  code.label = std::string(fields[0]);
  if (code.label.empty()) error.Throw("empty label");

  std::string_view cameo = fields[1];
  if (cameo.size() < 2 || cameo.size() > 4 ||
      !std::all_of(cameo.begin(), cameo.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    error.Throw("CAMEO code \"", cameo, "\" is not 2-4 digits");
  }
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root < 1 || root > 20) error.Throw("CAMEO root ", cameo.substr(0, 2), " is not 01-20");
  code.cameo = std::string(cameo);

  std::string_view quad = fields[2];
  if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4') {
    error.Throw("quad \"", quad, "\" is not 1-4");
  }
  code.quad = quad[0] - '0';
  if (code.quad != QuadOfRoot(root)) {
    error.Throw("quad ", quad, " does not match CAMEO root ", cameo.substr(0, 2), " (quad ",
                std::to_string(QuadOfRoot(root)), ")");
  }

  std::string_view goldstein = fields[3];
  auto [end, status] =
      std::from_chars(goldstein.data(), goldstein.data() + goldstein.size(), code.goldstein);
  if (status != std::errc() || end != goldstein.data() + goldstein.size() ||
      !std::isfinite(code.goldstein) || code.goldstein < -10 || code.goldstein > 10) {
    error.Throw("Goldstein value \"", goldstein, "\" is not a number in [-10, 10]");
  }

  std::string_view plover = fields[4];
  if (std::find(kPloverCategories.begin(), kPloverCategories.end(), plover) ==
      kPloverCategories.end()) {
    error.Throw("unknown PLOVER category \"", plover, "\"");
  }
  code.plover = std::string(plover);
  return code;
}

bool LongerFirst(const VerbPattern& a, const VerbPattern& b) {
  if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
  return JoinWords(a.words) < JoinWords(b.words);
}

}  // namespace

std::span<const std::string_view> PloverCategories() { return kPloverCategories; }

std::span<const std::string_view> EventCategories() {
  static_assert(kPloverCategories.back() == "STATEMENT");
  return std::span<const std::string_view>(kPloverCategories).first(kPloverCategories.size() - 1);
}

VerbLexicon VerbLexicon::LoadEmbedded() {
  return Parse(EmbeddedResource("verbs.tsv"), "verbs.tsv");
}

VerbLexicon VerbLexicon::Parse(std::string_view tsv, std::string_view origin) {
  VerbLexicon lexicon;
  ForEachRow(
      tsv, origin, [&lexicon](const std::vector<std::string_view>& fields, const RowError& error) {
        if (fields.size() != 7) {
          error.Throw(
              "expected 7 tab-separated columns (pattern label cameo quad goldstein plover "
              "class), found ",
              std::to_string(fields.size()));
        }
        VerbPattern pattern;
        pattern.words = ParseWords(fields[0], /*allow_object=*/true, &pattern.object_slot, error);
        pattern.code = ParseCode(std::span(fields).subspan(1, 5), error);
        if (fields[6] == "speech") {
          pattern.speech = true;
        } else if (fields[6] == "feeling") {
          pattern.feeling = true;
          if (pattern.object_slot != 2) error.Throw("a feeling pattern is verb, preposition, O");
        } else if (fields[6] == "mutual") {
          pattern.mutual = true;
          if (pattern.object_slot == std::string::npos) error.Throw("a mutual pattern has an O");
        } else if (fields[6] != "event") {
          error.Throw("class \"", fields[6], "\" is none of speech, event, feeling, mutual");
        }
        if (lexicon.Put(std::move(pattern))) {
          error.Throw("pattern \"", fields[0], "\" is listed twice");
        }
      });
  return lexicon;
}

bool VerbLexicon::Put(VerbPattern pattern) {
  std::vector<VerbPattern>& patterns = by_lemma_[pattern.words.front()];
  auto same = std::find_if(patterns.begin(), patterns.end(),
                           [&pattern](const VerbPattern& p) { return p.words == pattern.words; });
  const bool replaced = same != patterns.end();
  if (replaced) {
    *same = std::move(pattern);
  } else {
    patterns.push_back(std::move(pattern));
    ++size_;
  }
  std::sort(patterns.begin(), patterns.end(), LongerFirst);
  return replaced;
}

void VerbLexicon::Merge(const VerbLexicon& other) {
  for (const auto& [lemma, patterns] : other.by_lemma_) {
    for (const VerbPattern& pattern : patterns) Put(pattern);
  }
}

const std::vector<VerbPattern>& VerbLexicon::PatternsFor(std::string_view lemma) const {
  static const std::vector<VerbPattern> kNone;
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? kNone : it->second;
}

EventNounLexicon EventNounLexicon::LoadEmbedded() {
  return Parse(EmbeddedResource("event_nouns.tsv"), "event_nouns.tsv");
}

EventNounLexicon EventNounLexicon::Parse(std::string_view tsv, std::string_view origin) {
  EventNounLexicon lexicon;
  ForEachRow(tsv, origin,
             [&lexicon](const std::vector<std::string_view>& fields, const RowError& error) {
               if (fields.size() != 6) {
                 error.Throw(
                     "expected 6 tab-separated columns (noun label cameo quad goldstein plover), "
                     "found ",
                     std::to_string(fields.size()));
               }
               EventNoun noun;
               std::size_t no_slot = std::string::npos;
               noun.words = ParseWords(fields[0], /*allow_object=*/false, &no_slot, error);
               noun.code = ParseCode(std::span(fields).subspan(1, 5), error);
               lexicon.max_words_ = std::max(lexicon.max_words_, noun.words.size());
               lexicon.heads_.insert(noun.words.back());
               if (!lexicon.by_text_.emplace(std::string(fields[0]), std::move(noun)).second) {
                 error.Throw("noun \"", fields[0], "\" is listed twice");
               }
             });
  return lexicon;
}

const EventNoun* EventNounLexicon::Find(std::string_view lemmas) const {
  auto it = by_text_.find(lemmas);
  return it == by_text_.end() ? nullptr : &it->second;
}

const EventNoun* EventNounLexicon::LongestSuffixMatch(std::span<const std::string> lemmas) const {
  std::string text;
  for (std::size_t n = std::min(max_words_, lemmas.size()); n > 0; --n) {
    text.clear();
    for (std::size_t i = lemmas.size() - n; i < lemmas.size(); ++i) {
      if (!text.empty()) text += ' ';
      text += lemmas[i];
    }
    if (const EventNoun* noun = Find(text)) return noun;
  }
  return nullptr;
}

}  // namespace newsgraph
