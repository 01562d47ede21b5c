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

}  // namespace newsgraph
