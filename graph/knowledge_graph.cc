#include "graph/knowledge_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <cassert>
#include <map>
#include <stdexcept>
#include <tuple>

namespace newsgraph {

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;

struct KnowledgeGraph::Impl {
  BoostGraph graph;
  std::vector<BoostGraph::edge_descriptor> edges;  // in (source, target, label) order
  std::vector<NodeMetrics> metrics;                 // by entity index
  std::vector<Article> articles;                   // sorted by id, unique ids
};

namespace {

// `given` (the first of each id, in the given order) and an article for every other id that
// `entities` or `relations` name, sorted by id.
std::vector<Article> CompleteArticles(std::vector<Article> given,
                                      const std::vector<Entity>& entities,
                                      const std::vector<Relation>& relations) {
  std::map<std::string, Article> by_id;
  for (Article& article : given) by_id.try_emplace(article.id, std::move(article));
  for (const Relation& relation : relations) {
    for (const Evidence& evidence : relation.evidence)
      by_id.try_emplace(evidence.document_id,
                        Article{evidence.document_id, "", evidence.date, "", ""});
  }
  for (const Entity& entity : entities) {
    for (const auto& [id, count] : entity.mentions_by_article)
      by_id.try_emplace(id, Article{id, "", "", "", ""});
  }
  std::vector<Article> articles;
  articles.reserve(by_id.size());
  for (auto& [id, article] : by_id) articles.push_back(std::move(article));
  return articles;
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(std::vector<Entity> entities, std::vector<Relation> relations,
                               std::vector<Article> articles)
    : impl_(std::make_unique<Impl>()) {
  impl_->articles = CompleteArticles(std::move(articles), entities, relations);
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
  // Their contents are in the graph now; the measures below need memory of their own.
  entities = {};
  relations = {};
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

const std::vector<Article>& KnowledgeGraph::articles() const { return impl_->articles; }

std::size_t KnowledgeGraph::FindEntity(const std::string& id) const {
  auto [begin, end] = boost::vertices(impl_->graph);
  auto it = std::lower_bound(begin, end, id,
                             [&](BoostGraph::vertex_descriptor v, const std::string& key) {
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
