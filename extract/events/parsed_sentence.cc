#include "extract/events/parsed_sentence.h"

#include <algorithm>

#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

// A mention an event can have at one end: an actor, or a nationality that may name its state.
bool CanBeArgument(const Mention& mention) {
  if (mention.kind == MentionKind::kPronoun && mention.canonical == ToLower(mention.text))
    return false;  // an unresolved "we" or "he"
  return IsActorType(mention.type) || mention.type == EntityType::kNorp;
}

}  // namespace

ParsedSentence::ParsedSentence(const Sentence& sentence, std::size_t index,
                               std::span<const Mention> mentions, const Lemmatizer& lemmatizer,
                               const EventCues* cues)
    : sentence_(sentence),
      index_(index),
      lower_(sentence.tokens.size()),
      lemma_(sentence.tokens.size()),
      participle_lemma_(sentence.tokens.size()),
      relation_(sentence.tokens.size()),
      children_(sentence.tokens.size()),
      mention_at_(sentence.tokens.size(), kNoToken),
      mention_type_at_(sentence.tokens.size(), EntityType::kOther),
      mention_kind_at_(sentence.tokens.size(), MentionKind::kName) {
  for (std::size_t i = 0; i < size(); ++i) {
    const Token& t = token(i);
    lower_[i] = ToLower(t.text);
    relation_[i] = t.deprel;
    if (IsVerb(i))
      lemma_[i] = lemmatizer.VerbLemma(t.text);
    else if (t.pos.rfind("NN", 0) == 0)
      lemma_[i] = lemmatizer.NounLemma(t.text);
    else
      lemma_[i] = lower_[i];
    if (std::string_view participle = CompoundParticiple(lower_[i]); !participle.empty())
      participle_lemma_[i] = lemmatizer.VerbLemma(participle);
    if (std::size_t h = head(i); h != kNoToken) children_[h].push_back(i);
  }
  auto first = std::lower_bound(mentions.begin(), mentions.end(), index,
                                [](const Mention& m, std::size_t s) { return m.sentence < s; });
  for (auto it = first; it != mentions.end() && it->sentence == index; ++it) {
    if (!CanBeArgument(*it)) continue;
    for (std::size_t t = it->first_token; t < it->end_token && t < size(); ++t) {
      std::size_t& slot = mention_at_[t];
      // An actor outranks a nationality over the same token.
      if (slot == kNoToken || mentions[slot].type == EntityType::kNorp) {
        slot = static_cast<std::size_t>(it - mentions.begin());
        mention_type_at_[t] = it->type;
        mention_kind_at_[t] = it->kind;
      }
    }
  }
  if (cues != nullptr) ReadControlledInfinitives(*cues);
}

void ParsedSentence::ReadControlledInfinitives(const EventCues& cues) {
  for (std::size_t i = 0; i < size(); ++i) {
    std::size_t h = head(i);
    if (relation_[i] != "advcl" || h == kNoToken || !IsVerb(i) || token(i).pos != "VB") continue;
    if (CaseOf(i) != "to" || Child(i, "nsubj") != kNoToken) continue;
    const EventCue control = cues.ControlOf(lemma_[h]);
    // "set ..., to blow up", "offered a recorder to challenge": no control, a purpose clause.
    bool comma_between = false;
    for (std::size_t k = std::min(h, i); k < std::max(h, i); ++k) comma_between |= lower_[k] == ",";
    bool purpose = Child(h, "obj") != kNoToken && control != EventCue::kObjectControl;
    if (control != EventCue::kNone && !comma_between && !purpose) relation_[i] = "xcomp";
  }
}

std::size_t ParsedSentence::head(std::size_t i) const {
  int h = sentence_.tokens[i].head;
  return h < 0 || static_cast<std::size_t>(h) >= size() ? kNoToken : static_cast<std::size_t>(h);
}

std::string_view ParsedSentence::base_relation(std::size_t i) const {
  std::string_view r = relation(i);
  return r.substr(0, r.find(':'));
}

std::size_t ParsedSentence::Child(std::size_t i, std::string_view rel, bool any_subtype) const {
  for (std::size_t c : children_[i]) {
    if (relation(c) == rel || (any_subtype && base_relation(c) == rel)) return c;
  }
  return kNoToken;
}

std::string_view ParsedSentence::CaseOf(std::size_t i) const {
  for (std::size_t c : children_[i]) {
    std::string_view r = base_relation(c);
    if (r == "case" || r == "mark") return lower_[c];
  }
  return {};
}

bool ParsedSentence::IsNoun(std::size_t i) const {
  const std::string& pos = token(i).pos;
  return pos.rfind("NN", 0) == 0 || pos == "PRP" || pos == "CD";
}

bool ParsedSentence::IsPassive(std::size_t i) const {
  if (Child(i, "aux:pass") != kNoToken) return true;
  if (token(i).pos == "VBN" && base_relation(i) == "acl") return true;
  // A passive subject with a perfect "has" and no "be" is a parser's slip: "has written to".
  if (Child(i, "nsubj:pass") == kNoToken) return false;
  for (std::size_t c : children_[i]) {
    if (relation(c) == "aux" && (lower_[c] == "has" || lower_[c] == "have" || lower_[c] == "had"))
      return false;
  }
  return true;
}

std::vector<std::size_t> ParsedSentence::Conjuncts(std::size_t i) const {
  std::vector<std::size_t> out = {i};
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (std::size_t c : children_[out[k]]) {
      if (relation(c) == "conj" && IsNoun(c) == IsNoun(i)) out.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t ParsedSentence::SubtreeStart(std::size_t i) const {
  std::size_t first = i;
  for (std::size_t c : children_[i]) first = std::min(first, SubtreeStart(c));
  return first;
}

bool ParsedSentence::EndsWithQuestionMark() const {
  for (std::size_t i = size(); i-- > 0;) {
    const std::string& text = token(i).text;
    if (text == "?") return true;
    if (text != "\"" && text != "''" && text != "'" && text != ")" && text != "”") return false;
  }
  return false;
}

}  // namespace newsgraph
