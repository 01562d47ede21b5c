#include "export/neo4j_csv_writer.h"

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
using export_internal::EventRelationshipType;
using export_internal::FormatDouble;
using export_internal::ToValidUtf8;

constexpr const char* kFolder = "neo4j/";

// `text` as valid UTF-8 on one line: C0 controls, DEL and C1 controls become spaces.
std::string OneLine(std::string_view text) {
  std::string line = ToValidUtf8(text);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if (byte < 0x20 || byte == 0x7F) {
      line[i] = ' ';
    } else if (byte == 0xC2 && i + 1 < line.size() &&
               static_cast<unsigned char>(line[i + 1]) < 0xA0) {
      line.replace(i, 2, " ");  // U+0080..U+009F
    }
  }
  return line;
}

// A CSV field holding `value` (already on one line): quoted, quotes doubled, when it holds a
// delimiter, a quote or leading or trailing spaces.
std::string Field(const std::string& value) {
  const bool quote = value.find_first_of(",\"") != std::string::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string field = "\"";
  for (char c : value) field += c == '"' ? std::string("\"\"") : std::string(1, c);
  return field + "\"";
}

std::string TextField(std::string_view text) { return Field(OneLine(text)); }

std::string ArrayField(const std::vector<std::string>& items) {
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string item = OneLine(items[i]);
    for (char& c : item) c = c == ';' ? ',' : c;
    joined += (i > 0 ? ";" : "") + item;
  }
  return Field(joined);
}

std::string DateField(const std::string& text) { return CalendarDate(text).value_or(""); }

// ",degree,in_degree,out_degree,weighted_degree,pagerank,betweenness,community".
void WriteMetrics(const NodeMetrics& metrics, std::ostream& out) {
  auto number = [](double value) { return FormatDouble(value).value_or(""); };
  out << ',' << metrics.degree << ',' << metrics.in_degree << ',' << metrics.out_degree << ','
      << number(metrics.weighted_degree) << ',' << number(metrics.pagerank) << ','
      << number(metrics.betweenness) << ',' << metrics.community;
}

void WriteActors(const KnowledgeGraph& graph, std::ostream& out) {
  const std::map<std::string, std::string> code_names = CodeAttributeNames(graph);
  bool has_sectors = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    has_sectors = has_sectors || !graph.entity(i).sector.empty();
  out << "id:ID(Actor),:LABEL,name,type,aliases:string[],mentions:long,documents:long,"
         "degree:long,in_degree:long,out_degree:long,weighted_degree:double,pagerank:double,"
         "betweenness:double,community:long";
  if (has_sectors) out << ",sector";
  for (const auto& [code, name] : code_names) out << ',' << name << ":string";
  out << '\n';
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Entity& entity = graph.entity(i);
    out << TextField(NodeId(entity)) << ',' << ActorTypeLabel(entity) << ',' << TextField(entity.name)
        << ',' << EntityTypeName(entity.type) << ',' << ArrayField(entity.aliases) << ','
        << entity.mentions << ',' << entity.documents;
    WriteMetrics(graph.metrics(i), out);
    if (has_sectors) out << ',' << TextField(entity.sector);
    for (const auto& [code, name] : code_names) {
      const auto value = entity.codes.find(code);
      out << ',' << (value == entity.codes.end() ? "" : TextField(value->second));
    }
    out << '\n';
  }
}

void WriteArticles(const KnowledgeGraph& graph, std::ostream& out) {
  out << "id:ID(Article),title,date:date,source,url\n";
  for (const Article& article : graph.articles()) {
    out << TextField(article.id) << ',' << TextField(article.title) << ','
        << DateField(article.date) << ',' << TextField(article.source) << ','
        << TextField(article.url) << '\n';
  }
}

void WriteMentions(const KnowledgeGraph& graph, std::ostream& out) {
  out << ":START_ID(Actor),:END_ID(Article),:TYPE,count:long\n";
  for (const auto& mention : ArticleMentions(graph)) {
    out << TextField(NodeIdOfKey(*mention.actor)) << ',' << TextField(*mention.article) << ",MENTIONED_IN,"
        << mention.count << '\n';
  }
}

void WriteEvents(const KnowledgeGraph& graph, const std::string& period, std::ostream& out) {
  const std::string period_field = TextField(period.empty() ? "all" : period);
  out << ":START_ID(Actor),:END_ID(Actor),:TYPE,label,period,cameo:string,quad:int,goldstein:double,"
         "plover,weight:long,documents:long,first_seen:date,last_seen:date,"
         "article_ids:string[],sentences:long[],evidence:string[]\n";
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    std::vector<std::string> article_ids, sentences, texts;
    for (const Evidence& entry : relation.evidence) {
      article_ids.push_back(entry.document_id);
      sentences.push_back(std::to_string(entry.sentence));
      texts.push_back(entry.text);
    }
    out << TextField(NodeIdOfKey(relation.source)) << ',' << TextField(NodeIdOfKey(relation.target)) << ','
        << EventRelationshipType(relation) << ',' << TextField(relation.code.label) << ','
        << period_field << ',' << TextField(relation.code.cameo) << ',' << relation.code.quad << ','
        << FormatDouble(relation.code.goldstein).value_or("") << ','
        << TextField(relation.code.plover) << ',' << relation.weight << ',' << relation.documents
        << ',' << DateField(relation.first_seen) << ',' << DateField(relation.last_seen) << ','
        << ArrayField(article_ids) << ',' << ArrayField(sentences) << ',' << ArrayField(texts)
        << '\n';
  }
}

void WriteSchema(std::ostream& out) {
  out << "// Run once after ./import.sh, with the database started:\n"
         "//   cypher-shell -a neo4j://localhost:7687 -u neo4j -d DATABASE -f schema.cypher\n"
         "// The constraints of graph.cypher: later loads of it MERGE on these keys.\n"
      << export_internal::kConstraintStatements;
}

constexpr const char* kImportScript = R"sh(#!/bin/sh
# Loads the files beside this script into a new Neo4j 5 database with neo4j-admin:
#   ./import.sh [DATABASE] [more neo4j-admin options, e.g. --overwrite-destination=true]
# DATABASE (default: neo4j) must be stopped or not exist yet; run as the user that owns Neo4j's
# data folder, with neo4j-admin on PATH or NEO4J_ADMIN naming it. Then start the database and run
# schema.cypher once (cypher-shell -d DATABASE -f schema.cypher) to add the uniqueness constraints.
set -eu
cd "$(dirname "$0")"
database=${1:-neo4j}
[ $# -gt 0 ] && shift
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "$database" \
  --nodes=Actor=actors.csv \
  --nodes=Article=articles.csv \
  --relationships=MENTIONED_IN=mentioned_in.csv \
  --relationships=events.csv \
  --delimiter=, --array-delimiter=';' --quote='"' \
  "$@"
)sh";

}  // namespace

std::vector<std::string> Neo4jCsvWriter::FileNames() const {
  std::vector<std::string> names;
  for (const char* file : {"actors.csv", "articles.csv", "mentioned_in.csv", "events.csv",
                           "schema.cypher", "import.sh"})
    names.push_back(std::string(kFolder) + file);
  return names;
}

void Neo4jCsvWriter::WriteFile(const KnowledgeGraph& graph, const std::string& name,
                               std::ostream& out) const {
  const std::string file = name.substr(name.find('/') + 1);
  if (file == "actors.csv") WriteActors(graph, out);
  if (file == "articles.csv") WriteArticles(graph, out);
  if (file == "mentioned_in.csv") WriteMentions(graph, out);
  if (file == "events.csv") WriteEvents(graph, period_, out);
  if (file == "schema.cypher") WriteSchema(out);
  if (file == "import.sh") out << kImportScript;
}

bool Neo4jCsvWriter::IsExecutable(const std::string& name) const {
  return name == std::string(kFolder) + "import.sh";
}

void Neo4jCsvWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  for (const std::string& name : FileNames()) WriteFile(graph, name, out);
}

}  // namespace newsgraph
