#include "extract/events/frame_matcher.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace newsgraph {
namespace {

bool IsOblique(const ParsedSentence& s, std::size_t c) {
  std::string_view r = s.base_relation(c);
  return r == "obl" || r == "nmod" || r == "advcl" || r == "xcomp" || r == "ccomp";
}

// An oblique child of `parent` introduced by `preposition`; kNoToken when none.
std::size_t ObliqueWith(const ParsedSentence& s, std::size_t parent, std::string_view preposition) {
  if (parent == kNoToken) return kNoToken;
  for (std::size_t c : s.children(parent)) {
    if (IsOblique(s, c) && s.CaseOf(c) == preposition) return c;
  }
  return kNoToken;
}

bool HasParticle(const ParsedSentence& s, std::size_t p, std::string_view word) {
  for (std::size_t c : s.children(p)) {
    if (s.relation(c) == "compound:prt" && s.lower(c) == word) return true;
  }
  return false;
}

// A literal after "O": the case, mark or lemma of a dependent of the predicate or the object, or
// the lemma of an adjective or noun modifying such a dependent ("designated B as a **terrorist**
// organization" matches "designate O as terrorist").
bool HasTrailingWord(const ParsedSentence& s, std::size_t p, std::size_t object,
                     std::string_view word) {
  for (std::size_t parent : {p, object}) {
    if (parent == kNoToken) continue;
    for (std::size_t c : s.children(parent)) {
      if (s.CaseOf(c) == word || s.lemma(c) == word) return true;
      if (s.relation(c) == "compound:prt" && s.lower(c) == word) return true;
      for (std::size_t m : s.children(c)) {
        std::string_view r = s.relation(m);
        if ((r == "amod" || r == "compound") && s.lemma(m) == word) return true;
      }
    }
  }
  return false;
}

// The named possessor of `noun` ("Kosovo's independence" for "independence of O"); kNoToken for
// none or a possessive pronoun.
std::size_t NamedPossessor(const ParsedSentence& s, std::size_t noun) {
  std::size_t possessor = s.Child(noun, "nmod:poss");
  if (possessor == kNoToken || s.token(possessor).pos == "PRP$") return kNoToken;
  return possessor;
}

struct Progress {
  std::size_t noun = kNoToken;  // the literal noun matched to the object
  std::string_view preposition;
  bool particle_last = false;  // the last literal before "O" was a particle
};

// Matches the literals before "O" (or all of them for a pattern without "O").
bool MatchLeadingWords(const VerbPattern& pattern, const ParsedSentence& s, std::size_t p,
                       std::size_t object, std::size_t end, Progress& progress) {
  for (std::size_t w = 1; w < end; ++w) {
    std::string_view word = pattern.words[w];
    bool last = w + 1 == end && pattern.object_slot != std::string::npos;
    progress.particle_last = false;
    if (HasParticle(s, p, word)) {
      progress.particle_last = last;
      continue;
    }
    if (progress.noun == kNoToken && object != kNoToken && s.lemma(object) == word) {
      progress.noun = object;
      continue;
    }
    // "call for sanction against O": a preposition and the noun it introduces.
    if (progress.noun == kNoToken && w + 1 < end) {
      std::size_t oblique = ObliqueWith(s, p, word);
      if (oblique != kNoToken && s.lemma(oblique) == pattern.words[w + 1]) {
        progress.noun = oblique;
        ++w;
        continue;
      }
    }
    if (last) {
      progress.preposition = word;
      continue;
    }
    if (pattern.object_slot == std::string::npos &&
        ObliqueWith(s, p, word) != kNoToken)  // "protest against"
      continue;
    return false;
  }
  return true;
}

// Prepositions that introduce the same target of a literal noun ("sanctions on B", "sanctions
// against B"). A verb's own preposition is matched as written: "ruled against B" is not "ruled on
// B".
std::vector<std::string_view> SamePreposition(std::string_view preposition, bool after_noun) {
  if (!after_noun) return {preposition};
  static const std::vector<std::vector<std::string_view>> kClasses = {{"on", "against", "upon"},
                                                                      {"to", "toward", "towards"}};
  for (const auto& words : kClasses) {
    if (std::find(words.begin(), words.end(), preposition) != words.end()) return words;
  }
  return {preposition};
}

std::size_t FindTarget(const ParsedSentence& s, std::size_t p, std::size_t object,
                       const Progress& progress, std::string_view pattern_plover) {
  if (!progress.preposition.empty()) {
    for (std::string_view preposition :
         SamePreposition(progress.preposition, progress.noun != kNoToken)) {
      std::size_t t = ObliqueWith(s, progress.noun, preposition);
      if (t == kNoToken) t = ObliqueWith(s, p, preposition);
      // "disclosed the matter to B": the parser hung the predicate's phrase on its object.
      if (t == kNoToken && progress.noun == kNoToken && object != kNoToken && object > p)
        t = ObliqueWith(s, object, preposition);
      if (t != kNoToken) return t;
    }
    // "confirmed B's nomination" says "confirmed the nomination of B".
    if (progress.preposition == "of" && progress.noun != kNoToken)
      return NamedPossessor(s, progress.noun);
    return kNoToken;
  }
  // "gave Tanzania a grant": the recipient is the target.
  if (std::size_t iobj = s.Child(p, "iobj"); iobj != kNoToken) return iobj;
  if (progress.noun == kNoToken && object != kNoToken) return object;
  // "demanded that the US cancel ...": the subject of the demanded clause.
  if (progress.noun == kNoToken && pattern_plover == "REQUEST") {
    std::size_t clause = s.Child(p, "ccomp");
    if (clause != kNoToken) return s.Child(clause, "nsubj");
  }
  if (progress.particle_last) return object;
  return kNoToken;
}

}  // namespace

bool MatchesLeadingWords(const VerbPattern& pattern, const ParsedSentence& s, std::size_t p,
                         std::size_t object) {
  const std::size_t end =
      pattern.object_slot != std::string::npos ? pattern.object_slot : pattern.words.size();
  Progress progress;
  if (!MatchLeadingWords(pattern, s, p, object, end, progress)) return false;
  return object == kNoToken || progress.noun == object;
}

std::optional<std::size_t> MatchPattern(const VerbPattern& pattern, const ParsedSentence& s,
                                        std::size_t p, std::size_t object) {
  const bool has_slot = pattern.object_slot != std::string::npos;
  const std::size_t end = has_slot ? pattern.object_slot : pattern.words.size();
  Progress progress;
  if (!MatchLeadingWords(pattern, s, p, object, end, progress)) return std::nullopt;
  if (!has_slot) return kNoToken;
  std::size_t target = FindTarget(s, p, object, progress, pattern.code.plover);
  if (target == kNoToken) return std::nullopt;
  for (std::size_t w = pattern.object_slot + 1; w < pattern.words.size(); ++w) {
    if (!HasTrailingWord(s, p, target, pattern.words[w])) return std::nullopt;
  }
  return target;
}

}  // namespace newsgraph
