// A read-only view of one dependency-parsed sentence for the event layer: children by relation,
// lemmas, and the actor mentions that each token stands for.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/events/event_cues.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/types.h"

namespace newsgraph {

inline constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

class ParsedSentence {
 public:
  // `mentions` are the document's mentions in sentence order; those of sentence `index` are taken
  // and MentionAt gives their indices in `mentions`. The
  // sentence must carry Token::head and Token::deprel. Keeps a reference to `sentence`. With
  // `cues`, an infinitive the parser attached to a control verb as `advcl` ("threatened to break
  // relations", "agreed to lift") reads as `xcomp`, as UD has it, unless a comma parts them or an
  // object of a verb that does not control through its object comes between (a purpose clause).
  ParsedSentence(const Sentence& sentence, std::size_t index, std::span<const Mention> mentions,
                 const Lemmatizer& lemmatizer, const EventCues* cues = nullptr);

  std::size_t size() const { return sentence_.tokens.size(); }
  const Token& token(std::size_t i) const { return sentence_.tokens[i]; }
  const std::string& lower(std::size_t i) const { return lower_[i]; }
  // The verb lemma of a verb, the noun lemma of a noun, the lower-case word otherwise.
  const std::string& lemma(std::size_t i) const { return lemma_[i]; }
  // The verb lemma of the participle of a compound "<modifier>-<participle>" ("Iranian-backed":
  // "back", CompoundParticiple); empty for any other token.
  const std::string& participle_lemma(std::size_t i) const { return participle_lemma_[i]; }
  std::size_t head(std::size_t i) const;  // kNoToken for the root
  // The UD relation ("obl:agent"), and its part before any ':' ("obl").
  std::string_view relation(std::size_t i) const { return relation_[i]; }
  std::string_view base_relation(std::size_t i) const;
  const std::vector<std::size_t>& children(std::size_t i) const { return children_[i]; }
  // The first child of `i` whose relation is `relation` (exactly, or its base when `relation` has
  // no subtype and `any_subtype` is set); kNoToken when none.
  std::size_t Child(std::size_t i, std::string_view relation, bool any_subtype = false) const;
  // The lemma of the case or mark child of `i` ("on" in "on Russia"); empty when none. A
  // two-word preposition ("according to", "because of") gives its first word.
  std::string_view CaseOf(std::size_t i) const;
  bool IsVerb(std::size_t i) const { return token(i).pos.rfind("VB", 0) == 0; }
  bool IsNoun(std::size_t i) const;
  // A passive predicate: a passive subject or auxiliary, or a past participle modifying a noun.
  bool IsPassive(std::size_t i) const;
  // `i` and the tokens coordinated with it (conj children, transitively), in token order.
  std::vector<std::size_t> Conjuncts(std::size_t i) const;
  // The index of the actor mention that covers token `i` (a name of an actor type, a resolved
  // pronoun or nominal, or a nationality); kNoToken when none.
  std::size_t MentionAt(std::size_t i) const { return mention_at_[i]; }
  // The type of the mention at token `i`; kOther when there is none.
  EntityType MentionTypeAt(std::size_t i) const { return mention_type_at_[i]; }
  // The kind of the mention at token `i`; kName when there is none.
  MentionKind MentionKindAt(std::size_t i) const { return mention_kind_at_[i]; }
  // The first token of the phrase `i` heads (`i` itself or its leftmost descendant).
  std::size_t SubtreeStart(std::size_t i) const;
  bool EndsWithQuestionMark() const;
  std::size_t index() const { return index_; }
  const Sentence& sentence() const { return sentence_; }

 private:
  // The infinitive complements of control verbs among `advcl` dependents, relabelled `xcomp`.
  void ReadControlledInfinitives(const EventCues& cues);

  const Sentence& sentence_;
  std::size_t index_;
  std::vector<std::string> lower_;
  std::vector<std::string> lemma_;
  std::vector<std::string> participle_lemma_;
  std::vector<std::string_view> relation_;
  std::vector<std::vector<std::size_t>> children_;
  std::vector<std::size_t> mention_at_;
  std::vector<EntityType> mention_type_at_;
  std::vector<MentionKind> mention_kind_at_;
};

}  // namespace newsgraph
