// A hand-made graph of three months with per-period counts, for the snapshot tests.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::testing {

inline Entity MakePeriodEntity(const std::string& id, std::map<std::string, std::size_t> by_article,
                               std::map<std::string, NodePeriodCounts> periods) {
  Entity entity;
  entity.id = id;
  entity.name = id;
  entity.type = EntityType::kGpe;
  entity.aliases = {id};
  entity.mentions_by_article = std::move(by_article);
  for (const auto& [article, count] : entity.mentions_by_article) entity.mentions += count;
  entity.documents = entity.mentions_by_article.size();
  entity.periods = std::move(periods);
  return entity;
}

inline Relation MakePeriodRelation(const std::string& source, const std::string& target,
                                   const std::string& label, std::vector<Evidence> evidence,
                                   std::map<std::string, EdgePeriodCounts> periods) {
  Relation relation;
  relation.source = source;
  relation.target = target;
  relation.code = {label, "190", 4, -10.0, "ASSAULT"};
  relation.evidence = std::move(evidence);
  relation.weight = relation.evidence.size();
  relation.documents = relation.weight;
  relation.first_seen = relation.evidence.front().date;
  relation.last_seen = relation.evidence.back().date;
  relation.periods = std::move(periods);
  return relation;
}

inline EdgePeriodCounts Counts(std::size_t events, std::size_t documents) {
  EdgePeriodCounts counts;
  counts.events = events;
  counts.documents = documents;
  return counts;
}

// Months 2023-12 (delta mentioned alone), 2024-01 (alpha -> beta twice, beta -> gamma; delta
// mentioned without an edge) and 2024-02 (alpha -> beta once, gamma -> delta).
inline KnowledgeGraph ThreeMonths() {
  std::vector<Entity> entities = {
      MakePeriodEntity("alpha", {{"doc1", 2}, {"doc2", 1}, {"doc3", 1}},
                       {{"2024-01", {3, 2}}, {"2024-02", {1, 1}}}),
      MakePeriodEntity("beta", {{"doc1", 1}, {"doc2", 1}, {"doc3", 1}},
                       {{"2024-01", {2, 2}}, {"2024-02", {1, 1}}}),
      MakePeriodEntity("delta", {{"doc0", 1}, {"doc1", 2}, {"doc3", 1}},
                       {{"2023-12", {1, 1}}, {"2024-01", {2, 1}}, {"2024-02", {1, 1}}}),
      MakePeriodEntity("gamma", {{"doc2", 1}, {"doc3", 1}},
                       {{"2024-01", {1, 1}}, {"2024-02", {1, 1}}}),
  };
  std::vector<Relation> relations = {
      MakePeriodRelation("alpha", "beta", "attacks",
                         {{"doc1", "2024-01-10", 0, "Alpha attacked Beta."},
                          {"doc2", "2024-01-20", 1, "Alpha attacked Beta again."},
                          {"doc3", "2024-02-05", 0, "Alpha attacked Beta in February."}},
                         {{"2024-01", Counts(2, 2)}, {"2024-02", Counts(1, 1)}}),
      MakePeriodRelation("beta", "gamma", "attacks", {{"doc2", "2024-01-20", 2, "Beta hit Gamma."}},
                         {{"2024-01", Counts(1, 1)}}),
      MakePeriodRelation("gamma", "delta", "attacks",
                         {{"doc3", "2024-02-05", 1, "Gamma hit Delta."}},
                         {{"2024-02", Counts(1, 1)}}),
  };
  std::vector<Article> articles = {{"doc0", "", "2023-12-30", "", ""},
                                   {"doc1", "", "2024-01-10", "", ""},
                                   {"doc2", "", "2024-01-20", "", ""},
                                   {"doc3", "", "2024-02-05", "", ""}};
  return KnowledgeGraph(std::move(entities), std::move(relations), std::move(articles));
}

}  // namespace newsgraph::testing
