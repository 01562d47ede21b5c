// Merges the extractions of a corpus into one KnowledgeGraph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/types.h"
#include "graph/entity_resolution.h"
#include "graph/graph_document.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// Which date of a triple dates the edges: the event's (Triple::event_date, read off the
// sentence's own time expressions, else the report date) or the report's (the article's).
enum class TimeBasis { kEvent, kReport };

struct GraphOptions {
  bool include_negated = false;   // negated triples never make positive edges unless asked
  std::size_t max_evidence = 50;  // evidence sentences kept per relation (the earliest)
  bool keep_isolated = false;     // nodes without an edge are left out unless asked
  // One node per state and sector ("Russia (MIL)", "Russia (GOV)") for mentions with a sector
  // (Mention::sector); by default they are the state's node.
  bool split_sectors = false;
  // The date a relation's first_seen, last_seen and evidence dates use.
  TimeBasis time_basis = TimeBasis::kEvent;
  // With a unit, nodes and edges keep per-period counts (Entity::periods, Relation::periods) and
  // every period of an edge keeps its first evidence sentence even past `max_evidence`.
  PeriodUnit period = PeriodUnit::kNone;
};

// Entity resolution: a mention's document-level name (Mention::canonical) is looked up in the
// actor dictionary (shipped aliases, countries, capitals, the user alias file, PETRARCH
// dictionaries); otherwise it merges by its normalised name, and a person's name without the
// particles "al", "el" ("Bashar al-Assad" = "Bashar Assad"). After the corpus, the names are
// clustered by ResolveNames (graph/entity_resolution.h): transliteration variants, trailing words
// of a full name, acronyms defined in the corpus or spelled by initials, complements ("Commons"),
// surnames. Names the dictionary keeps apart (do-not-merge list) never merge by the in-document
// short form, the particle rule or the corpus-level rules. Relations merge by (subject, label,
// object). Nationalities, pronouns and generic nominals ("rebels", "the army") never become
// nodes, so a triple with such an end stays in the extraction but draws no edge; a nominal naming
// a specific group ("U.S.-led coalition") does, and a group acting for a state (Mention::sector)
// is that state's node, or with `split_sectors` the node of the state and sector.
// Nodes without an edge are left out of Build() unless `keep_isolated`. A document whose body
// (the letters and digits of its sentences, case aside) repeats an earlier document's is a copy
// (a republished article): it adds nothing, and the merge log names it with the first copy.
//
// A node's name is the dictionary's canonical name for shipped and user entries; for PETRARCH
// entries (upper-case phrases) it is the best name seen in the text. A node's "cameo" code is the
// one valid at the latest document date among its mentions (CameoCodeAt), so a minister coded
// [RUSGOV >20040309] carries RUSGOV in a 2024 corpus; undated corpora get the fallback code.
//
// The graph depends on the order documents are added in (which of several copies counts, which
// evidence sentences a relation keeps before the bound), never on timing. `build` and `merge` add
// them through PartialGraph::AddTo, in the canonical order of graph/partial_graph.h (document id,
// body fingerprint), so their graphs depend only on which documents were read.
class GraphBuilder {
 public:
  // Keeps a reference to `actors`, which must outlive the builder.
  explicit GraphBuilder(const ActorDictionary& actors, GraphOptions options = {});

  // Equal to Add(ReduceForGraph(extraction)).
  void Add(const DocumentExtraction& extraction);
  void Add(const GraphDocument& document);
  // The graph of the documents added; the builder is left as it was (the graph is built from a
  // copy of it).
  KnowledgeGraph Build() const&;
  // The same graph, built from the builder's own tables: each is moved into the graph part it
  // feeds and freed once that part is made, so the tables and the graph never coexist in full.
  // With `merge_log`, writes there what WriteMergeLog writes. Leaves the builder empty.
  KnowledgeGraph Build(std::ostream* merge_log = nullptr) &&;

  // For every entity: its key on a line, then a line "<TAB>surface form<TAB>rule" for each form
  // merged into it ("actor dictionary", "user alias file", "PETRARCH dictionary", "same
  // normalised name", "short form in document", "pronoun", or a corpus-level rule of
  // ResolveNames with its score: "transliteration variant (score 0.94)"). Sorted. Then
  // "# isolated nodes (no edge), left out: N of M" (or "kept") and a line
  // "#<TAB>key<TAB>name<TAB>mentions" per node without an edge, after the copies:
  // "# copies of earlier documents, counted once: N" and "#<TAB>id<TAB>copy of<TAB>first id".
  void WriteMergeLog(std::ostream& out) const;
  // Where each name key goes after corpus-level resolution (ResolveNames); keys staying apart are
  // absent. Build and WriteMergeLog apply it.
  std::map<std::string, NameMerge> Merges() const;

 private:
  struct EntityRecord {
    std::string name;
    std::map<std::string, std::size_t> names;    // display-name candidates and their counts
    std::map<std::string, std::string> aliases;  // surface form -> merge rule
    std::map<EntityType, std::size_t> type_votes;
    std::map<std::string, std::string> codes;
    const ActorEntry* entry = nullptr;  // the dictionary entry it resolved to, if any
    std::string latest_date;            // the latest document date among its mentions
    std::string sector;                 // with split_sectors, the sector of the state's node
    std::size_t mentions = 0;
    std::vector<std::size_t> documents;  // indices of the documents it occurs in, ascending
    std::map<std::size_t, std::size_t> document_mentions;  // document index -> its mentions
  };
  struct PeriodRecord {
    EdgePeriodCounts counts;
    Evidence first;  // the evidence named counts.first_evidence
    std::size_t last_document = static_cast<std::size_t>(-1);  // last document index counted
  };
  struct RelationRecord {
    RelationCode code;
    std::size_t weight = 0;
    std::set<std::string> documents;
    std::string first_seen, last_seen;
    std::vector<Evidence> evidence;
    std::map<std::string, PeriodRecord> periods;
    std::size_t undated = 0;
  };

  // A merged edge and, with periods, the first evidence of each of its periods (period key ->
  // earliest evidence by (document id, sentence)).
  struct MergedRelation {
    Relation relation;
    std::map<std::string, Evidence> period_firsts;
  };

  // The log lines of every key's merged surface forms and of the copies (WriteMergeLog).
  void WriteAliasLog(const std::map<std::string, NameMerge>& merges, std::ostream& out) const;
  // The log lines of the nodes of `entities` not `connected` (by index) to an edge
  // (WriteMergeLog).
  void WriteIsolatedLog(const std::vector<Entity>& entities, const std::vector<bool>& connected,
                        std::ostream& out) const;
  // The edges after name merges between nodes of `entities` (sorted by id), in key order, their
  // evidence bounded; takes the records of relations_, freeing each once merged.
  std::vector<Relation> TakeMergedRelations(const std::map<std::string, NameMerge>& merges,
                                            const std::vector<Entity>& entities);
  // Adds `record` (taken from relations_) to the merged edge `into` between `source` and `target`.
  static void MergeRelation(const std::string& source, const std::string& target,
                            RelationRecord&& record, MergedRelation& into);
  // The merged edge with its evidence sorted, bounded and completed by its periods' firsts.
  Relation FinishRelation(MergedRelation&& merged) const;
  // Counts one triple of `document`, whose mentions resolved to `keys` (empty: not yet resolved).
  void AddTriple(const GraphDocument& document, const Triple& triple,
                 std::vector<std::string>& keys, std::size_t document_index);
  // Counts `triple` (dated `when`, may be empty) of document `document_index` in its period.
  void CountInPeriod(RelationRecord& relation, const Triple& triple, const std::string& when,
                     std::size_t document_index, const std::string& document_id) const;
  // Adds a record's per-period counts to `relation`, and the first evidence of each of its
  // periods to `firsts` (period key -> earliest evidence by (document id, sentence)).
  static void AddPeriods(RelationRecord& record, Relation& relation,
                         std::map<std::string, Evidence>& firsts);
  // Appends to the (bounded) evidence of `relation` the first evidence of each period it lost,
  // keeping the evidence sorted by (document id, sentence).
  static void KeepPeriodEvidence(const std::map<std::string, Evidence>& firsts,
                                 Relation& relation);
  // Per-period node counts of a merged record, by the report dates of its documents.
  std::map<std::string, NodePeriodCounts> NodePeriods(const EntityRecord& record) const;
  // The articles some of `entities` are mentioned in, in corpus order, taken from articles_.
  std::vector<Article> TakeArticlesOf(const std::vector<Entity>& entities);
  // The nodes after name merges, in key order; each merged record is freed once its node is made.
  std::vector<Entity> TakeMergedEntities(const std::map<std::string, NameMerge>& merges);
  // The records of entities_ merged by key as `merges` says, aliases logged with their rule;
  // takes the records, freeing each once merged.
  std::map<std::string, EntityRecord> TakeMergedRecords(
      const std::map<std::string, NameMerge>& merges);
  // Adds `record` to `into`, its aliases logged with `rule` when given, else with their own.
  static void MergeRecord(EntityRecord&& record, const std::string* rule, EntityRecord& into);
  // The node of a merged record: label, type by majority vote, aliases, codes, counts.
  Entity MakeEntity(std::string key, EntityRecord&& record) const;
  // Records that the acronym `surface` stood for the name `key` in a document (once per
  // document and pair).
  void NoteAcronymDefinition(const std::string& surface, const std::string& key,
                             std::size_t document_index);
  // The entity key of a mention in a document dated `date` (may be empty), creating or updating
  // its record.
  std::string Resolve(const Mention& mention, std::size_t document_index, const std::string& date);
  // True when a do-not-merge group separates a name of one record from a name of the other.
  bool KeptApart(const std::string& key_a, const EntityRecord& a, const std::string& key_b,
                 const EntityRecord& b) const;

  const ActorDictionary& actors_;
  GraphOptions options_;
  std::size_t documents_ = 0;
  std::vector<Article> articles_;  // by document index: the documents read, copies left out
  std::map<std::string, EntityRecord> entities_;
  std::map<std::tuple<std::string, std::string, std::string>, RelationRecord> relations_;
  // Acronym key -> expansion key -> documents defining it, and the last document counted per pair.
  std::map<std::string, std::map<std::string, std::size_t>> acronym_definitions_;
  std::map<std::pair<std::string, std::string>, std::size_t> acronym_last_document_;
  // Body fingerprint -> id of the first document read with it; (copy id, first id) of the later
  // documents that had it, in corpus order.
  std::unordered_map<std::uint64_t, std::string> first_copy_;
  std::vector<std::pair<std::string, std::string>> copies_;
};

}  // namespace newsgraph
