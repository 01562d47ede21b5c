#include "cli/summary.h"

#include <set>
#include <utility>

namespace newsgraph {

std::size_t ActorPairCount(const KnowledgeGraph& graph) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (std::size_t i = 0; i < graph.relation_count(); ++i)
    pairs.emplace(graph.relation(i).source, graph.relation(i).target);
  return pairs.size();
}

std::string BuildSummary(std::size_t documents, const KnowledgeGraph& graph,
                         const std::string& output) {
  return std::to_string(documents) + " documents, " + std::to_string(graph.entity_count()) +
         " nodes, " + std::to_string(ActorPairCount(graph)) + " edges (" +
         std::to_string(graph.relation_count()) + " relations) written to " + output;
}

std::string PeriodSummary(const KnowledgeGraph& graph) {
  std::set<std::string> periods;
  std::size_t undated = 0, events = 0;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    for (const auto& [key, counts] : relation.periods) periods.insert(key);
    undated += relation.undated;
    events += relation.weight;
  }
  std::string text = std::to_string(periods.size()) + " periods";
  if (!periods.empty()) text += " (" + *periods.begin() + " to " + *periods.rbegin() + ")";
  return text + "; " + std::to_string(undated) + " of " + std::to_string(events) +
         " supporting sentences undated, in no period";
}

}  // namespace newsgraph
