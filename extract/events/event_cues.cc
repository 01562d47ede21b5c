#include "extract/events/event_cues.h"

#include <stdexcept>
#include <vector>

#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

EventCue ParseCue(std::string_view name) {
  static const std::unordered_map<std::string_view, EventCue> kNames = {
      {"negation", EventCue::kNegation},     {"hypothetical", EventCue::kHypothetical},
      {"obligation", EventCue::kObligation}, {"future", EventCue::kFuture},
      {"past-future", EventCue::kPastFuture},
      {"condition", EventCue::kCondition},   {"prediction", EventCue::kPrediction},
      {"intent", EventCue::kIntent},         {"threat", EventCue::kThreat},
      {"refusal", EventCue::kRefusal},       {"negative", EventCue::kNegative},
      {"aspect", EventCue::kAspect},         {"object-control", EventCue::kObjectControl},
      {"light", EventCue::kLight},           {"figurative", EventCue::kFigurative},
      {"weapon", EventCue::kWeapon},         {"contest", EventCue::kContest},
      {"utterance", EventCue::kUtterance},   {"victim", EventCue::kVictim},
      {"response", EventCue::kResponse},     {"agent-noun", EventCue::kAgentNoun},
      {"intangible", EventCue::kIntangible}, {"arena", EventCue::kArena},
      {"member", EventCue::kMember},         {"spokesperson", EventCue::kSpokesperson},
      {"partitive", EventCue::kPartitive},   {"outsider", EventCue::kOutsider},
      {"third-party", EventCue::kThirdParty}, {"credit", EventCue::kCredit},
      {"claim", EventCue::kClaim},           {"cancel", EventCue::kCancel},
      {"act", EventCue::kAct},               {"stative", EventCue::kStative}};
  auto it = kNames.find(name);
  return it == kNames.end() ? EventCue::kNone : it->second;
}

std::uint64_t CueBit(EventCue cue) { return std::uint64_t{1} << static_cast<int>(cue); }

bool IsControlCue(EventCue cue) {
  return cue == EventCue::kIntent || cue == EventCue::kThreat || cue == EventCue::kRefusal ||
         cue == EventCue::kNegative || cue == EventCue::kAspect || cue == EventCue::kObjectControl;
}

}  // namespace

EventCues EventCues::LoadEmbedded() {
  return EventCues(EmbeddedResource("event_cues.tsv"), EmbeddedResource("news_media.txt"),
                   "resources/event_cues.tsv");
}

EventCues::EventCues(std::string_view cues_tsv, std::string_view media_list,
                     std::string_view origin) {
  std::size_t line_number = 0;
  for (std::string_view line : SplitLines(cues_tsv)) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    EventCue cue = fields.size() == 2 ? ParseCue(fields[1]) : EventCue::kNone;
    if (cue == EventCue::kNone || fields[0].empty()) {
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_number) +
                               ": expected word<TAB>cue with a known cue");
    }
    std::string word(fields[0]);
    if (IsControlCue(cue) || cue == EventCue::kPrediction)
      control_.emplace(word, cue);
    else if (cue < EventCue::kLight)
      markers_.emplace(word, cue);
    else
      classes_[word] |= CueBit(cue);
  }
  for (std::string_view line : SplitLines(media_list)) {
    if (line.empty() || line.front() == '#') continue;
    media_.insert(NormalizeName(line));
  }
}

bool EventCues::Has(EventCue cue, std::string_view lemma) const {
  auto it = classes_.find(lemma);
  return it != classes_.end() && (it->second & CueBit(cue)) != 0;
}

EventCue EventCues::MarkerOf(std::string_view lower) const {
  auto it = markers_.find(lower);
  return it == markers_.end() ? EventCue::kNone : it->second;
}

EventCue EventCues::ControlOf(std::string_view lemma) const {
  auto it = control_.find(lemma);
  return it == control_.end() ? EventCue::kNone : it->second;
}

bool EventCues::NamesItsGroupBy(std::string_view lemma, std::string_view preposition) const {
  if (Has(EventCue::kSpokesperson, lemma)) {
    return preposition == "of" || preposition == "from" || preposition == "for";
  }
  return Has(EventCue::kMember, lemma) && (preposition == "of" || preposition == "from");
}

}  // namespace newsgraph
