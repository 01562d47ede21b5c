// The line `newsgraph build` ends with.
#pragma once

#include <cstddef>
#include <string>

#include "graph/knowledge_graph.h"

namespace newsgraph {

// Edges as GraphML and Gephi hold them: one per ordered pair of actors joined by a relation.
std::size_t ActorPairCount(const KnowledgeGraph& graph);

// "N documents, N nodes, N edges (N relations) written to OUTPUT": edges as ActorPairCount counts
// them, relations as JSON and Cypher list them (one per source, label and target). `output` is
// printed as given; the caller escapes it for the terminal.
std::string BuildSummary(std::size_t documents, const KnowledgeGraph& graph,
                         const std::string& output);

// "N periods (FIRST to LAST); N of N supporting sentences undated, in no period": the distinct
// period keys of the relations and the undated share of their weights (build --period).
std::string PeriodSummary(const KnowledgeGraph& graph);

}  // namespace newsgraph
