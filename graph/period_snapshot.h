// One period of a build as a graph of its own (`build --snapshots`): the static graph of the
// actors and edges with events in that period.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/periods.h"

namespace newsgraph {

// The periods that have a snapshot, in calendar order: those in which some relation has events
// (Relation::periods), and with `keep_isolated` also those in which some entity is mentioned
// (Entity::periods).
std::vector<std::string> SnapshotPeriods(const KnowledgeGraph& graph, bool keep_isolated);

// The graph of period `key` (a key of `unit`, the unit the graph's periods were counted in):
//   - every relation with events in the period, with weight and documents its counts there
//     (EdgePeriodCounts::events and ::documents), the evidence entries dated in the period, and
//     first_seen and last_seen the earliest and latest of those dates; the code is unchanged;
//   - every entity at an end of such a relation, and with `keep_isolated` every entity mentioned
//     in the period (Entity::periods) as well, with mentions and documents its counts there and
//     mentions_by_article restricted to the articles dated in the period;
//   - the articles the kept evidence and mentions name.
// Entity ids are the graph's, so every writer gives a node the same id in both; the node metrics
// are computed anew on the period's graph. The snapshot keeps no per-period counts
// (Entity::periods and Relation::periods are empty, Relation::undated is 0): it is a static graph.
KnowledgeGraph PeriodSnapshot(const KnowledgeGraph& graph, PeriodUnit unit, const std::string& key,
                              bool keep_isolated);

}  // namespace newsgraph
