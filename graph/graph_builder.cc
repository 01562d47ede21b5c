#include "graph/graph_builder.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <tuple>

#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "graph/graph_document.h"

namespace newsgraph {
namespace {

// A person's normalised name without Arabic article particles: "bashar al assad" -> "bashar assad".
std::string PersonKey(const std::string& key) {
  std::string out;
  std::size_t begin = 0;
  while (begin <= key.size()) {
    std::size_t end = key.find(' ', begin);
    if (end == std::string::npos) end = key.size();
    std::string_view word(key.data() + begin, end - begin);
    if (word != "al" && word != "el" && !word.empty()) {
      if (!out.empty()) out += ' ';
      out += word;
    }
    begin = end + 1;
  }
  return out.empty() ? key : out;
}

// "transliteration variant (score 0.94)".
std::string MergeRule(const NameMerge& merge) {
  char score[16];
  std::snprintf(score, sizeof score, "%.2f", merge.score);
  return merge.rule + " (score " + score + ")";
}

// Evidence order: by (document id, sentence).
bool EvidenceBefore(const Evidence& a, const Evidence& b) {
  return std::tie(a.document_id, a.sentence) < std::tie(b.document_id, b.sentence);
}

// By index of `entities` (sorted by id): whether some relation starts or ends at the entity.
// Every relation names entities of `entities`.
std::vector<bool> Connected(const std::vector<Entity>& entities,
                            const std::vector<Relation>& relations) {
  std::vector<bool> connected(entities.size());
  for (const Relation& relation : relations) {
    connected[FindEntityIn(entities, relation.source)] = true;
    connected[FindEntityIn(entities, relation.target)] = true;
  }
  return connected;
}

std::string_view RuleOf(const ActorEntry& entry) {
  switch (entry.source) {
    case ActorSource::kUserAliases:
      return "user alias file";
    case ActorSource::kPetrarch:
      return "PETRARCH dictionary";
    case ActorSource::kShipped:
      break;
  }
  return "actor dictionary";
}

}  // namespace

GraphBuilder::GraphBuilder(const ActorDictionary& actors, GraphOptions options)
    : actors_(actors), options_(options) {}

std::string GraphBuilder::Resolve(const Mention& mention, std::size_t document_index,
                                  const std::string& date) {
  std::string key;
  std::string canonical = mention.canonical;
  if (mention.kind != MentionKind::kPronoun && canonical != mention.text &&
      actors_.KeptApart(mention.text, canonical))
    canonical = mention.text;
  std::string name = canonical;
  EntityType type = mention.type;
  std::string rule;
  const ActorEntry* entry = actors_.Find(canonical);
  // A person's short form stands for the full name it resolved to, never for an actor that shares
  // the word ("Ireland" for "James Ireland").
  const bool short_form_of_person =
      mention.type == EntityType::kPerson && canonical != mention.text;
  if (entry == nullptr && !short_form_of_person) entry = actors_.Find(mention.text);
  if (entry != nullptr) {
    key = NormalizeName(entry->name);
    if (entry->source != ActorSource::kPetrarch) name = entry->name;
    if (entry->type != EntityType::kOther) type = entry->type;
    rule = RuleOf(*entry);
  } else {
    key = NormalizeName(canonical);
    if (type == EntityType::kPerson && !actors_.KeptApart(key, PersonKey(key)))
      key = PersonKey(key);
    rule = canonical != mention.text
               ? (mention.kind == MentionKind::kPronoun ? "pronoun" : "short form in document")
               : "same normalised name";
  }
  std::string entry_label = entry != nullptr ? entry->name : std::string();
  std::string sector;
  if (options_.split_sectors && !mention.sector.empty()) {
    sector = mention.sector;
    key += "/" + ToLower(sector);
    name += " (" + sector + ")";
    entry_label += " (" + sector + ")";
  }
  if (mention.kind == MentionKind::kName && canonical != mention.text)
    NoteAcronymDefinition(mention.text, key, document_index);
  EntityRecord& record = entities_[key];
  if (entry != nullptr) {
    record.codes = entry->codes;
    record.entry = entry;
    if (entry->source != ActorSource::kPetrarch)
      record.names[entry_label] += 1000000;  // the dictionary's name is the label
  }
  record.sector = sector;
  if (date > record.latest_date) record.latest_date = date;
  if (mention.kind != MentionKind::kPronoun) {
    record.names[name] += 1;
    // A nominal's own words ("the deputy foreign minister") are no name of the node.
    if (mention.kind == MentionKind::kName) record.aliases.emplace(mention.text, rule);
    record.aliases.emplace(canonical, rule);
    record.type_votes[type] += 1;
    record.mentions += 1;
    if (record.documents.empty() || record.documents.back() != document_index)
      record.documents.push_back(document_index);
    record.document_mentions[document_index] += 1;
  }
  return key;
}

void GraphBuilder::NoteAcronymDefinition(const std::string& surface, const std::string& key,
                                         std::size_t document_index) {
  if (!IsAllCaps(surface) || surface.find(' ') != std::string::npos) return;
  const std::string acronym = NormalizeName(surface);
  auto [last, first_time] = acronym_last_document_.try_emplace({acronym, key}, document_index);
  if (acronym == key || (!first_time && last->second == document_index)) return;
  last->second = document_index;
  acronym_definitions_[acronym][key] += 1;
}

void GraphBuilder::Add(const DocumentExtraction& extraction) { Add(ReduceForGraph(extraction)); }

void GraphBuilder::Add(const GraphDocument& document) {
  if (document.body_fingerprint != 0) {
    auto [first, fresh] = first_copy_.emplace(document.body_fingerprint, document.article.id);
    if (!fresh) {
      copies_.emplace_back(document.article.id, first->second);
      return;
    }
  }
  std::size_t document_index = documents_++;
  articles_.push_back(document.article);
  const std::string& date = document.article.date;
  std::vector<std::string> keys(document.mentions.size());
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (!CanBeNode(mention) || mention.kind == MentionKind::kPronoun) continue;
    keys[m] = Resolve(mention, document_index, date);
  }
  for (const Triple& triple : document.triples) AddTriple(document, triple, keys, document_index);
}

void GraphBuilder::AddTriple(const GraphDocument& document, const Triple& triple,
                             std::vector<std::string>& keys, std::size_t document_index) {
  if (triple.negated && !options_.include_negated) return;
  const Mention& subject = document.mentions[triple.subject];
  const Mention& object = document.mentions[triple.object];
  if (!IsActorType(subject.type) || !IsActorType(object.type) || !CanBeNode(subject) ||
      !CanBeNode(object))
    return;
  const std::string& id = document.article.id;
  const std::string& date = document.article.date;
  std::string source =
      keys[triple.subject].empty() ? Resolve(subject, document_index, date) : keys[triple.subject];
  std::string target =
      keys[triple.object].empty() ? Resolve(object, document_index, date) : keys[triple.object];
  if (source == target) return;
  const std::string& when =
      options_.time_basis == TimeBasis::kEvent && !triple.event_date.date.empty()
          ? triple.event_date.date
          : date;
  std::string label = triple.negated ? "not " + triple.relation.label : triple.relation.label;
  RelationRecord& relation = relations_[{source, label, target}];
  if (relation.weight == 0) {
    relation.code = triple.relation;
    relation.code.label = label;
  }
  relation.weight += 1;
  relation.documents.insert(id);
  if (!when.empty()) {
    if (relation.first_seen.empty() || when < relation.first_seen) relation.first_seen = when;
    if (relation.last_seen.empty() || when > relation.last_seen) relation.last_seen = when;
  }
  if (relation.evidence.size() < options_.max_evidence) {
    relation.evidence.push_back(
        {id, when, triple.provenance.sentence, triple.provenance.sentence_text});
  }
  if (options_.period != PeriodUnit::kNone)
    CountInPeriod(relation, triple, when, document_index, id);
}

void GraphBuilder::CountInPeriod(RelationRecord& relation, const Triple& triple,
                                 const std::string& when, std::size_t document_index,
                                 const std::string& document_id) const {
  const std::string key = PeriodKey(when, options_.period);
  if (key.empty()) {
    relation.undated += 1;
    return;
  }
  PeriodRecord& period = relation.periods[key];
  EdgePeriodCounts& counts = period.counts;
  const EvidenceId id{document_id, triple.provenance.sentence};
  if (counts.events == 0 || id < counts.first_evidence) {
    counts.first_evidence = id;
    period.first = {document_id, when, triple.provenance.sentence,
                    triple.provenance.sentence_text};
  }
  if (counts.events == 0 || counts.last_evidence < id) counts.last_evidence = id;
  counts.events += 1;
  if (period.last_document != document_index) {
    counts.documents += 1;
    period.last_document = document_index;
  }
  if (triple.negated) return;
  counts.coded += 1;
  counts.goldstein_sum += triple.relation.goldstein;
  const int quad = triple.relation.quad;
  if (quad >= 1 && quad <= 4) counts.quad[static_cast<std::size_t>(quad - 1)] += 1;
  if (!triple.relation.plover.empty()) counts.plover[triple.relation.plover] += 1;
}

void GraphBuilder::AddPeriods(RelationRecord& record, Relation& relation,
                              std::map<std::string, Evidence>& firsts) {
  relation.undated += record.undated;
  for (auto& [key, period] : record.periods) {
    relation.periods[key].Merge(period.counts);
    auto [first, fresh] = firsts.try_emplace(key, std::move(period.first));
    if (!fresh && EvidenceId{period.first.document_id, period.first.sentence} <
                      EvidenceId{first->second.document_id, first->second.sentence})
      first->second = std::move(period.first);
  }
}

void GraphBuilder::KeepPeriodEvidence(const std::map<std::string, Evidence>& firsts,
                                      Relation& relation) {
  if (firsts.empty()) return;
  const std::size_t kept = relation.evidence.size();
  for (const auto& [key, first] : firsts) {
    auto begin = relation.evidence.begin(), end = begin + static_cast<std::ptrdiff_t>(kept);
    if (!std::binary_search(begin, end, first, EvidenceBefore))
      relation.evidence.push_back(first);
  }
  std::sort(relation.evidence.begin(), relation.evidence.end(), EvidenceBefore);
}

std::map<std::string, NodePeriodCounts> GraphBuilder::NodePeriods(
    const EntityRecord& record) const {
  std::map<std::string, NodePeriodCounts> periods;
  if (options_.period == PeriodUnit::kNone) return periods;
  for (const auto& [document, count] : record.document_mentions) {
    const std::string key = PeriodKey(articles_[document].date, options_.period);
    if (key.empty()) continue;
    NodePeriodCounts& counts = periods[key];
    counts.mentions += count;
    counts.documents += 1;  // document_mentions holds each document once
  }
  return periods;
}

std::map<std::string, NameMerge> GraphBuilder::Merges() const {
  ResolutionInput input;
  input.acronym_definitions = acronym_definitions_;
  for (const auto& [key, record] : entities_) {
    NameRecord name;
    name.key = key;
    std::size_t votes = 0;
    for (const auto& [type, count] : record.type_votes)
      if (count > votes) name.type = type, votes = count;
    name.mentions = record.mentions;
    if (auto it = record.type_votes.find(EntityType::kPerson); it != record.type_votes.end())
      name.person_mentions = it->second;
    if (auto it = record.type_votes.find(EntityType::kOrganization); it != record.type_votes.end())
      name.organization_mentions = it->second;
    name.known = record.entry != nullptr;
    std::size_t most = 0;
    for (const auto& [surface, count] : record.names)
      if (count > most) name.name = surface, most = count;
    name.acronym = key.find(' ') == std::string::npos && IsAllCaps(name.name);
    name.documents = record.documents;
    input.records.push_back(std::move(name));
  }
  input.kept_apart = [this](const std::string& a, const std::string& b) {
    return KeptApart(a, entities_.at(a), b, entities_.at(b));
  };
  return ResolveNames(input);
}

bool GraphBuilder::KeptApart(const std::string& key_a, const EntityRecord& a,
                             const std::string& key_b, const EntityRecord& b) const {
  if (!actors_.HasDoNotMerge()) return false;
  if (actors_.KeptApart(key_a, key_b)) return true;
  for (const auto& [name_a, rule_a] : a.aliases) {
    for (const auto& [name_b, rule_b] : b.aliases) {
      if (actors_.KeptApart(name_a, name_b)) return true;
    }
  }
  return false;
}

Entity GraphBuilder::MakeEntity(std::string key, EntityRecord&& record) const {
  Entity entity;
  entity.id = std::move(key);
  // Label: the most frequent name of several words ("Dmytro Kuleba" over a more frequent
  // "Kuleba"), else the most frequent name; ties go to the later name in byte order.
  auto rank = [](const std::pair<const std::string, std::size_t>& name) {
    return std::make_tuple(name.first.find(' ') != std::string::npos, name.second, name.first);
  };
  auto best = std::max_element(record.names.begin(), record.names.end(),
                               [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  entity.name = best->first;
  EntityType type = EntityType::kOther;
  std::size_t votes = 0;
  for (const auto& [candidate, count] : record.type_votes) {
    if (count > votes) type = candidate, votes = count;
  }
  entity.type = type;
  // The aliases in byte order (the map's), with the label.
  entity.aliases.reserve(record.aliases.size() + 1);
  while (!record.aliases.empty())
    entity.aliases.push_back(std::move(record.aliases.extract(record.aliases.begin()).key()));
  auto label = std::lower_bound(entity.aliases.begin(), entity.aliases.end(), entity.name);
  if (label == entity.aliases.end() || *label != entity.name)
    entity.aliases.insert(label, entity.name);
  entity.codes = std::move(record.codes);
  if (record.entry != nullptr && !record.entry->dated_codes.empty()) {
    std::string cameo = CameoCodeAt(*record.entry, record.latest_date);
    if (cameo.empty()) {
      entity.codes.erase("cameo");
    } else {
      entity.codes["cameo"] = cameo;
    }
  }
  entity.sector = std::move(record.sector);
  entity.mentions = record.mentions;
  entity.documents = record.documents.size();
  for (const auto& [document, count] : record.document_mentions)
    entity.mentions_by_article[articles_[document].id] += count;
  entity.periods = NodePeriods(record);
  return entity;
}

void GraphBuilder::MergeRecord(EntityRecord&& record, const std::string* rule,
                               EntityRecord& into) {
  for (const auto& [name, count] : record.names) into.names[name] += count;
  for (auto& [alias, own_rule] : record.aliases)
    into.aliases.emplace(alias, rule != nullptr ? *rule : std::move(own_rule));
  for (const auto& [type, count] : record.type_votes) into.type_votes[type] += count;
  into.codes.insert(record.codes.begin(), record.codes.end());
  if (into.entry == nullptr) into.entry = record.entry;
  if (into.sector.empty()) into.sector = std::move(record.sector);
  into.latest_date = std::max(into.latest_date, record.latest_date);
  into.mentions += record.mentions;
  std::vector<std::size_t> documents;
  std::set_union(into.documents.begin(), into.documents.end(), record.documents.begin(),
                 record.documents.end(), std::back_inserter(documents));
  into.documents = std::move(documents);
  for (const auto& [document, count] : record.document_mentions)
    into.document_mentions[document] += count;
}

std::map<std::string, GraphBuilder::EntityRecord> GraphBuilder::TakeMergedRecords(
    const std::map<std::string, NameMerge>& merges) {
  std::map<std::string, EntityRecord> merged;
  while (!entities_.empty()) {
    auto record = entities_.extract(entities_.begin());
    const auto merge = merges.find(record.key());
    if (merge != merges.end()) {
      const std::string rule = MergeRule(merge->second);
      MergeRecord(std::move(record.mapped()), &rule, merged[merge->second.into]);
      continue;
    }
    // A key nothing merged into yet takes the record whole: merging it into an empty record
    // gives the record itself.
    auto inserted = merged.insert(std::move(record));
    if (!inserted.inserted)
      MergeRecord(std::move(inserted.node.mapped()), nullptr, inserted.position->second);
  }
  return merged;
}

std::vector<Entity> GraphBuilder::TakeMergedEntities(
    const std::map<std::string, NameMerge>& merges) {
  std::map<std::string, EntityRecord> merged = TakeMergedRecords(merges);
  std::vector<Entity> entities;
  while (!merged.empty()) {
    auto record = merged.extract(merged.begin());
    if (record.mapped().mentions == 0) continue;
    Entity entity = MakeEntity(std::move(record.key()), std::move(record.mapped()));
    if (IsNodeType(entity.type)) entities.push_back(std::move(entity));
  }
  return entities;
}

KnowledgeGraph GraphBuilder::Build() const& { return GraphBuilder(*this).Build(); }

KnowledgeGraph GraphBuilder::Build(std::ostream* merge_log) && {
  const std::map<std::string, NameMerge> merges = Merges();
  if (merge_log != nullptr) WriteAliasLog(merges, *merge_log);
  acronym_definitions_.clear();
  acronym_last_document_.clear();
  first_copy_.clear();
  copies_.clear();
  std::vector<Entity> entities = TakeMergedEntities(merges);
  std::vector<Relation> relations = TakeMergedRelations(merges, entities);
  const std::vector<bool> connected = Connected(entities, relations);
  if (merge_log != nullptr) WriteIsolatedLog(entities, connected, *merge_log);
  if (!options_.keep_isolated) {
    std::vector<Entity> kept;
    for (std::size_t i = 0; i < entities.size(); ++i)
      if (connected[i]) kept.push_back(std::move(entities[i]));
    entities = std::move(kept);
  }
  std::vector<Article> articles = TakeArticlesOf(entities);
  return KnowledgeGraph(std::move(entities), std::move(relations), std::move(articles));
}

std::vector<Relation> GraphBuilder::TakeMergedRelations(
    const std::map<std::string, NameMerge>& merges, const std::vector<Entity>& entities) {
  auto final_key = [&](const std::string& key) -> const std::string& {
    auto it = merges.find(key);
    return it == merges.end() ? key : it->second.into;
  };
  auto present = [&](const std::string& id) {
    return FindEntityIn(entities, id) != entities.size();
  };
  std::map<std::tuple<std::string, std::string, std::string>, MergedRelation> merged;
  while (!relations_.empty()) {
    auto record = relations_.extract(relations_.begin());
    const auto& [source_key, label, target_key] = record.key();
    const std::string& source = final_key(source_key);
    const std::string& target = final_key(target_key);
    if (source == target || !present(source) || !present(target)) continue;
    MergeRelation(source, target, std::move(record.mapped()), merged[{source, label, target}]);
  }
  std::vector<Relation> relations;
  relations.reserve(merged.size());
  while (!merged.empty())
    relations.push_back(FinishRelation(std::move(merged.extract(merged.begin()).mapped())));
  return relations;
}

void GraphBuilder::MergeRelation(const std::string& source, const std::string& target,
                                 RelationRecord&& record, MergedRelation& into) {
  Relation& relation = into.relation;
  if (relation.weight == 0) {
    relation.source = source;
    relation.target = target;
    relation.code = std::move(record.code);
  }
  relation.weight += record.weight;
  relation.documents += record.documents.size();
  for (const std::string* date : {&record.first_seen, &record.last_seen}) {
    if (date->empty()) continue;
    if (relation.first_seen.empty() || *date < relation.first_seen) relation.first_seen = *date;
    if (relation.last_seen.empty() || *date > relation.last_seen) relation.last_seen = *date;
  }
  relation.evidence.insert(relation.evidence.end(),
                           std::make_move_iterator(record.evidence.begin()),
                           std::make_move_iterator(record.evidence.end()));
  AddPeriods(record, relation, into.period_firsts);
}

Relation GraphBuilder::FinishRelation(MergedRelation&& merged) const {
  Relation& relation = merged.relation;
  std::sort(relation.evidence.begin(), relation.evidence.end(), EvidenceBefore);
  if (relation.evidence.size() > options_.max_evidence)
    relation.evidence.resize(options_.max_evidence);
  KeepPeriodEvidence(merged.period_firsts, relation);
  relation.evidence.shrink_to_fit();
  return std::move(relation);
}

std::vector<Article> GraphBuilder::TakeArticlesOf(const std::vector<Entity>& entities) {
  std::set<std::string_view> named;
  for (const Entity& entity : entities) {
    for (const auto& [id, count] : entity.mentions_by_article) named.insert(id);
  }
  std::vector<Article> articles;
  for (Article& article : articles_) {
    if (named.count(article.id)) articles.push_back(std::move(article));
  }
  articles_ = {};
  return articles;
}

void GraphBuilder::WriteMergeLog(std::ostream& out) const { GraphBuilder(*this).Build(&out); }

void GraphBuilder::WriteAliasLog(const std::map<std::string, NameMerge>& merges,
                                 std::ostream& out) const {
  std::map<std::string, std::map<std::string, std::string>> log;
  for (const auto& [key, record] : entities_) {
    auto it = merges.find(key);
    auto& into = log[it == merges.end() ? key : it->second.into];
    for (const auto& [alias, rule] : record.aliases)
      into.emplace(alias, it == merges.end() ? rule : MergeRule(it->second));
  }
  for (const auto& [key, aliases] : log) {
    out << key << '\n';
    for (const auto& [alias, rule] : aliases) out << "\t" << alias << "\t" << rule << '\n';
  }
  out << "# copies of earlier documents, counted once: " << copies_.size() << '\n';
  for (const auto& [copy, first] : copies_) out << "#\t" << copy << "\tcopy of\t" << first << '\n';
}

void GraphBuilder::WriteIsolatedLog(const std::vector<Entity>& entities,
                                    const std::vector<bool>& connected, std::ostream& out) const {
  const auto isolated =
      static_cast<std::size_t>(std::count(connected.begin(), connected.end(), false));
  out << "# isolated nodes (no edge), " << (options_.keep_isolated ? "kept" : "left out")
      << ": " << isolated << " of " << entities.size() << '\n';
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (connected[i]) continue;
    const Entity& entity = entities[i];
    out << "#\t" << entity.id << "\t" << entity.name << "\t" << entity.mentions << '\n';
  }
}

}  // namespace newsgraph
