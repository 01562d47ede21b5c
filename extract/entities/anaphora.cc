#include "extract/entities/anaphora.h"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <string_view>

#include "extract/entities/mentions.h"
#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

bool IsNounTag(std::string_view pos) { return pos.starts_with("NN"); }

// Tags inside a noun phrase before its head: "the country's new defence ministry".
bool IsNounPhraseTag(std::string_view pos) {
  return IsNounTag(pos) || pos == "DT" || pos == "PDT" || pos == "JJ" || pos == "JJR" ||
         pos == "JJS" || pos == "CD" || pos == "PRP$" || pos == "POS" || pos == "HYPH";
}

bool IsFiniteVerbTag(std::string_view pos) {
  return pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD";
}

// A token after which a noun phrase may open a clause as its subject: punctuation, an adverb, a
// relative pronoun or a subordinating conjunction ("said that Kenya would").
bool OpensClause(const Token& token) {
  const std::string& pos = token.pos;
  if (pos == "," || pos == "``" || pos == ":" || pos.starts_with("RB") || pos == "WDT" ||
      pos == "WP")
    return true;
  const std::string lower = ToLower(token.text);
  return lower == "that" || lower == "because" || lower == "while" || lower == "although" ||
         lower == "whereas";
}

// True when the phrase ending before tokens[end] is a possessor or a noun modifier.
bool IsEmbedded(const std::vector<Token>& tokens, std::size_t end) {
  return end < tokens.size() && (IsNounTag(tokens[end].pos) || tokens[end].pos == "POS");
}

// The first token after an adverbial clause or phrase that opens the sentence up to its first
// comma ("Despite giving their backing to ID cards, the Conservatives ..."), where a pronoun may
// point forward to the main clause; 0 when the sentence opens otherwise.
std::size_t MainClauseStart(const std::vector<Token>& tokens) {
  if (tokens.empty()) return 0;
  const std::string& pos = tokens[0].pos;
  if (pos != "IN" && pos != "VBG" && pos != "VBN" && pos != "TO") return 0;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].text == ",") return i + 1;
  }
  return 0;
}

bool IsCopula(std::string_view lower) {
  return lower == "is" || lower == "was" || lower == "are" || lower == "were" || lower == "be" ||
         lower == "been" || lower == "being" || lower == "'s" || lower == "'re";
}

enum class Role { kSubject, kObject, kOblique, kOther };

// A noun phrase an anaphor may refer to: an actor mention, or another phrase that competes with
// one (mention null).
struct Candidate {
  const Mention* mention = nullptr;
  EntityType type = EntityType::kOther;
  bool plural = false;
  bool pronoun = false;   // an unresolved pronoun
  bool argument = false;  // the head of a subject or object
  int salience = 0;
};

// The role of the phrase ending with tokens [first, end): the subject when it opens a clause
// that a finite verb follows, a prepositional object, an object right after a verb, a subject
// right before a finite verb, else a conjunct in the role of the phrase before (`previous`).
Role RoleOf(const std::vector<Token>& tokens, std::size_t first, std::size_t end, Role previous) {
  std::size_t start = first;
  while (start > 0 && IsNounPhraseTag(tokens[start - 1].pos)) --start;
  if (start == 0 || OpensClause(tokens[start - 1])) {
    for (std::size_t i = end; i < tokens.size(); ++i) {
      if (IsFiniteVerbTag(tokens[i].pos)) return Role::kSubject;
    }
    return Role::kOther;
  }
  const std::string& before = tokens[start - 1].pos;
  if (before == "IN" || before == "TO") return Role::kOblique;
  if (IsCopula(ToLower(tokens[start - 1].text))) return Role::kOther;  // a predicate noun
  if (before.starts_with("VB") || before == "RP") return Role::kObject;
  std::size_t next = end;
  while (next < tokens.size() && tokens[next].pos.starts_with("RB")) ++next;
  if (next < tokens.size() && IsFiniteVerbTag(tokens[next].pos)) return Role::kSubject;
  return before == "CC" ? previous : Role::kOther;
}

// Lappin and Leass's weights for the phrase ending before tokens[end] in a role, `back`
// sentences before the anaphor: a possessor or noun modifier is no head.
int Salience(const std::vector<Token>& tokens, std::size_t end, Role role, std::size_t back) {
  int salience = back == 0 ? 100 : 50;
  if (IsEmbedded(tokens, end)) return salience + (role == Role::kOblique ? 0 : 50);
  switch (role) {
    case Role::kSubject:
      salience += 80;
      break;
    case Role::kObject:
      salience += 50;
      break;
    case Role::kOblique:
      salience += 40;
      break;
    case Role::kOther:
      break;
  }
  return salience + 80 + (role == Role::kOblique ? 0 : 50);
}

bool IsPluralPhrase(const std::vector<Token>& tokens, const Mention& mention) {
  const std::string& pos = tokens[mention.end_token - 1].pos;
  return mention.kind != MentionKind::kName && (pos == "NNS" || pos == "NNPS");
}

// The candidates of sentence `s` that end at or before token `limit`, in token order: its
// mentions (`in_sentence`), and the head nouns and pronouns no mention covers.
std::vector<Candidate> CandidatesOf(const std::vector<Token>& tokens,
                                    const std::vector<const Mention*>& in_sentence,
                                    std::size_t limit, std::size_t back) {
  std::vector<const Mention*> at(tokens.size(), nullptr);
  for (const Mention* mention : in_sentence) {
    for (std::size_t i = mention->first_token; i < mention->end_token; ++i) at[i] = mention;
  }
  std::vector<Candidate> out;
  Role previous = Role::kOther;
  for (std::size_t i = 0; i < limit && i < tokens.size(); ++i) {
    const Mention* mention = at[i];
    std::size_t first = i, end = i + 1;
    if (mention != nullptr) {
      first = mention->first_token;
      end = mention->end_token;
      if (end > limit) break;
      i = end - 1;
    } else {
      const std::string& pos = tokens[i].pos;
      const bool head =
          IsNounTag(pos) &&
          !(i + 1 < tokens.size() && (IsNounTag(tokens[i + 1].pos) || tokens[i + 1].pos == "POS"));
      if (!head && pos != "PRP") continue;
    }
    Candidate candidate;
    candidate.mention = mention;
    const std::string lower = ToLower(tokens[i].text);
    if (mention != nullptr) {
      candidate.type = mention->type;
      candidate.plural = IsPluralPhrase(tokens, *mention);
      candidate.pronoun =
          mention->kind == MentionKind::kPronoun && mention->canonical == ToLower(mention->text);
    } else {
      candidate.plural = tokens[i].pos == "NNS" || tokens[i].pos == "NNPS" || lower == "they" ||
                         lower == "them" || IsPluralFirstPerson(lower);
      candidate.pronoun = tokens[i].pos == "PRP";
      if (lower == "he" || lower == "she" || lower == "i") candidate.type = EntityType::kPerson;
    }
    previous = RoleOf(tokens, first, end, previous);
    candidate.salience = Salience(tokens, end, previous, back);
    candidate.argument =
        (previous == Role::kSubject || previous == Role::kObject) && !IsEmbedded(tokens, end);
    out.push_back(candidate);
  }
  return out;
}

bool IsCompatible(const Candidate& candidate, AnaphorResolver::Class kind,
                  const std::string& word) {
  const Mention* mention = candidate.mention;
  if (mention == nullptr || candidate.pronoun) return false;
  const EntityType type = mention->type;
  using Class = AnaphorResolver::Class;
  switch (kind) {
    case Class::kSingular:
      return (type == EntityType::kOrganization || type == EntityType::kGpe) && !candidate.plural;
    case Class::kPlural:
    case Class::kOrganisation:
      return type == EntityType::kOrganization;
    case Class::kState:
    case Class::kGovernment:
      return type == EntityType::kGpe;
    case Class::kNamed:
      return type == EntityType::kOrganization &&
             ToLower(mention->canonical).find(word) != std::string::npos;
  }
  return false;
}

// True when `other`, not compatible with a pronoun of class `kind`, agrees with it in number: a
// phrase the pronoun may refer to instead ("the plan" for "it"; officials or a person for "they").
bool CompetesWithPronoun(const Candidate& other, AnaphorResolver::Class kind) {
  const bool actor = other.mention != nullptr && IsActorType(other.type) && !other.pronoun;
  if (kind == AnaphorResolver::Class::kPlural) return other.plural || actor;
  return !other.plural && other.type != EntityType::kPerson && !actor;
}

}  // namespace

AnaphorResolver::AnaphorResolver() {
  std::size_t line_number = 0;
  const std::unordered_map<std::string_view, Class> classes = {
      {"singular", Class::kSingular},
      {"plural", Class::kPlural},
      {"state", Class::kState},
      {"government", Class::kGovernment},
      {"organisation", Class::kOrganisation},
      {"named", Class::kNamed}};
  for (std::string_view line : SplitLines(EmbeddedResource("anaphors.tsv"))) {
    ++line_number;
    if (Trim(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() == 2 && fields[0] == "pleonastic") {
      pleonastic_verbs_.emplace(fields[1]);
      continue;
    }
    const auto kind = fields.size() == 3 ? classes.find(fields[2]) : classes.end();
    if (kind != classes.end() && fields[0] == "pronoun") {
      pronouns_.emplace(fields[1], kind->second);
    } else if (kind != classes.end() && fields[0] == "description") {
      descriptions_.emplace(fields[1], kind->second);
    } else {
      throw std::runtime_error("resources/anaphors.tsv:" + std::to_string(line_number) +
                               ": expected pronoun|description<TAB>word<TAB>class or "
                               "pleonastic<TAB>verb form");
    }
  }
}

bool AnaphorResolver::IsSubjectPronoun(const std::vector<Token>& tokens, std::size_t i) const {
  std::size_t next = i + 1;
  while (next < tokens.size() && tokens[next].pos.starts_with("RB")) ++next;
  if (next == tokens.size() || !IsFiniteVerbTag(tokens[next].pos)) return false;
  // "it is expected that", "it would have been better", "it seems": no actor.
  for (std::size_t k = next; k < tokens.size() && k < next + 4; ++k) {
    const std::string& pos = tokens[k].pos;
    if (pleonastic_verbs_.count(ToLower(tokens[k].text))) return false;
    if (!(pos == "MD" || pos.starts_with("RB") || pos.starts_with("VB"))) break;
  }
  return true;
}

std::vector<AnaphorResolver::Anaphor> AnaphorResolver::FindAnaphors(
    const std::vector<Sentence>& sentences, const MentionsBySentence& by_sentence) const {
  std::vector<Anaphor> out;
  for (std::size_t s = 1; s < sentences.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    std::vector<bool> covered(tokens.size(), false);
    for (const Mention* mention : by_sentence[s]) {
      for (std::size_t i = mention->first_token; i < mention->end_token; ++i) covered[i] = true;
    }
    const std::size_t main_clause = MainClauseStart(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (covered[i]) continue;
      const std::string lower = ToLower(tokens[i].text);
      if (auto it = pronouns_.find(lower); it != pronouns_.end()) {
        if (i < main_clause) continue;
        const bool possessive = tokens[i].pos == "PRP$";
        if (possessive || (tokens[i].pos == "PRP" && IsSubjectPronoun(tokens, i)))
          out.push_back({s, i, true, it->second, lower});
        continue;
      }
      if (i == 0 || ToLower(tokens[i - 1].text) != "the" || StartsWithUpper(tokens[i].text))
        continue;
      const bool modified = i + 1 < tokens.size() &&
                            (IsNounTag(tokens[i + 1].pos) || ToLower(tokens[i + 1].text) == "of");
      if (auto it = descriptions_.find(lower); it != descriptions_.end() && !modified)
        out.push_back({s, i, false, it->second, lower});
    }
  }
  return out;
}

const Mention* AnaphorResolver::Antecedent(const std::vector<Sentence>& sentences,
                                           const MentionsBySentence& by_sentence,
                                           const Anaphor& anaphor) const {
  const std::size_t s = anaphor.sentence;
  const std::vector<Candidate> own =
      CandidatesOf(sentences[s].tokens, by_sentence[s], anaphor.token, 0);
  const std::vector<Candidate> previous =
      CandidatesOf(sentences[s - 1].tokens, by_sentence[s - 1], sentences[s - 1].tokens.size(), 1);
  for (const Candidate& candidate : own) {
    if (IsCompatible(candidate, anaphor.kind, anaphor.word)) return nullptr;  // the parse's
  }
  const Candidate* best = nullptr;
  for (const Candidate& candidate : previous) {
    if (!IsCompatible(candidate, anaphor.kind, anaphor.word)) continue;
    if (best == nullptr || candidate.salience > best->salience) best = &candidate;
  }
  if (best == nullptr || !best->argument) return nullptr;
  for (const std::vector<Candidate>* group : {&own, &previous}) {
    for (const Candidate& other : *group) {
      if (&other == best || other.salience < best->salience) continue;
      if (IsCompatible(other, anaphor.kind, anaphor.word)
              ? other.mention->canonical != best->mention->canonical
              : anaphor.pronoun && CompetesWithPronoun(other, anaphor.kind))
        return nullptr;
    }
  }
  return best->mention;
}

void AnaphorResolver::Resolve(const std::vector<Sentence>& sentences,
                              std::vector<Mention>& mentions) const {
  MentionsBySentence by_sentence(sentences.size());
  for (const Mention& mention : mentions) by_sentence[mention.sentence].push_back(&mention);
  std::deque<Mention> added;  // stable addresses: a resolved anaphor is a later one's candidate
  for (const Anaphor& anaphor : FindAnaphors(sentences, by_sentence)) {
    const Mention* antecedent = Antecedent(sentences, by_sentence, anaphor);
    if (antecedent == nullptr) continue;
    const Token& token = sentences[anaphor.sentence].tokens[anaphor.token];
    Mention mention;
    mention.span = token.span;
    mention.text = token.text;
    mention.type = antecedent->type;
    mention.kind = anaphor.pronoun ? MentionKind::kPronoun : MentionKind::kNominal;
    mention.sentence = anaphor.sentence;
    mention.first_token = anaphor.token;
    mention.end_token = anaphor.token + 1;
    mention.canonical = antecedent->canonical;
    mention.sector = anaphor.kind == Class::kGovernment ? "GOV" : antecedent->sector;
    added.push_back(std::move(mention));
    std::vector<const Mention*>& in_sentence = by_sentence[anaphor.sentence];
    in_sentence.push_back(&added.back());
    std::sort(in_sentence.begin(), in_sentence.end(),
              [](const Mention* a, const Mention* b) { return a->first_token < b->first_token; });
  }
  for (Mention& mention : added) mentions.push_back(std::move(mention));
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.span.begin < b.span.begin;
  });
}

}  // namespace newsgraph
