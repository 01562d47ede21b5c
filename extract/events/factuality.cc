#include "extract/events/factuality.h"

#include <string_view>

namespace newsgraph {
namespace {

// Factualities ordered by how much they take back.
int Strength(Factuality f) {
  switch (f) {
    case Factuality::kAsserted:
      return 0;
    case Factuality::kReported:
      return 1;
    case Factuality::kIntended:
      return 2;
    case Factuality::kNegated:
      return 3;
    case Factuality::kHypothetical:
      return 4;
  }
  return 0;
}

}  // namespace

Factuality Stronger(Factuality a, Factuality b) { return Strength(a) >= Strength(b) ? a : b; }

Factuality FactualityReader::OwnMarkers(std::size_t p) const {
  Factuality f = Factuality::kAsserted;
  for (std::size_t c : s_.children(p)) {
    std::string_view r = s_.base_relation(c);
    EventCue cue = lex_.cues.MarkerOf(s_.lower(c));
    if (cue == EventCue::kNegation && (r == "advmod" || r == "neg" || r == "cc:preconj"))
      f = Stronger(f, Factuality::kNegated);
    if (r == "aux" && (cue == EventCue::kHypothetical || cue == EventCue::kObligation))
      f = Stronger(f, Factuality::kHypothetical);
    if (r == "aux" && cue == EventCue::kFuture) f = Stronger(f, Factuality::kIntended);
    if (r == "aux" && cue == EventCue::kPastFuture) {
      f = Stronger(f, PastFutureIsFuture(p) ? Factuality::kIntended : Factuality::kHypothetical);
    }
    if (r == "mark" && cue == EventCue::kCondition) f = Stronger(f, Factuality::kHypothetical);
  }
  return f;
}

bool FactualityReader::PastFutureIsFuture(std::size_t p) const {
  bool condition = false;
  for (std::size_t c : s_.children(p)) {
    if (s_.relation(c) == "aux" && s_.lemma(c) == "have") return false;
    if (s_.base_relation(c) != "advcl") continue;
    for (std::size_t m : s_.children(c)) {
      if (s_.relation(m) == "mark" && lex_.cues.MarkerOf(s_.lower(m)) == EventCue::kCondition)
        condition = true;
    }
  }
  if (condition) return true;
  std::string_view r = s_.relation(p);
  std::size_t h = s_.head(p);
  if ((r != "ccomp" && r != "parataxis") || h == kNoToken) return false;
  // Only a past report shifts "will" to "would": "analysts say it would help" states no plan.
  const std::string& tag = s_.token(h).pos;
  return (tag == "VBD" || tag == "VBN" || tag == "VBG") && IsSpeechVerb(s_, lex_.verbs, h);
}

Factuality FactualityReader::ClauseFactuality(std::size_t p) const {
  Factuality f = OwnMarkers(p);
  if (IsReported(p)) f = Stronger(f, Factuality::kReported);
  std::size_t x = p;
  for (int depth = 0; depth < 12; ++depth) {
    std::size_t h = s_.head(x);
    if (h == kNoToken) {
      if (s_.EndsWithQuestionMark()) f = Factuality::kHypothetical;
      return f;
    }
    std::string_view r = s_.relation(x);
    Factuality above = OwnMarkers(h);
    bool hypothetical_above = above == Factuality::kHypothetical;
    if (r == "ccomp" || r == "parataxis" || r == "csubj") {
      if (IsSpeechVerb(s_, lex_.verbs, h)) f = Stronger(f, Factuality::kReported);
      if (lex_.cues.ControlOf(s_.lemma(h)) == EventCue::kPrediction) f = Factuality::kHypothetical;
      if (hypothetical_above) f = Factuality::kHypothetical;
    } else if (r == "xcomp") {
      if (lex_.cues.ControlOf(s_.lemma(h)) == EventCue::kPrediction) f = Factuality::kHypothetical;
      f = Stronger(f, above);
    } else if (r == "conj") {
      if (s_.Child(x, "aux") == kNoToken && above != Factuality::kNegated) f = Stronger(f, above);
    } else if (r == "advcl" || r == "acl" || r == "acl:relcl") {
      if (hypothetical_above) f = Factuality::kHypothetical;
    } else {
      return f;
    }
    x = h;
  }
  return f;
}

Factuality FactualityReader::ControlledFactuality(std::size_t p) const {
  Factuality f = Factuality::kAsserted;
  for (std::size_t x = p; s_.relation(x) == "xcomp" && s_.head(x) != kNoToken; x = s_.head(x)) {
    switch (lex_.cues.ControlOf(s_.lemma(s_.head(x)))) {
      case EventCue::kIntent:
      case EventCue::kThreat:
      case EventCue::kObjectControl:
        f = Stronger(f, Factuality::kIntended);
        break;
      case EventCue::kRefusal:
      case EventCue::kNegative:
        f = Stronger(f, Factuality::kNegated);
        break;
      default:
        break;
    }
  }
  return f;
}

std::size_t FactualityReader::ReportingVerb(std::size_t p) const {
  // "B attacked C, A said": a parenthetical speech verb with no complement of its own.
  for (std::size_t c : s_.children(p)) {
    if (s_.relation(c) == "parataxis" && IsSpeechVerb(s_, lex_.verbs, c) &&
        s_.Child(c, "ccomp") == kNoToken)
      return c;
  }
  for (std::size_t x = p, depth = 0; depth < 12; ++depth) {
    std::size_t h = s_.head(x);
    if (h == kNoToken) return kNoToken;
    std::string_view r = s_.relation(x);
    if ((r == "ccomp" || r == "parataxis") && IsSpeechVerb(s_, lex_.verbs, h)) return h;
    if (r != "conj" && r != "xcomp" && r != "advcl" && r != "ccomp") return kNoToken;
    x = h;
  }
  return kNoToken;
}

std::size_t FactualityReader::AccordingTo(std::size_t p) const {
  for (std::size_t c : s_.children(p)) {
    if (s_.base_relation(c) == "obl" && s_.CaseOf(c) == "according") return c;
  }
  return kNoToken;
}

bool FactualityReader::IsReported(std::size_t p) const {
  return ReportingVerb(p) != kNoToken || AccordingTo(p) != kNoToken;
}

bool FactualityReader::HasNegativeDeterminer(std::size_t t) const {
  if (t == kNoToken) return false;
  for (std::size_t c : s_.children(t)) {
    if (s_.base_relation(c) == "det" && lex_.cues.MarkerOf(s_.lower(c)) == EventCue::kNegation)
      return true;
  }
  return false;
}

}  // namespace newsgraph
