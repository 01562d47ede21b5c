// The merged actor graph: entities as nodes, relations as edges.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/types.h"
#include "graph/node_metrics.h"
#include "graph/periods.h"

namespace newsgraph {

// The merged node: one real-world actor.
struct Entity {
  // The canonical key: the normalised canonical name (the dictionary entry's for a name an actor
  // dictionary resolves), with "/sector" for a sector node; never the arrival order. Writers name
  // the node NodeId(entity) (export/node_id.h). The type is no part of it: a name's type is a
  // vote over its mentions, which another corpus may tip.
  std::string id;
  std::string name;                  // canonical name, the node label
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;  // every surface form merged into it, sorted, includes name
  std::map<std::string, std::string> codes;  // "iso3166" -> "RUS", "cameo" -> "RUS", ...
  std::size_t mentions = 0;                  // occurrences across the corpus
  std::size_t documents = 0;                 // documents it occurs in
  std::string sector;  // "MIL", "GOV", ... of a state's sector node (GraphOptions::split_sectors)
  // Article::id -> occurrences in that article; the counts add up to `mentions`.
  std::map<std::string, std::size_t> mentions_by_article;
  // Period key -> counts in that period (GraphOptions::period); empty without periods. Mentions
  // in undated documents are in no period.
  std::map<std::string, NodePeriodCounts> periods;
};

// One article of the corpus, as the reader gave it (Document without its text).
struct Article {
  std::string id;
  std::string title;   // may be empty
  std::string date;    // YYYY-MM-DD or empty
  std::string source;  // may be empty
  std::string url;     // may be empty
};

// One supporting sentence of a relation.
struct Evidence {
  std::string document_id;
  std::string date;
  std::size_t sentence = 0;
  std::string text;
};

// The merged edge: all triples with the same (source, relation label, target).
struct Relation {
  std::string source;  // Entity::id
  std::string target;  // Entity::id
  RelationCode code;
  std::size_t weight = 0;     // supporting sentences
  std::size_t documents = 0;  // distinct documents among them
  std::string first_seen;     // earliest document date, YYYY-MM-DD, empty when undated
  std::string last_seen;
  std::vector<Evidence> evidence;  // sorted by (document id, sentence)
  // Period key -> counts in that period (GraphOptions::period); empty without periods. The
  // events of all periods plus `undated` equal `weight`.
  std::map<std::string, EdgePeriodCounts> periods;
  std::size_t undated = 0;  // supporting sentences without a date, in no period
};

// The index of the entity with id `id` in `entities` (sorted by id), or entities.size().
std::size_t FindEntityIn(const std::vector<Entity>& entities, const std::string& id);

// A read-only directed multigraph. Entities are kept sorted by id and relations by
// (source, target, label), so writers that iterate in index order produce deterministic output.
// Articles are kept sorted by id, one per id: every given article (the first of those sharing an
// id), and for every other id an entity's mentions_by_article or an evidence entry names, an
// article with only that id and the evidence's date.
class KnowledgeGraph {
 public:
  // Relations must name existing entity ids; entities must have unique ids.
  KnowledgeGraph(std::vector<Entity> entities, std::vector<Relation> relations,
                 std::vector<Article> articles = {});
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  std::size_t entity_count() const;
  std::size_t relation_count() const;
  const Entity& entity(std::size_t index) const;      // index < entity_count()
  const Relation& relation(std::size_t index) const;  // index < relation_count()
  const std::vector<Article>& articles() const;
  // Index of the entity with this id, or entity_count() when there is none.
  std::size_t FindEntity(const std::string& id) const;
  // Number of relations that start or end at the entity (a relation to itself counts twice).
  std::size_t Degree(std::size_t entity_index) const;
  // The network measures of the entity (see NodeMetrics), computed once when the graph is built,
  // with each relation an arc weighted by its supporting sentences.
  const NodeMetrics& metrics(std::size_t entity_index) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph
