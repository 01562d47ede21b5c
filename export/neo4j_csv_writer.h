// Input files for `neo4j-admin database import full` (Neo4j 5), the fastest way to load a large
// graph into a new database:
// https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/
// Private to export/.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// Writes the model of export/neo4j_model.h, the one the Cypher script loads, as files in the
// sub-folder neo4j/ of the output directory:
//   actors.csv        id:ID(Actor), :LABEL (the type label, none for OTHER), name, type,
//                     aliases:string[], mentions:long, documents:long, degree:long, sector when
//                     some entity has one, code_<name>:string per code name used by some entity;
//   articles.csv      id:ID(Article), title, date:date, source, url;
//   mentioned_in.csv  :START_ID(Actor), :END_ID(Article), :TYPE (MENTIONED_IN), count:long;
//   events_<type>.csv one file per relationship type the event layer can give
//                     (EventRelationshipTypes(): events_assault.csv, events_not_assault.csv, ...,
//                     events_related_to.csv), written even when it holds no relation:
//                     :START_ID(Actor), :END_ID(Actor), label, period (the snapshot's key,
//                     "all" for a whole build), cameo:string, quad:int,
//                     goldstein:double, plover, weight:long, documents:long, first_seen:date,
//                     last_seen:date, article_ids:string[], sentences:long[], evidence:string[];
//   events_other.csv  the relations of any other type (a category outside the lexicon's list), the
//                     same columns with :TYPE (EventRelationshipType) after the two ids;
//   schema.cypher     the uniqueness constraints of the Cypher script, to run once after import;
//   import.sh         runs neo4j-admin database import full on them from its own folder, naming
//                     each CSV file as --nodes=Label=file.csv or --relationships=TYPE=file.csv
//                     (events_other.csv without TYPE=), generated from the same list as
//                     FileNames().
// Rows are in entity, article and relation index order. CSV as neo4j-admin reads it by default
// (RFC 4180, ',' between fields, '"' quotes doubled inside quoted fields, ';' between array
// elements): text is valid UTF-8 (ToValidUtf8), line breaks and other control characters become
// spaces (records never span lines), ';' inside an array element becomes ',', and a field is
// quoted when it holds ',', '"' or leading or trailing spaces. An empty field is no property
// (unknown dates, empty strings, a non-finite Goldstein value).
class Neo4jCsvWriter final : public GraphWriter {
 public:
  // `period`: the key of the period the graph is a snapshot of (GraphWriterOptions::period),
  // empty for a whole build; the events files' `period` column holds it, or "all".
  explicit Neo4jCsvWriter(std::string period = {}) : period_(std::move(period)) {}
  std::string_view format() const override { return "neo4j-csv"; }
  std::string_view extension() const override { return "csv"; }
  // Every file of FileNames, one after another.
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;
  std::vector<std::string> FileNames() const override;
  void WriteFile(const KnowledgeGraph& graph, const std::string& name,
                 std::ostream& out) const override;
  bool IsExecutable(const std::string& name) const override;

 private:
  std::string period_;
};

}  // namespace newsgraph
