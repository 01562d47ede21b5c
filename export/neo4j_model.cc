#include "export/neo4j_model.h"

#include "export/text_escape.h"

namespace newsgraph::export_internal {

std::string_view ActorTypeLabel(const Entity& entity) {
  switch (entity.type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kGpe:
      return entity.codes.count("iso3166") ? "Country" : "Location";
    case EntityType::kLocation:
      return "Location";
    case EntityType::kNorp:
      return "Group";
    case EntityType::kOther:
      break;
  }
  return "";
}

std::string EventRelationshipType(const Relation& relation) {
  const std::string category = CypherRelationshipType(relation.code.plover);
  const bool negated = relation.code.label.rfind("not ", 0) == 0;
  return negated ? "NOT_" + category : category;
}

std::optional<std::string> CalendarDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t begins[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = begins[f]; i < begins[f] + lengths[f]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[i] - '0');
    }
  }
  const auto [year, month, day] = fields;
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0)) return std::nullopt;
  return std::string(text);
}

std::vector<ArticleMention> ArticleMentions(const KnowledgeGraph& graph) {
  std::vector<ArticleMention> mentions;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Entity& entity = graph.entity(i);
    for (const auto& [article, count] : entity.mentions_by_article)
      mentions.push_back({&entity.id, &article, count});
  }
  return mentions;
}

}  // namespace newsgraph::export_internal
