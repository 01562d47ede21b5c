#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>

namespace newsgraph {

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;

struct KnowledgeGraph::Impl {
  BoostGraph graph;
  std::vector<BoostGraph::edge_descriptor> edges;  // in (source, target, label) order
  std::vector<NodeMetrics> metrics;                 // by entity index
};

KnowledgeGraph::KnowledgeGraph(std::vector<Entity> entities, std::vector<Relation> relations)
    : impl_(std::make_unique<Impl>()) {
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.id < b.id; });
  for (std::size_t i = 1; i < entities.size(); ++i) {
    if (entities[i - 1].id == entities[i].id)
      throw std::invalid_argument("duplicate entity id " + entities[i].id);
  }
  std::sort(relations.begin(), relations.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.source, a.target, a.code.label) < std::tie(b.source, b.target, b.code.label);
  });
  for (Entity& entity : entities) boost::add_vertex(std::move(entity), impl_->graph);
  for (Relation& relation : relations) {
    std::size_t source = FindEntity(relation.source);
    std::size_t target = FindEntity(relation.target);
    if (source == entity_count() || target == entity_count())
      throw std::invalid_argument("relation names an unknown entity: " + relation.source + " -> " +
                                  relation.target);
    impl_->edges.push_back(
        boost::add_edge(source, target, std::move(relation), impl_->graph).first);
  }
  std::vector<WeightedArc> arcs;
  arcs.reserve(impl_->edges.size());
  for (const auto& edge : impl_->edges) {
    arcs.push_back({boost::source(edge, impl_->graph), boost::target(edge, impl_->graph),
                    static_cast<double>(impl_->graph[edge].weight)});
  }
  impl_->metrics = ComputeNodeMetrics(entity_count(), arcs);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

std::size_t KnowledgeGraph::entity_count() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::relation_count() const { return impl_->edges.size(); }

const Entity& KnowledgeGraph::entity(std::size_t index) const {
  assert(index < entity_count());
  return impl_->graph[boost::vertex(index, impl_->graph)];
}

const Relation& KnowledgeGraph::relation(std::size_t index) const {
  assert(index < relation_count());
  return impl_->graph[impl_->edges[index]];
}

std::size_t KnowledgeGraph::FindEntity(const std::string& id) const {
  auto [begin, end] = boost::vertices(impl_->graph);
  auto it = std::lower_bound(begin, end, id, [&](BoostGraph::vertex_descriptor v,
                                                  const std::string& key) {
    return impl_->graph[v].id < key;
  });
  if (it == end || impl_->graph[*it].id != id) return entity_count();
  return *it;
}

std::size_t KnowledgeGraph::Degree(std::size_t entity_index) const {
  auto v = boost::vertex(entity_index, impl_->graph);
  return boost::in_degree(v, impl_->graph) + boost::out_degree(v, impl_->graph);
}

const NodeMetrics& KnowledgeGraph::metrics(std::size_t entity_index) const {
  assert(entity_index < entity_count());
  return impl_->metrics[entity_index];
}

}  // namespace newsgraph
