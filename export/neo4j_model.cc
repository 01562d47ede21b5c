#include "export/neo4j_model.h"

#include "export/text_escape.h"
#include "extract/events/verb_lexicon.h"
#include "extract/text/calendar.h"

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

const std::vector<std::string>& EventRelationshipTypes() {
  static const std::vector<std::string> types = [] {
    std::vector<std::string> list;
    for (std::string_view category : EventCategories()) {
      list.push_back(CypherRelationshipType(category));
      list.push_back("NOT_" + list.back());
    }
    list.push_back(CypherRelationshipType(""));
    return list;
  }();
  return types;
}

std::optional<std::string> CalendarDate(std::string_view text) {
  if (!ParseIsoDate(text)) return std::nullopt;
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
