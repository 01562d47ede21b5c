#include "extract/events/arguments.h"

#include <algorithm>
#include <string_view>

#include "extract/text/names.h"

namespace newsgraph {
namespace {

// Prepositions after an object that say whom it concerns, not where or when.
bool IsTailPreposition(std::string_view word) {
  return word == "from" || word == "to" || word == "against" || word == "with" || word == "on" ||
         word == "for" || word == "by";
}

bool IsRelativePronoun(std::string_view lower) {
  return lower == "who" || lower == "which" || lower == "that" || lower == "whom";
}

bool IsSubjectRelation(std::string_view r) {
  return r == "nsubj" || r == "nsubj:pass" || r == "csubj";
}

// The subject dependents of `p`, with those the parser hung on one of its auxiliaries
// ("Bangladesh has once again rejected": "Bangladesh" under "has").
std::vector<std::size_t> SubjectDependents(const ParsedSentence& s, std::size_t p) {
  std::vector<std::size_t> out;
  for (std::size_t c : s.children(p)) {
    if (IsSubjectRelation(s.relation(c))) out.push_back(c);
    if (s.base_relation(c) != "aux") continue;
    for (std::size_t g : s.children(c)) {
      if (IsSubjectRelation(s.relation(g))) out.push_back(g);
    }
  }
  return out;
}

}  // namespace

std::size_t ObjectOf(const ParsedSentence& s, std::size_t p) {
  std::size_t obj = s.Child(p, "obj");
  return obj != kNoToken ? obj : s.Child(p, "iobj");
}

bool IsSpeechVerb(const ParsedSentence& s, const VerbLexicon& verbs, std::size_t p) {
  if (p == kNoToken || !s.IsVerb(p)) return false;
  for (const VerbPattern& pattern : verbs.PatternsFor(s.lemma(p))) {
    if (pattern.speech) return true;
  }
  return false;
}

std::vector<std::size_t> ArgumentReader::Actors(std::size_t t) const {
  std::vector<std::size_t> out;
  if (t == kNoToken) return out;
  for (std::size_t c : s_.Conjuncts(t)) AddActorsOfHead(c, out, 0);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t ArgumentReader::GrammaticalSubject(std::size_t p, int depth) const {
  if (std::size_t c = SubjectChild(p); c != kNoToken) return c;
  std::size_t h = s_.head(p);
  if (h == kNoToken || depth > 6) return kNoToken;
  std::string_view r = s_.relation(p);
  if (r == "conj" && s_.IsVerb(h)) return GrammaticalSubject(h, depth + 1);
  if (r == "xcomp") {
    if (std::size_t obj = ObjectOf(s_, h); obj != kNoToken) return obj;
    return GrammaticalSubject(h, depth + 1);
  }
  if (r == "advcl" && s_.token(p).pos == "VBG") return GrammaticalSubject(h, depth + 1);
  if (r == "acl" && s_.token(p).pos == "VBG") return AuthorOfUtterance(h, depth);
  if (r == "acl:relcl") return h;
  return kNoToken;
}

std::size_t ArgumentReader::AuthorOfUtterance(std::size_t n, int depth) const {
  std::size_t v = s_.head(n);
  if (v == kNoToken || !s_.IsVerb(v) || !lex_.cues.IsUtterance(s_.lemma(n))) return n;
  bool issued = s_.relation(n) == "obj" && lex_.cues.IsLightVerb(s_.lemma(v));
  bool within = s_.base_relation(n) == "obl" && s_.CaseOf(n) == "in";
  return issued || within ? GrammaticalSubject(v, depth + 1) : n;
}

std::size_t ArgumentReader::ObjectRole(std::size_t p, bool passive) const {
  if (!passive) return s_.Child(p, "obj");
  if (std::size_t c = s_.Child(p, "nsubj:pass"); c != kNoToken) return c;
  if (s_.base_relation(p) == "acl") return s_.head(p);
  if (s_.relation(p) == "conj" && s_.head(p) != kNoToken) return ObjectRole(s_.head(p), true);
  return kNoToken;
}

std::vector<std::size_t> ArgumentReader::Agents(std::size_t p) const {
  std::size_t agent = s_.Child(p, "obl:agent");
  if (agent == kNoToken) {
    for (std::size_t c : s_.children(p)) {
      if (s_.base_relation(c) == "obl" && s_.CaseOf(c) == "by") agent = c;
    }
  }
  return Actors(agent);
}

std::vector<std::size_t> ArgumentReader::TailActors(std::size_t object,
                                                    std::size_t predicate) const {
  if (!s_.IsNoun(object) || s_.token(object).pos == "PRP") return {};
  if (lex_.cues.IsAgentNoun(s_.lemma(object))) return {};  // "arrested critics of B"
  for (std::size_t c : s_.children(object)) {
    if (s_.base_relation(c) != "nmod" || s_.CaseOf(c).empty()) continue;
    if (std::vector<std::size_t> actors = Actors(c); !actors.empty()) return actors;
  }
  for (std::size_t c : s_.children(predicate)) {
    if (c <= object || s_.base_relation(c) != "obl" || !IsTailPreposition(s_.CaseOf(c))) continue;
    if (std::vector<std::size_t> actors = Actors(c); !actors.empty()) return actors;
  }
  return {};
}

std::vector<std::size_t> ArgumentReader::NounOwnAgents(std::size_t n) const {
  std::vector<std::size_t> agents;
  for (std::size_t c : s_.children(n)) {
    std::string_view r = s_.relation(c);
    if (r == "nmod:poss" || r == "amod" || r == "compound") {
      if (std::size_t m = PersonInName(c, s_.MentionAt(c)); m != kNoToken) agents.push_back(m);
    } else if ((s_.base_relation(c) == "nmod" && s_.CaseOf(c) == "by")) {
      for (std::size_t a : Actors(c)) agents.push_back(a);
    }
  }
  return agents;
}

std::size_t ArgumentReader::PossessivePronounAgent(std::size_t n) const {
  std::size_t possessor = s_.Child(n, "nmod:poss");
  if (possessor == kNoToken || s_.token(possessor).pos != "PRP$") return kNoToken;
  if (std::size_t first = CoordinatedPossessor(n); first != kNoToken) return first;
  std::size_t verb = s_.head(n);
  while (verb != kNoToken && !s_.IsVerb(verb)) verb = s_.head(verb);
  return verb == kNoToken ? kNoToken : GrammaticalSubject(verb);
}

std::size_t ArgumentReader::CoordinatedPossessor(std::size_t n) const {
  const std::string& pronoun = s_.lower(s_.Child(n, "nmod:poss"));
  if (pronoun != "its" && pronoun != "their") return kNoToken;
  std::size_t a = n;
  for (int depth = 0; depth < 4 && s_.relation(a) != "root"; ++depth) {
    std::string_view r = s_.base_relation(a);
    if (r != "conj" && r != "nmod") return kNoToken;
    a = s_.head(a);
    if (a == kNoToken || !s_.IsNoun(a)) return kNoToken;
    std::size_t possessor = s_.Child(a, "nmod:poss");
    if (possessor == kNoToken || s_.token(possessor).pos == "PRP$") continue;
    EntityType type = s_.MentionTypeAt(possessor);
    bool collective = type == EntityType::kOrganization || type == EntityType::kGpe;
    return collective ? possessor : kNoToken;
  }
  return kNoToken;
}

void ArgumentReader::AddActorsOfHead(std::size_t t, std::vector<std::size_t>& out,
                                     int depth) const {
  if (depth > 3) return;
  if (std::size_t m = PersonInName(t, s_.MentionAt(t)); m != kNoToken) {
    out.push_back(m);
    return;
  }
  if (std::size_t speaker = SpeakerOfPronoun(t); speaker != kNoToken) {
    AddActorsOfHead(speaker, out, depth + 1);
    return;
  }
  if (IsRelativePronoun(s_.lower(t))) {
    std::size_t clause = s_.head(t);
    if (clause != kNoToken && s_.relation(clause) == "acl:relcl")
      AddActorsOfHead(s_.head(clause), out, depth + 1);
    else if (std::size_t antecedent = NameBeforeRelativePronoun(t); antecedent != kNoToken)
      AddActorsOfHead(antecedent, out, depth + 1);
    return;
  }
  if (IsPartitive(t)) {  // "two of the soldiers", "dozens of Hamas members"
    std::size_t before_part = out.size();
    for (std::size_t c : s_.children(t)) {
      if (s_.base_relation(c) == "nmod" && s_.CaseOf(c) == "of") AddActorsOfHead(c, out, depth + 1);
    }
    if (out.size() > before_part) return;
  }
  if (!s_.IsNoun(t)) return;
  // "criticized Iran's attack": its agent; "arrested Putin's critics" are not Putin.
  if (lex_.nouns.Find(s_.lemma(t)) != nullptr && !lex_.cues.IsAgentNoun(s_.lemma(t))) {
    for (std::size_t a : NounOwnAgents(t)) out.push_back(a);
    return;
  }
  AddActorsOfNominal(t, out, depth);
}

void ArgumentReader::AddActorsOfNominal(std::size_t t, std::vector<std::size_t>& out,
                                        int depth) const {
  std::size_t before = out.size();
  for (std::size_t c : s_.children(t)) {  // "two officers, Secretary A and General B"
    if (s_.relation(c) != "appos") continue;
    if (depth > 0) {
      AddActorsOfHead(c, out, depth + 1);
      continue;
    }
    for (std::size_t a : s_.Conjuncts(c)) AddActorsOfHead(a, out, depth + 1);
  }
  if (out.size() > before) return;
  if (std::size_t person = PersonAfterComma(t); person != kNoToken) {
    out.push_back(person);
    return;
  }
  if (lex_.cues.IsAgentNoun(s_.lemma(t))) return;  // "Uganda's critics" do not stand for Uganda
  // A title or group noun stands for its possessor, nationality or compounded name; "its" and
  // "their" ("its lawyers") name an agent of event nouns (NounOwnAgents), and otherwise only the
  // speaker of the clause they stand in (SpeakerOfPossessive). A participle compound
  // ("Iranian-backed militias") names who acted on the noun, not whom it stands for.
  for (std::size_t c : s_.children(t)) {
    std::string_view r = s_.relation(c);
    if (r == "nmod:poss" && (s_.lower(c) == "its" || s_.lower(c) == "their")) continue;
    if (!s_.participle_lemma(c).empty()) continue;
    if (r == "nmod:poss" || r == "amod" || r == "compound") AddActorsOfHead(c, out, depth + 1);
  }
  if (out.size() > before) return;
  if (std::size_t speaker = SpeakerOfPossessive(t); speaker != kNoToken) {
    AddActorsOfHead(speaker, out, depth + 1);
    return;
  }
  // "the proclamation ... by Trump": the actor a nominalisation names by "by", else by "of"
  // unless the noun is no part of what "of" names ("victims of B"); "a delegation from Iran".
  for (std::string_view preposition : {"by", "of"}) {
    if (preposition == "of" && lex_.cues.IsOutsider(s_.lemma(t))) break;
    for (std::size_t c : s_.children(t)) {
      if (s_.base_relation(c) == "nmod" && s_.CaseOf(c) == preposition)
        AddActorsOfHead(c, out, depth + 1);
    }
    if (out.size() > before) return;
  }
  for (std::size_t c : GroupPhrases(t)) {
    for (std::size_t a : s_.Conjuncts(c)) AddActorsOfHead(a, out, depth + 1);
  }
}

std::vector<std::size_t> ArgumentReader::GroupPhrases(std::size_t t) const {
  std::vector<std::size_t> phrases;
  const std::string& lemma = s_.lemma(t);
  for (std::size_t c : s_.children(t)) {
    if (s_.base_relation(c) == "nmod" && lex_.cues.NamesItsGroupBy(lemma, s_.CaseOf(c)))
      phrases.push_back(c);
  }
  return phrases;
}

bool ArgumentReader::IsPartitive(std::size_t t) const {
  for (std::size_t c : s_.children(t)) {  // "not all of the banks agreed" states no agreement
    if (lex_.cues.MarkerOf(s_.lower(c)) == EventCue::kNegation) return false;
  }
  return s_.token(t).pos == "CD" || lex_.cues.IsPartitive(s_.lemma(t));
}

std::size_t ArgumentReader::SpeakerOfPronoun(std::size_t t) const {
  if ((s_.lower(t) != "it" && s_.lower(t) != "they") || s_.relation(t) != "nsubj") return kNoToken;
  return SpeakerOfClause(s_.head(t));
}

std::size_t ArgumentReader::SpeakerOfPossessive(std::size_t n) const {
  const std::size_t pronoun = s_.Child(n, "nmod:poss");
  if (pronoun == kNoToken || (s_.lower(pronoun) != "its" && s_.lower(pronoun) != "their"))
    return kNoToken;
  for (std::size_t c : s_.children(n)) {
    if (s_.lower(c) == "own") return kNoToken;  // "its own troops": the clause's subject
  }
  std::size_t clause = s_.head(n);
  while (clause != kNoToken && !s_.IsVerb(clause)) clause = s_.head(clause);
  const std::size_t speaker = SpeakerOfClause(clause);
  if (speaker == kNoToken) return kNoToken;
  // Another organisation or state the pronoun could refer to, named between the verb of saying
  // (or the clause's start) and the pronoun, leaves it unresolved ("Moody's said ... between
  // GEMICO and its parent"); a plural group noun ("Azerbaijani troops") is no antecedent of "its".
  const std::size_t speech = s_.head(clause);
  const bool plural_pronoun = s_.lower(pronoun) == "their";
  for (std::size_t i = speech < pronoun ? speech + 1 : s_.SubtreeStart(clause); i < pronoun; ++i) {
    const EntityType type = s_.MentionTypeAt(i);
    if (type != EntityType::kOrganization && type != EntityType::kGpe) continue;
    if (s_.MentionAt(i + 1) == s_.MentionAt(i)) continue;  // a mention's last word tells number
    const std::string& pos = s_.token(i).pos;
    if (plural_pronoun || (pos != "NNS" && pos != "NNPS")) return kNoToken;
  }
  return speaker;
}

std::size_t ArgumentReader::SpeakerOfClause(std::size_t clause) const {
  if (clause == kNoToken || s_.relation(clause) != "ccomp") return kNoToken;
  std::size_t speech = s_.head(clause);
  if (speech == kNoToken || !IsSpeechVerb(s_, lex_.verbs, speech)) return kNoToken;
  std::size_t speaker = s_.Child(speech, "nsubj");
  if (speaker == kNoToken) return kNoToken;
  auto collective = [this](std::size_t t) {
    EntityType type = s_.MentionTypeAt(t);
    return type == EntityType::kOrganization || type == EntityType::kGpe;
  };
  if (s_.MentionAt(speaker) != kNoToken) return collective(speaker) ? speaker : kNoToken;
  // A body that is no mention itself speaks for the states or organisations it names
  // ("Armenia's foreign ministry", "the Kenyan embassy").
  std::vector<std::size_t> actors = Actors(speaker);
  return !actors.empty() && std::all_of(actors.begin(), actors.end(), collective) ? speaker
                                                                                 : kNoToken;
}

std::size_t ArgumentReader::PersonInName(std::size_t t, std::size_t m) const {
  if (std::size_t named = NameOfGroupNoun(t, m); named != kNoToken) return named;
  if (m != kNoToken && s_.MentionTypeAt(t) == EntityType::kPerson) {
    std::size_t named = NamedAppositive(t);
    return named != kNoToken ? named : m;
  }
  if (IsDateline(t)) m = kNoToken;  // "LUXEMBOURG - The European Union opened ..."
  std::size_t inside_name = kNoToken;
  for (std::size_t c : s_.children(t)) {
    std::string_view r = s_.relation(c);
    if (r != "flat" && r != "compound" && r != "appos" && r != "nmod:desc") continue;
    if (s_.MentionTypeAt(c) == EntityType::kPerson) return s_.MentionAt(c);
    if (inside_name == kNoToken && r != "compound") inside_name = s_.MentionAt(c);
  }
  return m != kNoToken ? m : inside_name;
}

std::size_t ArgumentReader::NameOfGroupNoun(std::size_t t, std::size_t m) const {
  if (m == kNoToken || s_.MentionKindAt(t) != MentionKind::kNominal) return kNoToken;
  auto is_actor_name = [&](std::size_t c) {
    std::size_t named = s_.MentionAt(c);
    return named != kNoToken && named != m && s_.MentionKindAt(c) == MentionKind::kName &&
           IsActorType(s_.MentionTypeAt(c));
  };
  for (std::size_t c : s_.children(t)) {
    if (s_.relation(c) == "compound" && is_actor_name(c)) return s_.MentionAt(c);
  }
  for (std::size_t c : GroupPhrases(t)) {  // "fighters of the Islamic State"
    if (is_actor_name(c)) return s_.MentionAt(c);
  }
  return kNoToken;
}

std::size_t ArgumentReader::NamedAppositive(std::size_t t) const {
  const std::size_t m = s_.MentionAt(t);
  bool one_word =
      (t == 0 || s_.MentionAt(t - 1) != m) && (t + 1 == s_.size() || s_.MentionAt(t + 1) != m);
  if (!one_word || s_.Child(t, "det") == kNoToken) return kNoToken;  // "the President", no name
  for (std::size_t c : s_.children(t)) {
    if (c > t && s_.relation(c) == "appos" && s_.MentionTypeAt(c) == EntityType::kPerson &&
        s_.MentionAt(c) != m)
      return s_.MentionAt(c);
  }
  return kNoToken;
}

bool ArgumentReader::IsDateline(std::size_t t) const {
  if (t != 0 || s_.size() < 3 || !IsAllCaps(s_.token(0).text)) return false;
  const std::string& next = s_.token(1).text;
  return next == "-" || next == "\u2013" || next == "\u2014" || next == "--";
}

std::size_t ArgumentReader::PersonAfterComma(std::size_t t) const {
  std::size_t end = t;
  std::vector<std::size_t> subtree = {t};
  for (std::size_t k = 0; k < subtree.size(); ++k) {
    for (std::size_t c : s_.children(subtree[k])) {
      subtree.push_back(c);
      end = std::max(end, c);
    }
  }
  if (end + 2 >= s_.size() || s_.token(end + 1).text != ",") return kNoToken;
  if (s_.MentionTypeAt(end + 2) != EntityType::kPerson) return kNoToken;
  return s_.MentionAt(end + 2);
}

std::size_t ArgumentReader::NameBeforeRelativePronoun(std::size_t pronoun) const {
  const std::string& word = s_.lower(pronoun);
  if (word != "who" && word != "which" && word != "whom") return kNoToken;
  if (pronoun < 2 || s_.token(pronoun - 1).text != ",") return kNoToken;
  std::size_t name = pronoun - 2;
  std::size_t m = s_.MentionAt(name);
  if (m == kNoToken || !IsActorType(s_.MentionTypeAt(name))) return kNoToken;
  std::size_t head = name;  // climb to the token that heads the name
  while (s_.head(head) != kNoToken && s_.MentionAt(s_.head(head)) == m) head = s_.head(head);
  return s_.CaseOf(head).empty() ? head : kNoToken;  // "a city in Kenya, which": the city
}

std::size_t ArgumentReader::SubjectChild(std::size_t p) const {
  std::size_t first = kNoToken;
  for (std::size_t c : SubjectDependents(s_, p)) {
    if (PersonInName(c, s_.MentionAt(c)) != kNoToken) return c;
    if (first == kNoToken) first = c;
  }
  if (first == kNoToken) return NameBeforePredicate(p);
  std::size_t name = NameBeforeTitle(first);
  return name != kNoToken ? name : first;
}

std::size_t ArgumentReader::NameBeforeTitle(std::size_t subject) const {
  const std::string& pos = s_.token(subject).pos;
  if ((pos != "NN" && pos != "NNS") || s_.MentionAt(subject) != kNoToken) return kNoToken;
  std::size_t leftmost = s_.SubtreeStart(subject);
  if (leftmost < 2 || s_.token(leftmost - 1).text != ",") return kNoToken;
  std::size_t name = leftmost - 2;
  if (s_.MentionTypeAt(name) != EntityType::kPerson || !IsFreeStandingName(name)) return kNoToken;
  return name;
}

std::size_t ArgumentReader::NameBeforePredicate(std::size_t p) const {
  const std::string& pos = s_.token(p).pos;
  bool finite = pos == "VBD" || pos == "VBZ" || pos == "VBP";
  if (s_.relation(p) != "root" || !finite || s_.IsPassive(p)) return kNoToken;
  std::size_t j = p;
  while (j > 0 && s_.head(j - 1) == p &&
         (s_.relation(j - 1) == "advmod" || s_.base_relation(j - 1) == "aux"))
    --j;
  if (j > 0 && s_.token(j - 1).text == ",") {  // ", a spokesman for the PMF,"
    j = AppositiveOpening(j - 1);
    if (j == kNoToken) return kNoToken;
  }
  if (j == 0) return kNoToken;
  std::size_t name = j - 1;
  if (!IsActorType(s_.MentionTypeAt(name)) || !IsFreeStandingName(name)) return kNoToken;
  return name;
}

std::size_t ArgumentReader::AppositiveOpening(std::size_t closing) const {
  for (std::size_t k = closing; k > 0 && closing - k < 16; --k) {
    if (s_.token(k - 1).text != "," || k >= closing) continue;
    const std::string& pos = s_.token(k).pos;
    if (pos == "DT" || pos == "WDT" || pos == "WP" || pos == "PRP$" || pos == "CD") return k - 1;
  }
  return kNoToken;
}

bool ArgumentReader::IsFreeStandingName(std::size_t t) const {
  std::size_t m = s_.MentionAt(t);
  if (m == kNoToken) return false;
  std::size_t first = t, end = t + 1;
  while (first > 0 && s_.MentionAt(first - 1) == m) --first;
  while (end < s_.size() && s_.MentionAt(end) == m) ++end;
  for (std::size_t i = first; i < end; ++i) {
    std::size_t h = s_.head(i);
    if (h != kNoToken && h >= first && h < end) continue;  // inside the name
    std::string_view r = s_.base_relation(i);
    if (r == "obj" || r == "iobj" || r == "obl" || !s_.CaseOf(i).empty()) return false;
  }
  return true;
}

}  // namespace newsgraph
