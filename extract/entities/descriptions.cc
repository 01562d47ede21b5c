#include "extract/entities/descriptions.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string_view>

#include "extract/entities/mentions.h"
#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

// A word of an age before a title: "47-year-old", or the pieces "47", "-", "year", "old".
bool IsAgeWord(std::string_view lower) {
  if (lower == "-" || lower == "year" || lower == "old" || lower == "year-old") return true;
  if (lower.ends_with("-year-old")) lower.remove_suffix(9);
  return !lower.empty() && std::all_of(lower.begin(), lower.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// True when tokens[i] closes an apposition: a comma, a bracket, a dash, a semicolon or the
// sentence's end.
bool ClosesApposition(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return true;
  const std::string& text = tokens[i].text;
  return text == "," || text == "." || text == ";" || text == ")" || text == "-" || text == "--" ||
         text == "\xE2\x80\x94" || text == "\xE2\x80\x93";
}

// True when `token` (with the mention covering it, if any) opens a noun phrase that names
// something: a mention, a capitalised word, a determiner or a possessive pronoun. A bare common
// noun or a gerund after "of" is what someone is accused of, not whose office it is.
bool OpensNounPhrase(const Token& token, const Mention* mention) {
  return mention != nullptr || StartsWithUpper(token.text) || token.pos == "DT" ||
         token.pos == "PRP$";
}

bool IsNamedPerson(const Mention* mention) {
  return mention != nullptr && mention->type == EntityType::kPerson &&
         mention->kind == MentionKind::kName;
}

}  // namespace

struct DescriptionResolver::Description {
  std::size_t sentence = 0;
  std::size_t first = 0, end = 0;  // the title's tokens
  std::string core;                // the title, lower case
  std::string state;               // the state it names, else empty
  bool former = false;
  const Mention* apposed = nullptr;  // the person named in apposition to it
};

struct DescriptionResolver::Holder {
  std::string canonical;
  std::string title;  // as written
  std::string core;
  std::string state;
  bool former = false;
};

DescriptionResolver::DescriptionResolver(const ActorDictionary& dictionary)
    : dictionary_(dictionary), titles_(EmbeddedWordList("titles.txt")) {
  for (const std::string& title : titles_) {
    const std::vector<std::string_view> words = Split(title, ' ');
    max_title_tokens_ = std::max(max_title_tokens_, words.size() + 1);
    title_heads_.emplace(words.back());
  }
  std::size_t line_number = 0;
  for (std::string_view line : SplitLines(EmbeddedResource("descriptions.tsv"))) {
    ++line_number;
    if (Trim(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() == 2 && fields[0] == "modifier") {
      modifiers_.emplace(fields[1]);
    } else if (fields.size() == 2 && fields[0] == "former") {
      former_.emplace(fields[1]);
    } else if (fields.size() == 2 && fields[0] == "rank") {
      ranks_.emplace(fields[1]);
    } else if (fields.size() == 3 && fields[0] == "office" &&
               titles_.count(std::string(fields[1]))) {
      office_sectors_.emplace(fields[1], fields[2]);
    } else {
      throw std::runtime_error("resources/descriptions.tsv:" + std::to_string(line_number) +
                               ": expected modifier|former|rank<TAB>word or "
                               "office<TAB>title of titles.txt<TAB>sector");
    }
  }
}

bool DescriptionResolver::ParseTitle(const std::string& title, std::string& core,
                                     std::string& state) const {
  const std::string lower = ToLower(title);
  const std::vector<std::string_view> words = Split(lower, ' ');
  for (std::size_t start = 0; start < words.size(); ++start) {
    std::string phrase;
    for (std::size_t i = start; i < words.size(); ++i) {
      if (i > start) phrase += ' ';
      phrase += words[i];
    }
    if (!titles_.count(phrase)) continue;
    core = phrase;
    state.clear();
    for (std::size_t i = 0; i < start && state.empty(); ++i)
      state = StateOfAdjective(dictionary_, words[i]);
    return true;
  }
  return false;
}

bool DescriptionResolver::TitleMatches(const std::string& core, const std::string& wanted) const {
  if (core == wanted) return true;
  if (!core.ends_with(" " + wanted)) return false;
  const std::string narrowing = core.substr(0, core.size() - wanted.size() - 1);
  for (std::string_view word : Split(narrowing, ' ')) {
    if (ranks_.count(std::string(word))) return false;
  }
  return true;
}

bool DescriptionResolver::DescriptionEndingAt(const std::vector<Token>& tokens, std::size_t end,
                                              const std::vector<const Mention*>& at,
                                              Description& out) const {
  // The longest title ending before tokens[end], none of its words in a mention.
  if (end == 0 || !title_heads_.count(ToLower(tokens[end - 1].text))) return false;
  std::size_t length = 0;
  std::string phrase;
  for (std::size_t count = 1; count <= max_title_tokens_ && count <= end; ++count) {
    if (at[end - count] != nullptr) break;
    const std::string word = ToLower(tokens[end - count].text);
    phrase = count == 1 ? word : word + " " + phrase;
    if (titles_.count(phrase)) {
      length = count;
      out.core = phrase;
    }
  }
  if (length == 0) return false;
  if (end < tokens.size() && tokens[end].pos.starts_with("NN")) return false;  // not the head
  out.first = end - length;
  out.end = end;
  // What stands before the title: modifiers, nationalities, an age, then "the" or "State's".
  std::size_t start = out.first;
  for (; start > 0; --start) {
    const Token& token = tokens[start - 1];
    const std::string lower = ToLower(token.text);
    if (former_.count(lower)) {
      out.former = true;
    } else if (StartsWithUpper(token.text) && !StateOfAdjective(dictionary_, token.text).empty()) {
      if (out.state.empty()) out.state = StateOfAdjective(dictionary_, token.text);
    } else if (!modifiers_.count(lower) && !IsAgeWord(lower)) {
      break;
    }
  }
  if (start == 0) return false;
  const std::string opener = ToLower(tokens[start - 1].text);
  if (opener == "'s" || opener == "'") {
    const Mention* owner = start >= 2 ? at[start - 2] : nullptr;
    if (owner == nullptr || owner->type != EntityType::kGpe) return false;
    const std::string state = StateOfAdjective(dictionary_, owner->canonical);
    out.state = state.empty() ? owner->canonical : state;
    start = owner->first_token;
  } else if (opener == "the") {
    --start;
  } else {
    return false;
  }
  // "the president of Brazil": a state after "of"; any other noun phrase after "of" names
  // another office ("the president of the league"); "accused the president of lying" has none.
  std::size_t after = end;
  if (after + 1 < tokens.size() && ToLower(tokens[after].text) == "of" &&
      OpensNounPhrase(tokens[after + 1], at[after + 1])) {
    std::size_t k = after + 1;
    if (ToLower(tokens[k].text) == "the") ++k;
    const Mention* place = k < tokens.size() ? at[k] : nullptr;
    if (place == nullptr || place->type != EntityType::kGpe || !out.state.empty()) return false;
    const std::string state = StateOfAdjective(dictionary_, place->canonical);
    out.state = state.empty() ? place->canonical : state;
    after = place->end_token;
  }
  // A person named right after ("the French president, Emmanuel Macron") or right before it in
  // apposition ("Boris Johnson, the prime minister, said").
  if (after < tokens.size() && IsNamedPerson(at[after])) {
    out.apposed = at[after];
  } else if (after + 1 < tokens.size() && tokens[after].text == "," &&
             IsNamedPerson(at[after + 1])) {
    out.apposed = at[after + 1];
  } else if (after < tokens.size() && StartsWithUpper(tokens[after].text) &&
             tokens[after].text != "'s") {
    return false;  // the title of a name
  } else if (start >= 2 && tokens[start - 1].text == "," && IsNamedPerson(at[start - 2]) &&
             ClosesApposition(tokens, after)) {
    out.apposed = at[start - 2];
  }
  return true;
}

std::vector<DescriptionResolver::Description> DescriptionResolver::Find(
    const std::vector<Token>& tokens, std::size_t s,
    const std::vector<const Mention*>& in_sentence) const {
  std::vector<const Mention*> at(tokens.size(), nullptr);
  for (const Mention* mention : in_sentence) {
    for (std::size_t i = mention->first_token; i < mention->end_token && i < tokens.size(); ++i)
      at[i] = mention;
  }
  std::vector<Description> out;
  for (std::size_t end = tokens.size(); end > 0; --end) {
    Description description;
    if (!DescriptionEndingAt(tokens, end, at, description)) continue;
    description.sentence = s;
    end = description.first + 1;  // titles do not overlap
    out.push_back(std::move(description));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

void DescriptionResolver::AddHolder(const std::vector<Token>& tokens, const Mention& mention,
                                    std::vector<Holder>& holders) const {
  Holder holder;
  if (!IsNamedPerson(&mention) || mention.title.empty() ||
      !ParseTitle(mention.title, holder.core, holder.state))
    return;
  holder.canonical = mention.canonical;
  holder.title = mention.title;
  // "former President X": the word before the title's tokens.
  const std::string title = ToLower(mention.title);
  const std::vector<std::string_view> words = Split(title, ' ');
  std::size_t k = mention.first_token;
  while (k > 0 && mention.first_token - k < max_title_tokens_ + 2 &&
         std::find(words.begin(), words.end(), ToLower(tokens[k - 1].text)) != words.end())
    --k;
  holder.former = k > 0 && former_.count(ToLower(tokens[k - 1].text));
  holders.push_back(std::move(holder));
}

std::optional<Mention> DescriptionResolver::MentionFor(const std::vector<Token>& tokens,
                                                       const Description& description,
                                                       std::vector<Holder>& holders) const {
  Mention mention;
  mention.span = {tokens[description.first].span.begin, tokens[description.end - 1].span.end};
  mention.text = Surface(tokens, description.first, description.end);
  mention.kind = MentionKind::kNominal;
  mention.sentence = description.sentence;
  mention.first_token = description.first;
  mention.end_token = description.end;
  mention.type = EntityType::kPerson;
  if (description.apposed != nullptr) {
    mention.canonical = description.apposed->canonical;
    mention.title = mention.text;
    holders.push_back(
        {mention.canonical, mention.text, description.core, description.state, description.former});
    return mention;
  }
  const Holder* match = nullptr;
  for (const Holder& holder : holders) {
    if (!TitleMatches(holder.core, description.core) || holder.former != description.former ||
        (!description.state.empty() && holder.state != description.state))
      continue;
    if (match != nullptr && match->canonical != holder.canonical) return std::nullopt;
    match = &holder;
  }
  if (match != nullptr) {
    mention.canonical = match->canonical;
    mention.title = match->title;
    return mention;
  }
  const auto office = office_sectors_.find(description.core);
  if (description.state.empty() || description.former || office == office_sectors_.end())
    return std::nullopt;
  mention.type = EntityType::kGpe;
  mention.canonical = description.state;
  mention.sector = office->second;
  return mention;
}

void DescriptionResolver::Resolve(const std::vector<Sentence>& sentences,
                                  std::vector<Mention>& mentions) const {
  std::vector<std::vector<const Mention*>> by_sentence(sentences.size());
  for (const Mention& mention : mentions) by_sentence[mention.sentence].push_back(&mention);
  std::vector<Holder> holders;  // in document order
  std::vector<Mention> added;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    const std::vector<Description> descriptions = Find(tokens, s, by_sentence[s]);
    auto next = descriptions.begin();
    auto resolve_up_to = [&](std::size_t token) {
      for (; next != descriptions.end() && next->first < token; ++next) {
        if (std::optional<Mention> mention = MentionFor(tokens, *next, holders))
          added.push_back(std::move(*mention));
      }
    };
    for (const Mention* mention : by_sentence[s]) {
      resolve_up_to(mention->first_token);
      AddHolder(tokens, *mention, holders);
    }
    resolve_up_to(tokens.size());
  }
  AddInDocumentOrder(std::move(added), mentions);
}

}  // namespace newsgraph
