#include "graph/period_snapshot.h"

#include <map>
#include <set>
#include <utility>

namespace newsgraph {
namespace {

// The relation as it is in period `key`; `counts` are its counts there.
Relation RelationInPeriod(const Relation& relation, const EdgePeriodCounts& counts, PeriodUnit unit,
                          const std::string& key) {
  Relation snapshot;
  snapshot.source = relation.source;
  snapshot.target = relation.target;
  snapshot.code = relation.code;
  snapshot.weight = counts.events;
  snapshot.documents = counts.documents;
  for (const Evidence& entry : relation.evidence) {
    if (PeriodKey(entry.date, unit) != key) continue;
    snapshot.evidence.push_back(entry);
    if (snapshot.first_seen.empty() || entry.date < snapshot.first_seen)
      snapshot.first_seen = entry.date;
    if (snapshot.last_seen.empty() || snapshot.last_seen < entry.date)
      snapshot.last_seen = entry.date;
  }
  return snapshot;
}

// The entity as it is in period `key`; `counts` are its counts there, `period_articles` the ids
// of the articles dated in the period.
Entity EntityInPeriod(const Entity& entity, const NodePeriodCounts& counts,
                      const std::set<std::string>& period_articles) {
  Entity snapshot = entity;
  snapshot.mentions = counts.mentions;
  snapshot.documents = counts.documents;
  snapshot.periods.clear();
  snapshot.mentions_by_article.clear();
  for (const auto& [article, count] : entity.mentions_by_article) {
    if (period_articles.count(article) > 0) snapshot.mentions_by_article.emplace(article, count);
  }
  return snapshot;
}

// The graph's articles whose ids `entities` or `relations` name.
std::vector<Article> NamedArticles(const KnowledgeGraph& graph, const std::vector<Entity>& entities,
                                   const std::vector<Relation>& relations) {
  std::set<std::string> named;
  for (const Entity& entity : entities) {
    for (const auto& [article, count] : entity.mentions_by_article) named.insert(article);
  }
  for (const Relation& relation : relations) {
    for (const Evidence& entry : relation.evidence) named.insert(entry.document_id);
  }
  std::vector<Article> articles;
  for (const Article& article : graph.articles()) {
    if (named.count(article.id) > 0) articles.push_back(article);
  }
  return articles;
}

}  // namespace

std::vector<std::string> SnapshotPeriods(const KnowledgeGraph& graph, bool keep_isolated) {
  std::set<std::string> keys;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    for (const auto& [key, counts] : graph.relation(i).periods) keys.insert(key);
  }
  for (std::size_t i = 0; keep_isolated && i < graph.entity_count(); ++i) {
    for (const auto& [key, counts] : graph.entity(i).periods) keys.insert(key);
  }
  return {keys.begin(), keys.end()};
}

KnowledgeGraph PeriodSnapshot(const KnowledgeGraph& graph, PeriodUnit unit, const std::string& key,
                              bool keep_isolated) {
  std::vector<Relation> relations;
  std::set<std::string> ends;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    const auto counts = relation.periods.find(key);
    if (counts == relation.periods.end() || counts->second.events == 0) continue;
    relations.push_back(RelationInPeriod(relation, counts->second, unit, key));
    ends.insert(relation.source);
    ends.insert(relation.target);
  }
  std::set<std::string> period_articles;
  for (const Article& article : graph.articles()) {
    if (PeriodKey(article.date, unit) == key) period_articles.insert(article.id);
  }
  std::vector<Entity> entities;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Entity& entity = graph.entity(i);
    const auto counts = entity.periods.find(key);
    const bool mentioned = counts != entity.periods.end() && counts->second.mentions > 0;
    if (ends.count(entity.id) == 0 && !(keep_isolated && mentioned)) continue;
    entities.push_back(
        EntityInPeriod(entity, mentioned ? counts->second : NodePeriodCounts{}, period_articles));
  }
  std::vector<Article> articles = NamedArticles(graph, entities, relations);
  return KnowledgeGraph(std::move(entities), std::move(relations), std::move(articles));
}

}  // namespace newsgraph
