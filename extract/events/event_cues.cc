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
      {"third-party", EventCue::kThirdParty}, {"act", EventCue::kAct},
      {"stative", EventCue::kStative}};
  auto it = kNames.find(name);
  return it == kNames.end() ? EventCue::kNone : it->second;
}

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
    if (cue == EventCue::kLight)
      light_.insert(word);
    else if (cue == EventCue::kFigurative)
      figurative_.insert(word);
    else if (cue == EventCue::kWeapon)
      weapons_.insert(word);
    else if (cue == EventCue::kContest)
      contests_.insert(word);
    else if (cue == EventCue::kUtterance)
      utterances_.insert(word);
    else if (cue == EventCue::kVictim)
      victims_.insert(word);
    else if (cue == EventCue::kResponse)
      responses_.insert(word);
    else if (cue == EventCue::kAgentNoun)
      agent_nouns_.insert(word);
    else if (cue == EventCue::kIntangible)
      intangibles_.insert(word);
    else if (cue == EventCue::kArena)
      arenas_.insert(word);
    else if (cue == EventCue::kMember || cue == EventCue::kSpokesperson)
      member_nouns_.emplace(word, cue);
    else if (cue == EventCue::kPartitive)
      partitives_.insert(word);
    else if (cue == EventCue::kOutsider)
      outsiders_.insert(word);
    else if (cue == EventCue::kThirdParty)
      third_party_.insert(word);
    else if (cue == EventCue::kAct)
      acts_.insert(word);
    else if (cue == EventCue::kStative)
      statives_.insert(word);
    else if (IsControlCue(cue) || cue == EventCue::kPrediction)
      control_.emplace(word, cue);
    else
      markers_.emplace(word, cue);
  }
  for (std::string_view line : SplitLines(media_list)) {
    if (line.empty() || line.front() == '#') continue;
    media_.insert(NormalizeName(line));
  }
}

EventCue EventCues::MarkerOf(std::string_view lower) const {
  auto it = markers_.find(std::string(lower));
  return it == markers_.end() ? EventCue::kNone : it->second;
}

EventCue EventCues::ControlOf(std::string_view lemma) const {
  auto it = control_.find(std::string(lemma));
  return it == control_.end() ? EventCue::kNone : it->second;
}

bool EventCues::NamesItsGroupBy(std::string_view lemma, std::string_view preposition) const {
  auto it = member_nouns_.find(std::string(lemma));
  if (it == member_nouns_.end()) return false;
  if (preposition == "of" || preposition == "from") return true;
  return preposition == "for" && it->second == EventCue::kSpokesperson;
}

}  // namespace newsgraph
