#include "graph/knowledge_graph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <algorithm>
#include <cassert>
#include <map>
#include <stdexcept>
#include <tuple>

namespace newsgraph {

// The topology: vertex i is entities[i], one edge per relation. A compressed sparse row graph
// holds it in a few flat arrays of indexes, so the entities and relations themselves are held
// once, as given (moved in, sorted).
using Topology = boost::compressed_sparse_row_graph<boost::bidirectionalS>;

struct KnowledgeGraph::Impl {
  std::vector<Entity> entities;      // sorted by id
  std::vector<Relation> relations;   // in (source, target, label) order
  Topology topology;
  std::vector<NodeMetrics> metrics;  // by entity index
  std::vector<Article> articles;     // sorted by id, unique ids
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
  impl_->entities = std::move(entities);
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  ends.reserve(relations.size());
  std::vector<WeightedArc> arcs;
  arcs.reserve(relations.size());
  for (const Relation& relation : relations) {
    std::size_t source = FindEntity(relation.source);
    std::size_t target = FindEntity(relation.target);
    if (source == entity_count() || target == entity_count())
      throw std::invalid_argument("relation names an unknown entity: " + relation.source + " -> " +
                                  relation.target);
    ends.emplace_back(source, target);
    arcs.push_back({source, target, static_cast<double>(relation.weight)});
  }
  impl_->topology =
      Topology(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), entity_count());
  impl_->relations = std::move(relations);
  impl_->metrics = ComputeNodeMetrics(entity_count(), arcs);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

std::size_t KnowledgeGraph::entity_count() const { return impl_->entities.size(); }
std::size_t KnowledgeGraph::relation_count() const { return impl_->relations.size(); }

const Entity& KnowledgeGraph::entity(std::size_t index) const {
  assert(index < entity_count());
  return impl_->entities[index];
}

const Relation& KnowledgeGraph::relation(std::size_t index) const {
  assert(index < relation_count());
  return impl_->relations[index];
}

const std::vector<Article>& KnowledgeGraph::articles() const { return impl_->articles; }

std::size_t FindEntityIn(const std::vector<Entity>& entities, const std::string& id) {
  auto it = std::lower_bound(entities.begin(), entities.end(), id,
                             [](const Entity& entity, const std::string& key) {
                               return entity.id < key;
                             });
  return it != entities.end() && it->id == id ? static_cast<std::size_t>(it - entities.begin())
                                              : entities.size();
}

std::size_t KnowledgeGraph::FindEntity(const std::string& id) const {
  return FindEntityIn(impl_->entities, id);
}

std::size_t KnowledgeGraph::Degree(std::size_t entity_index) const {
  assert(entity_index < entity_count());
  const auto vertex = boost::vertex(entity_index, impl_->topology);
  return boost::out_degree(vertex, impl_->topology) + boost::in_degree(vertex, impl_->topology);
}

const NodeMetrics& KnowledgeGraph::metrics(std::size_t entity_index) const {
  assert(entity_index < entity_count());
  return impl_->metrics[entity_index];
}

}  // namespace newsgraph
