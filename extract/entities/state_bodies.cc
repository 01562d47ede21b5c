#include "extract/entities/state_bodies.h"

#include <algorithm>
#include <map>

#include "extract/entities/mentions.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Tags of a word that modifies the noun after it: nouns (names too), adjectives, determiners,
// possessives and participles.
bool IsModifierTag(std::string_view pos) {
  return pos.starts_with("NN") || pos.starts_with("JJ") || pos == "DT" || pos == "PDT" ||
         pos == "POS" || pos == "PRP$" || pos == "VBN" || pos == "VBG" || pos == "HYPH" ||
         pos == "FW";
}

bool IsHyphen(const Token& token) { return token.text == "-" || token.pos == "HYPH"; }

// True when the noun phrase goes on after tokens[end - 1], which then only modifies a later head:
// a noun, an adjective, "of", a hyphen, or a conjunction and a modifier of a noun ("police and
// army officers").
bool PhraseGoesOn(const std::vector<Token>& tokens, std::size_t end) {
  if (end >= tokens.size()) return false;
  const Token& next = tokens[end];
  if (next.pos.starts_with("NN") || next.pos.starts_with("JJ") || IsHyphen(next) ||
      ToLower(next.text) == "of")
    return true;
  return next.pos == "CC" && end + 2 < tokens.size() &&
         (tokens[end + 1].pos.starts_with("NN") || tokens[end + 1].pos.starts_with("JJ")) &&
         tokens[end + 2].pos.starts_with("NN");
}

// True when tokens [first, end) are a bare body phrase in its sentence (StateBodyResolver::Resolve).
bool IsBare(const std::vector<Token>& tokens, std::size_t first, std::size_t end, bool needs_the) {
  const bool after_the = first > 0 && ToLower(tokens[first - 1].text) == "the";
  if (needs_the && !after_the) return false;
  if (first > 0 && !after_the &&
      (IsModifierTag(tokens[first - 1].pos) || IsHyphen(tokens[first - 1])))
    return false;
  if (PhraseGoesOn(tokens, end)) return false;
  const bool opens_sentence = first == 0 || (first == 1 && after_the);
  for (std::size_t i = first; i < end; ++i) {
    if (ToLower(tokens[i].text) != tokens[i].text && !(i == first && opens_sentence)) return false;
  }
  return true;
}

// References to states from the start of a document on.
class StateCounts {
 public:
  void Add(const std::string& state) { ++counts_[state]; }

  // The state with at least twice as many references as any other; null when none has.
  const std::string* Dominant() const {
    const std::string* leader = nullptr;
    std::size_t most = 0, second = 0;
    for (const auto& [state, count] : counts_) {
      if (count > most) {
        second = most;
        most = count;
        leader = &state;
      } else {
        second = std::max(second, count);
      }
    }
    return most >= 2 * second ? leader : nullptr;
  }

 private:
  std::map<std::string, std::size_t> counts_;
};

// Whether tokens [first, end) are free for a body: no mention covers them but, at most, one
// unresolved nominal within them, which `own` receives (else kNone). `at` maps tokens to the
// index in `mentions` of the mention covering them (kNone for none).
bool IsFree(const std::vector<std::size_t>& at, const std::vector<Mention>& mentions,
            std::size_t first, std::size_t end, std::size_t* own) {
  *own = kNone;
  for (std::size_t k = first; k < end; ++k) {
    if (at[k] == kNone) continue;
    const Mention& found = mentions[at[k]];
    if ((*own != kNone && *own != at[k]) || found.first_token < first || found.end_token > end ||
        found.kind != MentionKind::kNominal || found.canonical != found.text ||
        !found.sector.empty())
      return false;
    *own = at[k];
  }
  return true;
}

// The state both claims name, or the only one named; null when they differ or both are null.
const std::string* Agreed(const std::string* by_head, const std::string* dominant) {
  if (by_head == nullptr) return dominant;
  if (dominant == nullptr || *by_head == *dominant) return by_head;
  return nullptr;
}

}  // namespace

void StateBodyResolver::AddBody(std::string_view phrase, std::string_view sector,
                                bool needs_the) {
  bodies_[std::string(phrase)] = {std::string(sector), needs_the};
  const std::vector<std::string_view> words = Split(phrase, ' ');
  max_tokens_ = std::max(max_tokens_, words.size());
  first_words_.emplace(words.front());
}

std::size_t StateBodyResolver::BodyAt(const std::vector<Token>& tokens, std::size_t first,
                                      Body* body) const {
  std::string phrase = ToLower(tokens[first].text);
  if (!first_words_.count(phrase)) return 0;
  std::size_t best = 0;
  for (std::size_t count = 1; count <= max_tokens_ && first + count <= tokens.size(); ++count) {
    if (count > 1) phrase += ' ' + ToLower(tokens[first + count - 1].text);
    if (auto it = bodies_.find(phrase); it != bodies_.end()) {
      best = count;
      *body = it->second;
    }
  }
  return best;
}

const ActorEntry* StateBodyResolver::StateOf(const Mention& mention) const {
  auto state = [](const ActorEntry* entry) {
    return entry != nullptr && entry->codes.count("iso3166") ? entry : nullptr;
  };
  if (mention.kind == MentionKind::kPronoun) return nullptr;
  if (mention.type == EntityType::kNorp) return state(dictionary_.CountryOfDemonym(mention.text));
  if (const ActorEntry* entry = state(dictionary_.Find(mention.canonical))) return entry;
  if (mention.type != EntityType::kOrganization || mention.kind != MentionKind::kName)
    return nullptr;
  // An organisation named for its state ("U.S. Securities and Exchange Commission").
  const std::vector<std::string_view> words = Split(mention.text, ' ');
  if (words.size() < 2) return nullptr;
  if (const ActorEntry* entry = state(dictionary_.CountryOfDemonym(words[0]))) return entry;
  std::string prefix;
  for (std::size_t n = 0; n + 1 < words.size() && n < 3; ++n) {
    if (n > 0) prefix += ' ';
    prefix += words[n];
    if (const ActorEntry* entry = state(dictionary_.Find(prefix))) return entry;
  }
  return nullptr;
}

void StateBodyResolver::Resolve(const std::vector<Sentence>& sentences,
                                std::vector<Mention>& mentions) const {
  if (bodies_.empty()) return;
  StateCounts counts;
  std::unordered_map<std::string, std::string> state_of_head;  // head word -> state
  std::vector<Mention> added;
  std::size_t next = 0;  // the first mention of the current sentence
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    std::size_t sentence_end = next;
    while (sentence_end < mentions.size() && mentions[sentence_end].sentence == s) ++sentence_end;
    std::vector<std::size_t> at(tokens.size(), kNone);
    for (std::size_t m = next; m < sentence_end; ++m) {
      if (const ActorEntry* state = StateOf(mentions[m])) counts.Add(state->name);
      for (std::size_t i = mentions[m].first_token; i < mentions[m].end_token; ++i) at[i] = m;
    }
    std::size_t seen = next;  // mentions before token i, in state_of_head when of a state
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      for (; seen < sentence_end && mentions[seen].end_token <= i; ++seen) {
        const Mention& earlier = mentions[seen];
        if (earlier.kind == MentionKind::kNominal && earlier.type == EntityType::kGpe &&
            !earlier.sector.empty())
          state_of_head[ToLower(tokens[earlier.end_token - 1].text)] = earlier.canonical;
      }
      Body body;
      const std::size_t end = i + BodyAt(tokens, i, &body);
      std::size_t own = kNone;
      if (end == i || !IsFree(at, mentions, i, end, &own) ||
          !IsBare(tokens, i, end, body.needs_the))
        continue;
      const auto by_head = state_of_head.find(ToLower(tokens[end - 1].text));
      const std::string* state = Agreed(
          by_head != state_of_head.end() ? &by_head->second : nullptr, counts.Dominant());
      if (state != nullptr) {
        Mention& mention = own != kNone ? mentions[own] : added.emplace_back();
        if (own == kNone) {
          mention.span = {tokens[i].span.begin, tokens[end - 1].span.end};
          mention.text = Surface(tokens, i, end);
          mention.sentence = s;
          mention.first_token = i;
          mention.end_token = end;
        }
        mention.type = EntityType::kGpe;
        mention.kind = MentionKind::kNominal;
        mention.canonical = *state;
        mention.sector = body.sector;
      }
      i = end - 1;
    }
    next = sentence_end;
  }
  AddInDocumentOrder(std::move(added), mentions);
}

}  // namespace newsgraph
