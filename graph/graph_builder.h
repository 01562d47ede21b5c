// Merges the extractions of a corpus into one KnowledgeGraph.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/types.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

struct GraphOptions {
  bool include_negated = false;   // negated triples never make positive edges unless asked
  std::size_t max_evidence = 50;  // evidence sentences kept per relation (the earliest)
};

// Entity resolution: a mention's document-level name (Mention::canonical) is looked up in the
// actor dictionary (shipped aliases, countries, capitals, the user alias file, PETRARCH
// dictionaries); otherwise it merges by its normalised name, and a person's name without the
// particles "al", "el" ("Bashar al-Assad" = "Bashar Assad"). After the corpus, a one-word person
// name (or one typed as an organisation somewhere that is no known actor) merges into the only
// person whose name ends in it; with two such people it stays apart.
// Names the dictionary keeps apart (do-not-merge list) never merge by the in-document short form,
// the particle rule or the surname rule. Relations merge by (subject, label, object).
// Nationalities, pronouns and generic nominals ("rebels", "the army") never become nodes, so a
// triple with such an end stays in the extraction but draws no edge; a nominal naming a specific
// group ("U.S.-led coalition") does.
//
// A node's name is the dictionary's canonical name for shipped and user entries; for PETRARCH
// entries (upper-case phrases) it is the best name seen in the text. A node's "cameo" code is the
// one valid at the latest document date among its mentions (CameoCodeAt), so a minister coded
// [RUSGOV >20040309] carries RUSGOV in a 2024 corpus; undated corpora get the fallback code.
//
// Add documents in corpus order; the graph depends only on that order's content, not on timing.
class GraphBuilder {
 public:
  // Keeps a reference to `actors`, which must outlive the builder.
  explicit GraphBuilder(const ActorDictionary& actors, GraphOptions options = {});

  void Add(const DocumentExtraction& extraction);
  KnowledgeGraph Build() const;

  // For every entity: the surface forms merged into it and the rule that merged each ("actor
  // dictionary", "user alias file", "PETRARCH dictionary", "same normalised name", "short form in
  // document", "pronoun", "unique surname in corpus", "dominant full name in corpus"). Sorted.
  void WriteMergeLog(std::ostream& out) const;

 private:
  struct EntityRecord {
    std::string name;
    std::map<std::string, std::size_t> names;    // display-name candidates and their counts
    std::map<std::string, std::string> aliases;  // surface form -> merge rule
    std::map<EntityType, std::size_t> type_votes;
    std::map<std::string, std::string> codes;
    const ActorEntry* entry = nullptr;  // the dictionary entry it resolved to, if any
    std::string latest_date;            // the latest document date among its mentions
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

  // The entity key of a mention in a document dated `date` (may be empty), creating or updating
  // its record.
  std::string Resolve(const Mention& mention, std::size_t document_index, const std::string& date);
  // A one-word person's name merged into a full name at Build time, and the merge log's rule.
  struct SurnameMerge {
    std::string into;
    std::string_view rule;
  };
  // Key remapping applied at Build time: a surname merges into the only full person's name that
  // ends in it, or, when the word is mostly tagged a person, into the one that has at least nine
  // in ten of the corpus mentions of such names (and ten or more): "Trump" into Donald Trump
  // beside one Melania Trump, not "Harris" into Kamala Harris beside Sam Harris. A word that opens
  // persons' names as often as it ends them is a given name and merges nowhere ("John"), and so
  // is a word ending a name with a connective or organisation word ("... Tariffs and Trade").
  std::map<std::string, SurnameMerge> SurnameMerges() const;
  // True when a do-not-merge group separates a name of one record from a name of the other.
  bool KeptApart(const std::string& key_a, const EntityRecord& a, const std::string& key_b,
                 const EntityRecord& b) const;

  const ActorDictionary& actors_;
  GraphOptions options_;
  std::size_t documents_ = 0;
  std::map<std::string, EntityRecord> entities_;
  std::map<std::tuple<std::string, std::string, std::string>, RelationRecord> relations_;
};

}  // namespace newsgraph
