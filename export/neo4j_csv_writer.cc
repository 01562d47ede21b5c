#include "export/neo4j_csv_writer.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
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
using export_internal::EventRelationshipTypes;
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
    out << TextField(NodeId(entity)) << ',' << ActorTypeLabel(entity) << ','
        << TextField(entity.name) << ',' << EntityTypeName(entity.type) << ','
        << ArrayField(entity.aliases) << ',' << entity.mentions << ',' << entity.documents;
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
    out << TextField(NodeIdOfKey(*mention.actor)) << ',' << TextField(*mention.article)
        << ",MENTIONED_IN," << mention.count << '\n';
  }
}

// One events row after the start and end ids: the :TYPE value (when `type_column`) and every
// property of the header.
void WriteEventRow(const Relation& relation, const std::string* type_column,
                   const std::string& period_field, std::ostream& out) {
  std::vector<std::string> article_ids, sentences, texts;
  for (const Evidence& entry : relation.evidence) {
    article_ids.push_back(entry.document_id);
    sentences.push_back(std::to_string(entry.sentence));
    texts.push_back(entry.text);
  }
  out << TextField(NodeIdOfKey(relation.source)) << ',' << TextField(NodeIdOfKey(relation.target));
  if (type_column) out << ',' << *type_column;
  out << ',' << TextField(relation.code.label) << ',' << period_field << ','
      << TextField(relation.code.cameo) << ','
      << relation.code.quad << ',' << FormatDouble(relation.code.goldstein).value_or("") << ','
      << TextField(relation.code.plover) << ',' << relation.weight << ',' << relation.documents
      << ',' << DateField(relation.first_seen) << ',' << DateField(relation.last_seen) << ','
      << ArrayField(article_ids) << ',' << ArrayField(sentences) << ',' << ArrayField(texts)
      << '\n';
}

// The relations of relationship type `type` without a :TYPE column, or with an empty `type` the
// relations of every type outside EventRelationshipTypes() with one. `period` is the snapshot's
// key (the `period` column), empty for a whole build ("all").
void WriteEvents(const KnowledgeGraph& graph, const std::string& type, const std::string& period,
                 std::ostream& out) {
  const std::vector<std::string>& known = EventRelationshipTypes();
  const std::string period_field = TextField(period.empty() ? "all" : period);
  out << ":START_ID(Actor),:END_ID(Actor)" << (type.empty() ? ",:TYPE" : "")
      << ",label,period,cameo:string,quad:int,goldstein:double,plover,weight:long,documents:long,"
         "first_seen:date,last_seen:date,article_ids:string[],sentences:long[],evidence:string[]\n";
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    const std::string relation_type = EventRelationshipType(relation);
    if (!type.empty() && relation_type == type) WriteEventRow(relation, nullptr, period_field, out);
    if (type.empty() && std::find(known.begin(), known.end(), relation_type) == known.end())
      WriteEventRow(relation, &relation_type, period_field, out);
  }
}

void WriteSchema(std::ostream& out) {
  out << "// Run once after ./import.sh, with the database started:\n"
         "//   cypher-shell -a neo4j://localhost:7687 -u neo4j -d DATABASE -f schema.cypher\n"
         "// The constraints of graph.cypher: later loads of it MERGE on these keys.\n"
      << export_internal::kConstraintStatements;
}

// How each file of the folder is written and how import.sh names it.
struct ImportFile {
  enum class Role { kNodes, kRelationships, kOther };
  std::string name;  // in the folder
  Role role;
  std::string label;  // the Label= or TYPE= of import.sh; empty for none
  // Writes the file of a graph that is the snapshot of `period` (empty for a whole build).
  std::function<void(const KnowledgeGraph&, const std::string& period, std::ostream&)> write;
};

// The file of the relationships of type `type`: "events_not_assault.csv" for NOT_ASSAULT.
std::string EventFileName(const std::string& type) {
  std::string name = "events_";
  for (char c : type) name += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return name + ".csv";
}

std::string ImportScript();

// Every file, in writing order: nodes, relationships (one file per type the event layer can give,
// then the other types), the schema and the script.
const std::vector<ImportFile>& ImportFiles() {
  using Role = ImportFile::Role;
  // A writer of a file whose content does not depend on the period.
  auto whole = [](void (*write)(const KnowledgeGraph&, std::ostream&)) {
    return [write](const KnowledgeGraph& graph, const std::string&, std::ostream& out) {
      write(graph, out);
    };
  };
  static const std::vector<ImportFile> files = [&] {
    std::vector<ImportFile> list = {
        {"actors.csv", Role::kNodes, "Actor", whole(WriteActors)},
        {"articles.csv", Role::kNodes, "Article", whole(WriteArticles)},
        {"mentioned_in.csv", Role::kRelationships, "MENTIONED_IN", whole(WriteMentions)}};
    for (const std::string& type : EventRelationshipTypes()) {
      list.push_back({EventFileName(type), Role::kRelationships, type,
                      [type](const KnowledgeGraph& graph, const std::string& period,
                             std::ostream& out) { WriteEvents(graph, type, period, out); }});
    }
    list.push_back({"events_other.csv", Role::kRelationships, "",
                    [](const KnowledgeGraph& graph, const std::string& period, std::ostream& out) {
                      WriteEvents(graph, "", period, out);
                    }});
    list.push_back({"schema.cypher", Role::kOther, "",
                    [](const KnowledgeGraph&, const std::string&, std::ostream& out) {
                      WriteSchema(out);
                    }});
    list.push_back({"import.sh", Role::kOther, "",
                    [](const KnowledgeGraph&, const std::string&, std::ostream& out) {
                      out << ImportScript();
                    }});
    return list;
  }();
  return files;
}

// `word` as one shell word: as it is when it holds only characters the shell takes literally,
// else in single quotes.
std::string ShellWord(const std::string& word) {
  const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("_-=.,/:+").find(c) != std::string_view::npos;
  });
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

constexpr const char* kImportScriptStart = R"sh(#!/bin/sh
# Loads the files beside this script into a new Neo4j 5 database with neo4j-admin:
#   ./import.sh [DATABASE] [more neo4j-admin options, e.g. --overwrite-destination=true]
# DATABASE (default: neo4j) must be stopped or not exist yet; run as the user that owns Neo4j's
# data folder, with neo4j-admin on PATH or NEO4J_ADMIN naming it. Then start the database and run
# schema.cypher once (cypher-shell -d DATABASE -f schema.cypher) to add the uniqueness constraints.
# Each event file holds one relationship type; events_other.csv names its types in :TYPE.
set -eu
admin=${NEO4J_ADMIN:-neo4j-admin}
case $admin in /*) ;; */*) admin=$PWD/$admin ;; esac
cd "$(dirname "$0")"
database=${1:-neo4j}
[ $# -gt 0 ] && shift
exec "$admin" database import full "$database" \
)sh";

constexpr const char* kImportScriptEnd = R"sh(  --delimiter=, --array-delimiter=';' --quote='"' \
  "$@"
)sh";

// The script: one --nodes=Label=file / --relationships=[TYPE=]file argument per CSV file of
// ImportFiles(), relative to the script's folder.
std::string ImportScript() {
  std::string script = kImportScriptStart;
  for (const ImportFile& file : ImportFiles()) {
    if (file.role == ImportFile::Role::kOther) continue;
    std::string argument = file.role == ImportFile::Role::kNodes ? "--nodes=" : "--relationships=";
    if (!file.label.empty()) argument += file.label + "=";
    script += "  " + ShellWord(argument + file.name) + " \\\n";
  }
  return script + kImportScriptEnd;
}

}  // namespace

std::vector<std::string> Neo4jCsvWriter::FileNames() const {
  std::vector<std::string> names;
  for (const ImportFile& file : ImportFiles()) names.push_back(std::string(kFolder) + file.name);
  return names;
}

void Neo4jCsvWriter::WriteFile(const KnowledgeGraph& graph, const std::string& name,
                               std::ostream& out) const {
  for (const ImportFile& file : ImportFiles()) {
    if (std::string(kFolder) + file.name == name) file.write(graph, period_, out);
  }
}

bool Neo4jCsvWriter::IsExecutable(const std::string& name) const {
  return name == std::string(kFolder) + "import.sh";
}

void Neo4jCsvWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  for (const ImportFile& file : ImportFiles()) file.write(graph, period_, out);
}

}  // namespace newsgraph
