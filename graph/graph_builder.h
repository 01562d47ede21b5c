// Merges the extractions of a corpus into one KnowledgeGraph.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "extract/actor_dictionary.h"
#include "extract/types.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct GraphOptions {
  bool include_negated = false;     // negated triples never make positive edges unless asked
  std::size_t max_evidence = 50;    // evidence sentences kept per relation (the earliest)
};

// Entity resolution: a mention's document-level name (Mention::canonical) is looked up in the
// actor dictionary (aliases, countries, capitals); otherwise it merges by its normalised name, and
// a person's name without the particles "al", "el" ("Bashar al-Assad" = "Bashar Assad"). After the
// corpus, a one-word person name merges into the only person whose name ends in it; with two such
// people it stays apart. Relations merge by (subject, label, object).
//
// Add documents in corpus order; the graph depends only on that order's content, not on timing.
class GraphBuilder {
 public:
  // Keeps a reference to `actors`, which must outlive the builder.
  explicit GraphBuilder(const ActorDictionary& actors, GraphOptions options = {});

  void Add(const DocumentExtraction& extraction);
  KnowledgeGraph Build() const;

  // For every entity: the surface forms merged into it and the rule that merged each. Sorted.
  void WriteMergeLog(std::ostream& out) const;

 private:
  struct EntityRecord {
    std::string name;
    std::map<std::string, std::size_t> names;  // display-name candidates and their counts
    std::map<std::string, std::string> aliases;  // surface form -> merge rule
    std::map<EntityType, std::size_t> type_votes;
    std::map<std::string, std::string> codes;
    std::size_t mentions = 0;
    std::vector<std::size_t> documents;  // indices of the documents it occurs in, ascending
  };
  struct RelationRecord {
    RelationCode code;
    std::size_t weight = 0;
    std::set<std::string> documents;
    std::string first_seen, last_seen;
    std::vector<Evidence> evidence;
  };

  // The entity key of a mention, creating or updating its record.
  std::string Resolve(const Mention& mention, std::size_t document_index);
  // Key remapping applied at Build time (one-word person names merged into full names).
  std::map<std::string, std::string> SurnameMerges() const;

  const ActorDictionary& actors_;
  GraphOptions options_;
  std::size_t documents_ = 0;
  std::map<std::string, EntityRecord> entities_;
  std::map<std::tuple<std::string, std::string, std::string>, RelationRecord> relations_;
};

}  // namespace newsgraph
