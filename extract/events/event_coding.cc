#include "extract/events/event_coding.h"

#include <utility>

namespace newsgraph {
namespace {

RelationCode Code(std::string label, std::string cameo, int quad, double goldstein,
                  std::string plover) {
  RelationCode code;
  code.label = std::move(label);
  code.cameo = std::move(cameo);
  code.quad = quad;
  code.goldstein = goldstein;
  code.plover = std::move(plover);
  return code;
}

// "imposes sanctions on" -> "impose sanctions on".
std::string BaseForm(std::string_view label) {
  std::size_t space = label.find(' ');
  std::string verb(label.substr(0, space));
  std::string rest(space == std::string_view::npos ? "" : label.substr(space));
  auto ends = [&](std::string_view suffix) {
    return verb.size() > suffix.size() &&
           verb.compare(verb.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) {
    verb.replace(verb.size() - 3, 3, "y");
  } else if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes") ||
             ends("oes")) {
    verb.resize(verb.size() - 2);
  } else if (ends("s") && !ends("ss")) {
    verb.resize(verb.size() - 1);
  }
  return verb + rest;
}

RelationCode CooperationIntent(const RelationCode& event) {
  std::string label = "intends to " + BaseForm(event.label);
  switch (CameoRoot(event)) {
    case 4:
      return Code(label, "036", 1, 4.0, "AGREE");
    case 5:
      return Code(label, "032", 1, 4.5, "AGREE");
    case 6:
      return Code(label, "031", 1, 5.2, "AGREE");
    case 7:
      return Code(label, "033", 1, 5.2, "AGREE");
    case 8:
      return Code(label, "035", 1, 7.0, "AGREE");
    default:
      return Code(label, "030", 1, 4.0, "AGREE");
  }
}

}  // namespace

int CameoRoot(const RelationCode& code) {
  if (code.cameo.size() < 2 || code.cameo[0] < '0' || code.cameo[0] > '9' || code.cameo[1] < '0' ||
      code.cameo[1] > '9')
    return 0;
  return (code.cameo[0] - '0') * 10 + (code.cameo[1] - '0');
}

RelationCode IntentCode(const RelationCode& event, bool threat) {
  if (CameoRoot(event) == 3) return event;
  if (!threat && (event.quad == 1 || event.quad == 2)) return CooperationIntent(event);
  if (CameoRoot(event) == 13) return event;
  std::string label = "threatens to " + BaseForm(event.label);
  switch (CameoRoot(event)) {
    case 14:
      return Code(label, "133", 3, -5.8, "THREATEN");
    case 16:
      return Code(label, "131", 3, -5.8, "THREATEN");
    case 17:
      return Code(label, "137", 3, -7.0, "THREATEN");
    case 18:
    case 19:
    case 20:
      return Code(label, "138", 3, -7.0, "THREATEN");
    default:
      return Code(label, "130", 3, -4.4, "THREATEN");
  }
}

RelationCode RefusalCode(const RelationCode& event) {
  std::string label = "refuses to " + BaseForm(event.label);
  switch (CameoRoot(event)) {
    case 4:
      return Code(label, "125", 3, -5.0, "REJECT");
    case 6:
      return Code(label, "121", 3, -4.0, "REJECT");
    case 7:
      return Code(label, "122", 3, -4.0, "REJECT");
    case 8:
      return Code(label, "124", 3, -5.0, "REJECT");
    default:
      return Code(label, "120", 3, -4.0, "REJECT");
  }
}

RelationCode AccuseCode() { return Code("accuses", "112", 3, -2.0, "ACCUSE"); }
RelationCode DemandCode() { return Code("demands", "100", 3, -5.0, "REQUEST"); }
RelationCode CriticizeCode() { return Code("criticizes", "111", 3, -2.0, "ACCUSE"); }

bool DisciplineForce(RelationCode& code, const ForceUse& use) {
  if (CameoRoot(code) < 18 || use.weapon_named) return true;
  if (use.contest && use.source != EntityType::kGpe) return false;
  if (use.owned_object && use.verbal_sense) {
    code = CriticizeCode();
    return true;
  }
  if (use.source != EntityType::kPerson || use.target != EntityType::kPerson) return true;
  if (!use.verbal_sense) return false;
  code = CriticizeCode();
  return true;
}

}  // namespace newsgraph
