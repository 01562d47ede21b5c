#include "extract/types.h"

namespace newsgraph {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLocation: return "LOCATION";
    case EntityType::kNorp: return "NORP";
    case EntityType::kOther: return "OTHER";
  }
  return "OTHER";
}

EntityType ParseEntityType(std::string_view name) {
  if (name == "PERSON" || name == "PER") return EntityType::kPerson;
  if (name == "ORGANIZATION" || name == "ORG") return EntityType::kOrganization;
  if (name == "GPE") return EntityType::kGpe;
  if (name == "LOCATION" || name == "LOC") return EntityType::kLocation;
  if (name == "NORP" || name == "MISC") return EntityType::kNorp;
  return EntityType::kOther;
}

bool IsActorType(EntityType type) {
  return type == EntityType::kPerson || type == EntityType::kOrganization ||
         type == EntityType::kGpe;
}

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName: return "name";
    case MentionKind::kNominal: return "nominal";
    case MentionKind::kPronoun: return "pronoun";
  }
  return "name";
}

std::string_view FactualityName(Factuality factuality) {
  switch (factuality) {
    case Factuality::kAsserted: return "asserted";
    case Factuality::kReported: return "reported";
    case Factuality::kIntended: return "intended";
    case Factuality::kNegated: return "negated";
    case Factuality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

std::string_view DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kReport: return "report";
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "report";
}

}  // namespace newsgraph
