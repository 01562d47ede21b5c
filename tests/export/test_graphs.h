// Hand-built graphs and file helpers shared by the exporter and reader tests.
#pragma once

#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::testing {

inline Evidence MakeEvidence(std::string document, std::string date, std::size_t sentence,
                             std::string text) {
  return Evidence{std::move(document), std::move(date), sentence, std::move(text)};
}

inline Entity MakeEntity(std::string id, std::string name, EntityType type,
                         std::vector<std::string> aliases, std::map<std::string, std::string> codes,
                         std::size_t mentions, std::size_t documents,
                         std::map<std::string, std::size_t> mentions_by_article = {}) {
  Entity entity;
  entity.id = std::move(id);
  entity.name = std::move(name);
  entity.type = type;
  entity.aliases = std::move(aliases);
  entity.codes = std::move(codes);
  entity.mentions = mentions;
  entity.documents = documents;
  entity.mentions_by_article = std::move(mentions_by_article);
  return entity;
}

inline std::vector<Entity> SmallGraphEntities() {
  return {
      MakeEntity("gpe:russia", "Russia", EntityType::kGpe, {"Russia", "Russian Federation"},
                 {{"cameo", "RUS"}, {"iso3166", "RUS"}}, 14, 3,
                 {{"wire-0001", 6}, {"wire-0003", 4}, {"wire-0009", 4}}),
      MakeEntity("gpe:ukraine", "Ukraine", EntityType::kGpe, {"Ukraine"},
                 {{"cameo", "UKR"}, {"iso3166", "UKR"}}, 11, 3,
                 {{"wire-0001", 5}, {"wire-0004", 2}, {"undated-note", 4}}),
      MakeEntity("person:vladimir_putin", "Vladimir Putin", EntityType::kPerson,
                 {"President Putin", "Putin", "Vladimir Putin"}, {{"cameo", "RUSGOV"}}, 6, 2,
                 {{"wire-0001", 4}, {"wire-0007", 2}}),
      MakeEntity("organization:nato", "NATO", EntityType::kOrganization,
                 {"NATO", "North Atlantic Treaty Organization"}, {{"cameo", "IGOWSTNAT"}}, 4, 2,
                 {{"undated-note", 1}, {"wire-0004", 3}}),
      MakeEntity("location:black_sea", "Black Sea", EntityType::kLocation, {"Black Sea"}, {}, 1, 1,
                 {{"wire-0003", 1}}),
  };
}

// Articles with every field, one without a title or source, one with an impossible date; the
// evidence names two more (wire-0007 and undated-note), which the graph completes.
inline std::vector<Article> SmallGraphArticles() {
  return {
      {"wire-0001", "Russia strikes Ukraine's grid", "2024-03-01", "Meridian Wire",
       "https://wire.example/0001"},
      {"wire-0003", "Drones over Kyiv", "2024-03-02", "Meridian Wire", "https://wire.example/0003"},
      {"wire-0004", "", "2024-03-02", "", "https://wire.example/0004"},
      {"wire-0009", "Border villages shelled", "2024-02-30", "Northbridge Daily", ""},
  };
}

inline Relation MakeRelation(std::string source, std::string target, RelationCode code,
                             std::size_t weight, std::size_t documents, std::string first_seen,
                             std::string last_seen, std::vector<Evidence> evidence) {
  Relation relation;
  relation.source = std::move(source);
  relation.target = std::move(target);
  relation.code = std::move(code);
  relation.weight = weight;
  relation.documents = documents;
  relation.first_seen = std::move(first_seen);
  relation.last_seen = std::move(last_seen);
  relation.evidence = std::move(evidence);
  return relation;
}

inline std::vector<Relation> SmallGraphRelations() {
  return {
      MakeRelation(
          "person:vladimir_putin", "gpe:ukraine", {"accuses", "112", 3, -2.0, "ACCUSE"}, 2, 2,
          "2024-03-01", "2024-03-04",
          {MakeEvidence("wire-0001", "2024-03-01", 2,
                        "Putin accused Ukraine of shelling the \"border\" region."),
           MakeEvidence("wire-0007", "2024-03-04", 0, "President Putin again accused Ukraine.")}),
      MakeRelation(
          "gpe:russia", "gpe:ukraine", {"attacks", "190", 4, -10.0, "ASSAULT"}, 6, 3, "2024-03-01",
          "2024-03-05",
          {MakeEvidence("wire-0001", "2024-03-01", 0, "Russia attacked Ukraine's power grid."),
           MakeEvidence("wire-0001", "2024-03-01", 4, "Russian forces struck Kharkiv & Odesa."),
           MakeEvidence("wire-0003", "2024-03-02", 1, "Russia launched drones at Kyiv."),
           MakeEvidence("wire-0003", "2024-03-02", 6, "Missiles hit Lviv, officials said."),
           MakeEvidence("wire-0009", "2024-03-05", 3, "Russia shelled villages near the border."),
           MakeEvidence("wire-0009", "2024-03-05", 5, "Russian troops attacked a port.")}),
      MakeRelation(
          "gpe:ukraine", "organization:nato", {"appeals to", "020", 1, 3.0, "REQUEST"}, 1, 1, "",
          "", {MakeEvidence("undated-note", "", 1, "Ukraine appealed to NATO for air defence.")}),
      MakeRelation("organization:nato", "gpe:ukraine", {"hosts", "043", 1, 2.8, "CONSULT"}, 1, 1,
                   "2024-03-02", "2024-03-02",
                   {MakeEvidence("wire-0004", "2024-03-02", 3,
                                 "NATO hosted Ukrainian ministers in Brussels.")}),
  };
}

// Five entities of four types, four relations with codes and dated and undated evidence, no two
// relations between the same ordered pair of entities.
inline KnowledgeGraph SmallGraph() {
  return KnowledgeGraph(SmallGraphEntities(), SmallGraphRelations(), SmallGraphArticles());
}

// Text that breaks naive writers: quotes, backslashes, markup, control characters, ill-formed
// UTF-8, line breaks, separators and an injection attempt.
inline constexpr const char* kObrien = "O'Brien\\";
inline constexpr const char* kInjection = "\"}) DETACH DELETE n //";
inline constexpr const char* kMarkup = "Acme <&> \"Co\" \x01Ltd\x0b";
inline constexpr const char* kIllFormed = "Z\xfcrich \xed\xa0\x80 \xc0\xaf end";
inline constexpr const char* kLineBreaks = "Line\nBreak\r\nName\tTab";
inline constexpr const char* kSeparators = "Pat | O'Brien; Jr.";
inline constexpr const char* kNoncharacters = "edge\xef\xbf\xbe case\xef\xbf\xbf \xe2\x80\xa8 end";
inline constexpr const char* kCypherBreakout = "x'}] AS row MATCH (m) DETACH DELETE m; //";
inline constexpr const char* kCsvArrayBreaker = "Smith; \"Jr\",\nLtd";
inline constexpr const char* kGoodUnicode =
    "Z\xc3\xbcrich \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a \xf0\x9f\x99\x82";

inline std::vector<Entity> HostileGraphEntities() {
  return {
      MakeEntity("person:o'brien\\", kObrien, EntityType::kPerson,
                 {kObrien, kSeparators, kCsvArrayBreaker}, {{"cameo", "USA'\\"}}, 2, 1,
                 {{"doc'1\\", 1}, {"doc<2>", 1}}),
      MakeEntity("organization:\"})", kInjection, EntityType::kOrganization, {kInjection, "<&>"},
                 {{"weird code/name", kMarkup}}, 1, 1),
      MakeEntity("organization:acme", kMarkup, EntityType::kOrganization, {kMarkup}, {}, 1, 1),
      MakeEntity("gpe:zurich", kIllFormed, EntityType::kGpe, {kIllFormed, kGoodUnicode}, {}, 3, 2),
      MakeEntity("other:line", kLineBreaks, EntityType::kOther, {kLineBreaks, kNoncharacters}, {},
                 1, 1),
  };
}

inline std::vector<Relation> HostileGraphRelations() {
  return {
      MakeRelation(
          "person:o'brien\\", "organization:\"})", {kCypherBreakout, "1'2", 3, -2.0, "ACC\\USE"}, 1,
          1, "2024-01-01", "2024-01-01",
          {MakeEvidence("doc'1\\", "2024-01-01", 0, kCypherBreakout),
           MakeEvidence("doc<2>", "2024-01-01", 1, kMarkup),
           MakeEvidence("doc\"3", "", 2, kIllFormed), MakeEvidence("doc4", "", 3, kLineBreaks),
           MakeEvidence("doc5", "", 4, kNoncharacters)}),
      MakeRelation("gpe:zurich", "other:line",
                   {"meets \x01with <&>", "", 0, std::numeric_limits<double>::quiet_NaN(), ""}, 1,
                   1, "", "", {MakeEvidence("doc6", "", 0, kGoodUnicode)}),
      MakeRelation("organization:acme", "organization:acme", {kInjection, "0", 2, 1.5, "X"}, 1, 1,
                   "", "", {MakeEvidence("doc7", "", 0, " padded \r\n")}),
  };
}

// Five entities, three relations and two articles whose every string field holds hostile text;
// one relation has a NaN Goldstein value and one is a self-loop.
inline KnowledgeGraph HostileGraph() {
  return KnowledgeGraph(HostileGraphEntities(), HostileGraphRelations(),
                        {{"doc'1\\", kCypherBreakout, "2024-1-01", kLineBreaks, kMarkup},
                         {"doc<2>", kCsvArrayBreaker, "2024-01-02", kSeparators, " padded "}});
}

inline EdgePeriodCounts MakePeriodCounts(std::size_t events, std::size_t quad, double goldstein,
                                         std::string plover, EvidenceId first, EvidenceId last) {
  EdgePeriodCounts counts;
  counts.events = events;
  counts.documents = 1;
  counts.coded = events;
  counts.goldstein_sum = goldstein * static_cast<double>(events);
  counts.quad[quad - 1] = events;
  counts.plover[std::move(plover)] = events;
  counts.first_evidence = std::move(first);
  counts.last_evidence = std::move(last);
  return counts;
}

// A relation of one code over monthly periods, plus `undated` events in no period.
inline Relation MakePeriodRelation(std::string source, std::string target, RelationCode code,
                                   std::vector<std::pair<std::string, std::size_t>> events,
                                   std::size_t undated = 0) {
  Relation relation;
  relation.source = std::move(source);
  relation.target = std::move(target);
  relation.undated = undated;
  relation.weight = undated;
  relation.documents = events.size() + (undated > 0 ? 1 : 0);
  for (const auto& [month, count] : events) {
    const EvidenceId evidence{"wire-" + month, 0};
    relation.periods[month] =
        MakePeriodCounts(count, code.quad, code.goldstein, code.plover, evidence, evidence);
    relation.weight += count;
    relation.evidence.push_back(
        MakeEvidence(evidence.document_id, month + "-10", 0, code.label + " in " + month + "."));
  }
  if (!events.empty()) relation.first_seen = events.front().first + "-10";
  if (!events.empty()) relation.last_seen = events.back().first + "-10";
  relation.code = std::move(code);
  return relation;
}

// Monthly mentions of an entity: month -> (mentions, documents).
inline Entity WithPeriods(Entity entity,
                          std::map<std::string, std::pair<std::size_t, std::size_t>> months) {
  for (const auto& [month, counts] : months)
    entity.periods[month] = NodePeriodCounts{counts.first, counts.second};
  return entity;
}

// A graph built with --period month over January to March 2024: an edge absent in February
// (two spells), an edge in every month (one spell), an edge with undated events only (no
// spell), a node mentioned only in a month without its edges, and an actor with a hostile name.
inline KnowledgeGraph PeriodGraph() {
  std::vector<Entity> entities = {
      WithPeriods(MakeEntity("gpe:russia", "Russia", EntityType::kGpe, {"Russia"},
                             {{"cameo", "RUS"}}, 9, 5),
                  {{"2024-01", {4, 2}}, {"2024-02", {2, 1}}, {"2024-03", {3, 2}}}),
      WithPeriods(MakeEntity("gpe:ukraine", "Ukraine", EntityType::kGpe, {"Ukraine"},
                             {{"cameo", "UKR"}}, 6, 4),
                  {{"2024-01", {3, 2}}, {"2024-03", {2, 1}}}),
      WithPeriods(
          MakeEntity("organization:nato", "NATO", EntityType::kOrganization, {"NATO"}, {}, 3, 2),
          {{"2024-01", {2, 1}}}),
      WithPeriods(MakeEntity("person:vladimir_putin", "Vladimir Putin", EntityType::kPerson,
                             {"Putin", "Vladimir Putin"}, {}, 1, 1),
                  {{"2024-02", {1, 1}}}),
      WithPeriods(MakeEntity("organization:acme", kMarkup, EntityType::kOrganization,
                             {kMarkup, kInjection}, {}, 2, 1),
                  {{"2024-02", {2, 1}}}),
  };
  std::vector<Relation> relations = {
      MakePeriodRelation("gpe:russia", "gpe:ukraine", {"attacks", "190", 4, -10.0, "ASSAULT"},
                         {{"2024-01", 2}, {"2024-03", 1}}, 1),
      MakePeriodRelation("gpe:russia", "gpe:ukraine", {"meets", "040", 1, 1.0, "CONSULT"},
                         {{"2024-01", 1}}),
      MakePeriodRelation("gpe:ukraine", "organization:nato",
                         {"appeals to", "020", 1, 3.0, "REQUEST"},
                         {{"2024-01", 1}, {"2024-02", 2}, {"2024-03", 1}}),
      MakePeriodRelation("organization:nato", "gpe:ukraine", {"hosts", "043", 1, 2.8, "CONSULT"},
                         {}, 2),
      MakePeriodRelation("organization:acme", "gpe:russia", {kInjection, "112", 3, -2.0, "ACCUSE"},
                         {{"2024-02", 1}}),
  };
  return KnowledgeGraph(std::move(entities), std::move(relations));
}

inline std::string WriteToString(const GraphWriter& writer, const KnowledgeGraph& graph) {
  std::ostringstream out;
  writer.Write(graph, out);
  return out.str();
}

inline std::string WriteFileToString(const GraphWriter& writer, const KnowledgeGraph& graph,
                                     const std::string& name) {
  std::ostringstream out;
  writer.WriteFile(graph, name, out);
  return out.str();
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// True when NEWSGRAPH_UPDATE_GOLDEN is set to a non-empty value other than "0".
inline bool UpdateGolden() {
  const char* value = std::getenv("NEWSGRAPH_UPDATE_GOLDEN");
  return value != nullptr && *value != '\0' && std::string(value) != "0";
}

}  // namespace newsgraph::testing
