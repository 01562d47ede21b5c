#include "export/cypher_writer.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "export/neo4j_model.h"
#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::ActorTypeLabel;
using export_internal::ArticleMentions;
using export_internal::CalendarDate;
using export_internal::CodeAttributeNames;
using export_internal::CypherString;
using export_internal::EventRelationshipType;
using export_internal::FormatDouble;
using export_internal::kActorTypeLabels;

std::string CypherList(const std::vector<std::string>& items) {
  std::string list = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) list += ", ";
    list += CypherString(items[i]);
  }
  return list + "]";
}

std::string CypherFloat(double value) {
  const std::optional<std::string> text = FormatDouble(value);
  return text ? *text : "null";
}

// A string literal, or null for an empty value.
std::string CypherStringOrNull(const std::string& value) {
  return value.empty() ? "null" : CypherString(value);
}

// A date's text for date(), or null when it is no calendar date.
std::string CypherDateText(const std::string& value) {
  const std::optional<std::string> date = CalendarDate(value);
  return date ? CypherString(*date) : "null";
}

std::string ArticleRow(const Article& article) {
  return "{id: " + CypherString(article.id) + ", title: " + CypherStringOrNull(article.title) +
         ", date: " + CypherDateText(article.date) +
         ", source: " + CypherStringOrNull(article.source) +
         ", url: " + CypherStringOrNull(article.url) + "}";
}

// The node metrics as map entries, each after ", ".
std::string MetricsFields(const NodeMetrics& metrics) {
  auto number = [](double value) { return FormatDouble(value).value_or("null"); };
  return ", degree: " + std::to_string(metrics.degree) +
         ", in_degree: " + std::to_string(metrics.in_degree) +
         ", out_degree: " + std::to_string(metrics.out_degree) +
         ", weighted_degree: " + number(metrics.weighted_degree) +
         ", pagerank: " + number(metrics.pagerank) +
         ", betweenness: " + number(metrics.betweenness) +
         ", community: " + std::to_string(metrics.community);
}

std::string ActorRow(const KnowledgeGraph& graph, std::size_t index,
                     const std::map<std::string, std::string>& code_names) {
  const Entity& entity = graph.entity(index);
  std::string row =
      "{id: " + CypherString(NodeId(entity)) + ", name: " + CypherString(entity.name) +
      ", type: " + CypherString(EntityTypeName(entity.type)) +
      ", aliases: " + CypherList(entity.aliases) +
      ", mentions: " + std::to_string(entity.mentions) +
      ", documents: " + std::to_string(entity.documents) + MetricsFields(graph.metrics(index));
  if (!entity.sector.empty()) row += ", sector: " + CypherString(entity.sector);
  for (const auto& [code, value] : entity.codes) {
    row += ", " + code_names.at(code) + ": " + CypherString(value);
  }
  return row + "}";
}

std::string RelationRow(const Relation& relation) {
  std::vector<std::string> article_ids, texts;
  std::string sentences = "[";
  for (const Evidence& entry : relation.evidence) {
    if (!article_ids.empty()) sentences += ", ";
    article_ids.push_back(entry.document_id);
    texts.push_back(entry.text);
    sentences += std::to_string(entry.sentence);
  }
  return "{source: " + CypherString(NodeIdOfKey(relation.source)) +
         ", target: " + CypherString(NodeIdOfKey(relation.target)) +
         ", label: " + CypherString(relation.code.label) +
         ", cameo: " + CypherString(relation.code.cameo) +
         ", quad: " + std::to_string(relation.code.quad) +
         ", goldstein: " + CypherFloat(relation.code.goldstein) +
         ", plover: " + CypherString(relation.code.plover) +
         ", weight: " + std::to_string(relation.weight) +
         ", documents: " + std::to_string(relation.documents) +
         ", first_seen: " + CypherDateText(relation.first_seen) +
         ", last_seen: " + CypherDateText(relation.last_seen) +
         ", article_ids: " + CypherList(article_ids) + ", sentences: " + sentences +
         "], evidence: " + CypherList(texts) + "}";
}

// Writes `count` rows (`row(i)` makes the i-th, as it is written: the rows are never held
// together) as UNWIND statements of at most `batch` rows, each running `body` for every row in
// transactions of `transaction` rows.
void WriteBatches(std::ostream& out, std::size_t count,
                  const std::function<std::string(std::size_t)>& row, std::size_t batch,
                  std::size_t transaction, const std::string& body) {
  for (std::size_t begin = 0; begin < count; begin += batch) {
    const std::size_t end = std::min(count, begin + batch);
    out << "\nUNWIND [\n";
    for (std::size_t i = begin; i < end; ++i) {
      out << "  " << row(i) << (i + 1 < end ? ",\n" : "\n");
    }
    out << "] AS row\nCALL (row) {\n"
        << body << "\n} IN TRANSACTIONS OF " << transaction << " ROWS;\n";
  }
}

constexpr const char* kPeriodConstraint =
    "CREATE CONSTRAINT period_key IF NOT EXISTS FOR (n:Period) REQUIRE n.key IS UNIQUE;\n";

// `text` for a `//` comment line: its characters below U+0020 become spaces.
std::string CypherComment(std::string text) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return text;
}

constexpr const char* kArticleBody =
    "  MERGE (a:Article {id: row.id})\n"
    "  SET a.title = row.title, a.date = date(row.date), a.source = row.source, a.url = row.url";

// The SET items of an actor's counts and metrics on `variable` ("n", the actor, or "x", its
// IN_PERIOD relationship).
std::string CountAssignments(const std::string& variable) {
  std::string assignments;
  for (const char* name : {"mentions", "documents", "degree", "in_degree", "out_degree",
                           "weighted_degree", "pagerank", "betweenness", "community"}) {
    if (!assignments.empty()) assignments += ", ";
    assignments.append(variable).append(".").append(name).append(" = row.").append(name);
  }
  return assignments;
}

// A whole build sets the counts and metrics on the actor; a period's snapshot sets them on the
// actor's IN_PERIOD relationship to its :Period node, so loading several periods keeps each.
std::string ActorBody(std::string_view label, const std::map<std::string, std::string>& code_names,
                      bool has_sectors, const std::string& period) {
  std::string body =
      "  MERGE (n:Actor {id: row.id})\n"
      "  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases";
  if (period.empty()) body += ",\n      " + CountAssignments("n");
  if (has_sectors) body += ", n.sector = row.sector";
  for (const auto& [code, name] : code_names)
    body.append(", n.").append(name).append(" = row.").append(name);
  body += "\n  REMOVE n";
  for (std::string_view other : kActorTypeLabels) {
    if (other != label) body.append(":").append(other);
  }
  if (!label.empty()) body.append("\n  SET n:").append(label);
  if (!period.empty()) {
    body.append("\n  MERGE (p:Period {key: ").append(CypherString(period)).append("})");
    body.append("\n  MERGE (n)-[x:IN_PERIOD]->(p)\n  SET ").append(CountAssignments("x"));
  }
  return body;
}

constexpr const char* kMentionBody =
    "  MATCH (n:Actor {id: row.actor})\n"
    "  MATCH (a:Article {id: row.article})\n"
    "  MERGE (n)-[m:MENTIONED_IN]->(a)\n"
    "  SET m.count = row.count";

// Relations are merged on (type, label, period): `period` is the snapshot's key, or "all" for the
// totals of a whole build.
std::string RelationBody(const std::string& type, const std::string& period) {
  return "  MATCH (s:Actor {id: row.source})\n"
         "  MATCH (t:Actor {id: row.target})\n"
         "  MERGE (s)-[r:" +
         type + " {label: row.label, period: " + CypherString(period.empty() ? "all" : period) +
         "}]->(t)\n"
         "  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, "
         "r.plover = row.plover,\n"
         "      r.weight = row.weight, r.documents = row.documents,\n"
         "      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),\n"
         "      r.article_ids = row.article_ids, r.sentences = row.sentences, "
         "r.evidence = row.evidence";
}

void WriteHeader(const KnowledgeGraph& graph, const std::string& period, std::ostream& out) {
  out << "// newsgraph knowledge graph for Neo4j 5.23 or later: " << graph.entity_count()
      << " actors, " << graph.relation_count() << " relations, " << graph.articles().size()
      << " articles";
  if (!period.empty()) out << ", period " << CypherComment(period);
  out << ".\n"
      << "// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher\n"
      << "// Idempotent: actors and articles are merged on their id, relations on (source, type, "
         "label, period, target),\n"
      << "// and every property is set, so running the script again changes nothing.\n"
      << export_internal::kConstraintStatements;
  if (!period.empty()) out << kPeriodConstraint;
}

void WriteActors(const KnowledgeGraph& graph, const std::string& period, std::ostream& out,
                 std::size_t batch, std::size_t transaction) {
  const std::map<std::string, std::string> code_names = CodeAttributeNames(graph);
  bool has_sectors = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    has_sectors = has_sectors || !graph.entity(i).sector.empty();
  std::vector<std::string_view> labels(kActorTypeLabels.begin(), kActorTypeLabels.end());
  labels.push_back("");
  for (std::string_view label : labels) {
    std::vector<std::size_t> actors;
    for (std::size_t i = 0; i < graph.entity_count(); ++i) {
      if (ActorTypeLabel(graph.entity(i)) == label) actors.push_back(i);
    }
    WriteBatches(
        out, actors.size(), [&](std::size_t i) { return ActorRow(graph, actors[i], code_names); },
        batch, transaction, ActorBody(label, code_names, has_sectors, period));
  }
}

}  // namespace

void CypherWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const std::size_t batch = std::max<std::size_t>(1, options_.rows_per_statement);
  const std::size_t transaction = std::max<std::size_t>(1, options_.rows_per_transaction);
  WriteHeader(graph, options_.period, out);

  const std::vector<Article>& articles = graph.articles();
  WriteBatches(
      out, articles.size(), [&](std::size_t i) { return ArticleRow(articles[i]); }, batch,
      transaction, kArticleBody);

  WriteActors(graph, options_.period, out, batch, transaction);

  const auto mentions = ArticleMentions(graph);
  auto mention_row = [&](std::size_t i) {
    return "{actor: " + CypherString(NodeIdOfKey(*mentions[i].actor)) +
           ", article: " + CypherString(*mentions[i].article) +
           ", count: " + std::to_string(mentions[i].count) + "}";
  };
  WriteBatches(out, mentions.size(), mention_row, batch, transaction, kMentionBody);

  std::map<std::string, std::vector<std::size_t>> relations_by_type;
  for (std::size_t i = 0; i < graph.relation_count(); ++i)
    relations_by_type[EventRelationshipType(graph.relation(i))].push_back(i);
  for (const auto& entry : relations_by_type) {
    const std::vector<std::size_t>& relations = entry.second;
    WriteBatches(
        out, relations.size(),
        [&](std::size_t i) { return RelationRow(graph.relation(relations[i])); }, batch,
        transaction, RelationBody(entry.first, options_.period));
  }
}

}  // namespace newsgraph
