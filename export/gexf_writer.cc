#include "export/gexf_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "export/gexf_time.h"
#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::CodeAttributeNames;
using export_internal::FormatDouble;
using export_internal::JoinAliases;
using export_internal::JoinedEvidence;
using export_internal::PeriodCalendar;
using export_internal::RelationList;
using export_internal::SpellsOf;
using export_internal::TrimEscapedSpace;
using export_internal::WriteSpells;
using export_internal::XmlEscape;

struct Rgb {
  int r, g, b;
};

// Node colours by type (Tableau 10): persons blue, organisations orange, states red, places
// green, nationalities purple, anything else grey.
Rgb TypeColor(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return {78, 121, 167};  // #4E79A7
    case EntityType::kOrganization:
      return {242, 142, 43};  // #F28E2B
    case EntityType::kGpe:
      return {225, 87, 89};  // #E15759
    case EntityType::kLocation:
      return {89, 161, 79};  // #59A14F
    case EntityType::kNorp:
      return {176, 122, 161};  // #B07AA1
    case EntityType::kOther:
      break;
  }
  return {186, 176, 172};  // #BAB0AC
}

// Community colours: the ten Tableau 10 colours in order, community 0 (the largest) first,
// repeating from the eleventh community on.
Rgb CommunityColor(std::size_t community) {
  static constexpr Rgb kPalette[] = {
      {78, 121, 167}, {242, 142, 43},  {225, 87, 89},   {118, 183, 178}, {89, 161, 79},
      {237, 201, 72}, {176, 122, 161}, {255, 157, 167}, {156, 117, 95},  {186, 176, 172}};
  return kPalette[community % std::size(kPalette)];
}

constexpr double kMinimumSize = 5.0;
constexpr double kSizeRange = 45.0;

// Area grows with `measure` (PageRank in a static file, degree in a dynamic one), from 5 to 50.
double NodeSize(double measure, double largest_measure) {
  const double share = largest_measure > 0 ? measure / largest_measure : 0.0;
  return std::round((kMinimumSize + kSizeRange * std::sqrt(share)) * 100.0) / 100.0;
}

// XmlEscape for attribute values, trimmed, with LF and tab as character references so that the
// reader's attribute-value normalisation does not turn them into spaces.
std::string AttributeText(std::string_view text) {
  const std::string escaped = XmlEscape(text);
  std::string result;
  for (char c : TrimEscapedSpace(escaped)) {
    if (c == '\n') {
      result += "&#10;";
    } else if (c == '\t') {
      result += "&#9;";
    } else {
      result += c;
    }
  }
  return result;
}

struct AttributeDeclaration {
  std::string id;         // also its title
  std::string_view type;  // GEXF attribute type
};

std::vector<AttributeDeclaration> NodeAttributes(const KnowledgeGraph& graph,
                                                 const std::map<std::string, std::string>& codes) {
  std::vector<AttributeDeclaration> declarations = {
      {"type", "string"},       {"key", "string"},         {"aliases", "string"},
      {"mentions", "integer"},  {"documents", "integer"},  {"degree", "integer"},
      {"in_degree", "integer"}, {"out_degree", "integer"}, {"weighted_degree", "double"},
      {"pagerank", "double"},   {"betweenness", "double"}, {"community", "integer"},
  };
  bool has_sectors = false;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    has_sectors = has_sectors || !graph.entity(i).sector.empty();
  if (has_sectors) declarations.push_back({"sector", "string"});
  for (const auto& [code, name] : codes) declarations.push_back({name, "string"});
  return declarations;
}

const std::vector<AttributeDeclaration>& EdgeAttributes() {
  static const std::vector<AttributeDeclaration> declarations = {
      {"relation", "string"},
      {"relations", "string"},
      {"cameo", "string"},
      {"quad", "integer"},
      {"goldstein", "double"},
      {"plover", "string"},
      {"cooperation_weight", "double"},
      {"conflict_weight", "double"},
      {"goldstein_sum", "double"},
      {"documents", "integer"},
      {"first_seen", "string"},
      {"last_seen", "string"},
      {"evidence", "string"},
  };
  return declarations;
}

// Per-period values of a dynamic file: each names its period by start and end attributes.
const std::vector<AttributeDeclaration>& NodeDynamicAttributes() {
  static const std::vector<AttributeDeclaration> declarations = {
      {"period_mentions", "integer"},
      {"period_documents", "integer"},
  };
  return declarations;
}

// "weight" is the name Gephi reads as the edge's weight at each time.
const std::vector<AttributeDeclaration>& EdgeDynamicAttributes() {
  static const std::vector<AttributeDeclaration> declarations = {
      {"weight", "double"},
      {"period_documents", "integer"},
      {"period_goldstein_sum", "double"},
      {"period_quad1", "integer"},
      {"period_quad2", "integer"},
      {"period_quad3", "integer"},
      {"period_quad4", "integer"},
  };
  return declarations;
}

void WriteDeclarations(std::ostream& out, std::string_view element_class, std::string_view mode,
                       const std::vector<AttributeDeclaration>& declarations) {
  out << "    <attributes class=\"" << element_class << "\" mode=\"" << mode << "\">\n";
  for (const AttributeDeclaration& declaration : declarations) {
    out << "      <attribute id=\"" << declaration.id << "\" title=\"" << declaration.id
        << "\" type=\"" << declaration.type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// Collects the <attvalue> elements of one node or edge.
class AttributeValues {
 public:
  void String(std::string_view id, std::string_view text) {
    const std::string value = AttributeText(text);
    if (!value.empty()) Add(id, value);
  }
  void Integer(std::string_view id, long long value) { Add(id, std::to_string(value)); }
  void Double(std::string_view id, double value) {
    const std::optional<std::string> text = FormatDouble(value);
    if (text) Add(id, *text);
  }
  // A value of a dynamic attribute, from the first to the last day of its period.
  void TimedInteger(std::string_view id, long long value, const PeriodDays& days) {
    Add(id, std::to_string(value), " start=\"" + days.first + "\" end=\"" + days.last + "\"");
  }
  void TimedDouble(std::string_view id, double value, const PeriodDays& days) {
    const std::optional<std::string> text = FormatDouble(value);
    if (text) Add(id, *text, " start=\"" + days.first + "\" end=\"" + days.last + "\"");
  }
  void WriteTo(std::ostream& out, std::string_view indent) const {
    out << indent << "<attvalues>\n" << values_ << indent << "</attvalues>\n";
  }

 private:
  void Add(std::string_view id, const std::string& value, const std::string& interval = "") {
    values_ += "          <attvalue for=\"";
    values_ += id;
    values_ += "\" value=\"" + value + "\"" + interval + "/>\n";
  }
  std::string values_;
};

}  // namespace

namespace {

// The relations of one GEXF edge: same source, target and PLOVER category, heaviest first.
using EdgeRelations = std::vector<const Relation*>;

// Edges in (source, target, PLOVER category) order. Relations come sorted by (source, target,
// label), so each pair's relations are adjacent.
std::vector<EdgeRelations> GroupRelations(const KnowledgeGraph& graph) {
  std::vector<EdgeRelations> edges;
  std::map<std::string, EdgeRelations> pair_by_plover;
  auto flush = [&] {
    for (auto& [plover, relations] : pair_by_plover) {
      std::stable_sort(relations.begin(), relations.end(),
                       [](const Relation* a, const Relation* b) { return a->weight > b->weight; });
      edges.push_back(std::move(relations));
    }
    pair_by_plover.clear();
  };
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    if (!pair_by_plover.empty()) {
      const Relation& previous = *pair_by_plover.begin()->second.front();
      if (previous.source != relation.source || previous.target != relation.target) flush();
    }
    pair_by_plover[relation.code.plover].push_back(&relation);
  }
  flush();
  return edges;
}

// What a dynamic file adds to a static one: the days of each period, and per node the periods
// it is present in: those of its own mentions and those of the edges it is an end of, so that
// Gephi never hides an edge's end while the edge is on the Timeline.
struct Timeline {
  explicit Timeline(PeriodUnit unit) : calendar(unit) {}
  PeriodCalendar calendar;
  std::vector<std::set<std::string>> node_periods;  // by entity index
};

Timeline MakeTimeline(const KnowledgeGraph& graph, PeriodUnit unit) {
  Timeline timeline(unit);
  timeline.node_periods.resize(graph.entity_count());
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    for (const auto& [key, counts] : graph.entity(i).periods) timeline.node_periods[i].insert(key);
  }
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    for (const std::string* end : {&relation.source, &relation.target}) {
      const std::size_t index = graph.FindEntity(*end);
      if (index == graph.entity_count()) continue;
      for (const auto& [key, counts] : relation.periods) timeline.node_periods[index].insert(key);
    }
  }
  return timeline;
}

void AddStaticNodeValues(AttributeValues& values, const Entity& entity, const NodeMetrics& metrics,
                         const std::map<std::string, std::string>& code_names) {
  values.String("type", EntityTypeName(entity.type));
  values.String("key", entity.id);
  values.String("aliases", JoinAliases(entity.aliases));
  values.Integer("mentions", static_cast<long long>(entity.mentions));
  values.Integer("documents", static_cast<long long>(entity.documents));
  values.Integer("degree", static_cast<long long>(metrics.degree));
  values.Integer("in_degree", static_cast<long long>(metrics.in_degree));
  values.Integer("out_degree", static_cast<long long>(metrics.out_degree));
  values.Double("weighted_degree", metrics.weighted_degree);
  values.Double("pagerank", metrics.pagerank);
  values.Double("betweenness", metrics.betweenness);
  values.Integer("community", static_cast<long long>(metrics.community));
  if (!entity.sector.empty()) values.String("sector", entity.sector);
  for (const auto& [code, value] : entity.codes) values.String(code_names.at(code), value);
}

void AddNodePeriodValues(AttributeValues& values, const Entity& entity, PeriodCalendar& calendar) {
  for (const auto& [key, counts] : entity.periods) {
    if (const PeriodDays* days = calendar.Days(key))
      values.TimedInteger("period_mentions", static_cast<long long>(counts.mentions), *days);
  }
  for (const auto& [key, counts] : entity.periods) {
    if (const PeriodDays* days = calendar.Days(key))
      values.TimedInteger("period_documents", static_cast<long long>(counts.documents), *days);
  }
}

// `timeline` is null for a static file.
void WriteNode(std::ostream& out, const KnowledgeGraph& graph, std::size_t index,
               const std::map<std::string, std::string>& code_names, Rgb color, double size,
               Timeline* timeline) {
  const Entity& entity = graph.entity(index);
  out << "      <node id=\"" << NodeId(entity) << "\"";
  const std::string label = AttributeText(entity.name);
  if (!label.empty()) out << " label=\"" << label << "\"";
  out << ">\n";
  AttributeValues values;
  AddStaticNodeValues(values, entity, graph.metrics(index), code_names);
  if (timeline != nullptr) AddNodePeriodValues(values, entity, timeline->calendar);
  values.WriteTo(out, "        ");
  if (timeline != nullptr) {
    WriteSpells(out, SpellsOf(timeline->node_periods[index], timeline->calendar), "        ");
  }
  out << "        <viz:color r=\"" << color.r << "\" g=\"" << color.g << "\" b=\"" << color.b
      << "\"/>\n";
  out << "        <viz:size value=\"" << FormatDouble(size).value_or("1.0") << "\"/>\n";
  out << "      </node>\n";
}

// Sums over the relations of one edge.
struct EdgeTotals {
  double weight = 0, cooperation = 0, conflict = 0, goldstein = 0;
  std::size_t documents = 0;
  std::string first_seen, last_seen;
};

EdgeTotals Totals(const EdgeRelations& relations) {
  EdgeTotals totals;
  for (const Relation* relation : relations) {
    const double weight = static_cast<double>(relation->weight);
    totals.weight += weight;
    if (relation->code.quad == 1 || relation->code.quad == 2) totals.cooperation += weight;
    if (relation->code.quad == 3 || relation->code.quad == 4) totals.conflict += weight;
    if (std::isfinite(relation->code.goldstein))
      totals.goldstein += weight * relation->code.goldstein;
    totals.documents = std::max(totals.documents, relation->documents);
    if (!relation->first_seen.empty() &&
        (totals.first_seen.empty() || relation->first_seen < totals.first_seen))
      totals.first_seen = relation->first_seen;
    totals.last_seen = std::max(totals.last_seen, relation->last_seen);
  }
  return totals;
}

void AddStaticEdgeValues(AttributeValues& values, const EdgeRelations& relations,
                         const EdgeTotals& totals, std::size_t evidence_limit) {
  const Relation& lead = *relations.front();
  values.String("relation", lead.code.label);
  values.String("relations", RelationList(relations));
  values.String("cameo", lead.code.cameo);
  values.Integer("quad", lead.code.quad);
  values.Double("goldstein", lead.code.goldstein);
  values.String("plover", lead.code.plover);
  values.Double("cooperation_weight", totals.cooperation);
  values.Double("conflict_weight", totals.conflict);
  values.Double("goldstein_sum", totals.goldstein);
  values.Integer("documents", static_cast<long long>(totals.documents));
  values.String("first_seen", totals.first_seen);
  values.String("last_seen", totals.last_seen);
  values.String("evidence", JoinedEvidence(relations, evidence_limit));
}

// The per-period counts of the edge's relations added up, by period key.
std::map<std::string, EdgePeriodCounts> EdgePeriods(const EdgeRelations& relations) {
  std::map<std::string, EdgePeriodCounts> periods;
  for (const Relation* relation : relations) {
    for (const auto& [key, counts] : relation->periods) periods[key].Merge(counts);
  }
  return periods;
}

// Every dynamic attribute for every period of the edge, one attribute after the other.
void AddEdgePeriodValues(AttributeValues& values,
                         const std::map<std::string, EdgePeriodCounts>& periods,
                         PeriodCalendar& calendar) {
  std::vector<std::pair<const PeriodDays*, const EdgePeriodCounts*>> dated;
  for (const auto& [key, counts] : periods) {
    if (const PeriodDays* days = calendar.Days(key)) dated.emplace_back(days, &counts);
  }
  for (const auto& [days, counts] : dated)
    values.TimedDouble("weight", static_cast<double>(counts->events), *days);
  for (const auto& [days, counts] : dated)
    values.TimedInteger("period_documents", static_cast<long long>(counts->documents), *days);
  for (const auto& [days, counts] : dated)
    values.TimedDouble("period_goldstein_sum", counts->goldstein_sum, *days);
  static constexpr std::string_view kQuadIds[] = {"period_quad1", "period_quad2", "period_quad3",
                                                  "period_quad4"};
  for (std::size_t quad = 0; quad < std::size(kQuadIds); ++quad) {
    for (const auto& [days, counts] : dated)
      values.TimedInteger(kQuadIds[quad], static_cast<long long>(counts->quad[quad]), *days);
  }
}

// `timeline` is null for a static file.
void WriteEdge(std::ostream& out, const EdgeRelations& relations, std::size_t evidence_limit,
               Timeline* timeline) {
  const Relation& lead = *relations.front();
  const EdgeTotals totals = Totals(relations);
  const std::string source = NodeIdOfKey(lead.source), target = NodeIdOfKey(lead.target);
  // Stable across builds like the node ids: the ends and the kind name the edge.
  out << "      <edge id=\"" << source << "--" << target << "--" << NodeIdOfKey(lead.code.plover)
      << "\" source=\"" << source << "\" target=\"" << target << "\"";
  const std::string kind = AttributeText(lead.code.plover);
  if (!kind.empty()) out << " kind=\"" << kind << "\"";
  const std::string label = AttributeText(lead.code.label);
  if (!label.empty()) out << " label=\"" << label << "\"";
  out << " weight=\"" << FormatDouble(totals.weight).value_or("0.0") << "\">\n";
  AttributeValues values;
  AddStaticEdgeValues(values, relations, totals, evidence_limit);
  std::set<std::string> keys;
  if (timeline != nullptr) {
    const std::map<std::string, EdgePeriodCounts> periods = EdgePeriods(relations);
    AddEdgePeriodValues(values, periods, timeline->calendar);
    for (const auto& [key, counts] : periods) keys.insert(key);
  }
  values.WriteTo(out, "        ");
  if (timeline != nullptr) WriteSpells(out, SpellsOf(keys, timeline->calendar), "        ");
  out << "      </edge>\n";
}

// Static: mode="static". Dynamic: mode="dynamic" with dates as days, and the Timeline's spells
// as <spells> (the one form that holds several intervals, so an edge can skip a period, and that
// Gephi 0.10, NetworkX and graphology-gexf all read; Gephi ignores start/end when spells exist).
void WriteHeader(std::ostream& out, bool dynamic) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>newsgraph</creator>\n"
         "    <description>Actors in the news and who did what to whom</description>\n"
         "  </meta>\n";
  if (dynamic) {
    out << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  } else {
    out << "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
  }
}

// The dynamic blocks come first: graphology-gexf (Gephi Lite) keeps the types of the last
// block of each class only, and the static attributes are the ones it shows.
void WriteAllDeclarations(std::ostream& out, const KnowledgeGraph& graph,
                          const std::map<std::string, std::string>& code_names, bool dynamic) {
  if (dynamic) WriteDeclarations(out, "node", "dynamic", NodeDynamicAttributes());
  WriteDeclarations(out, "node", "static", NodeAttributes(graph, code_names));
  if (dynamic) WriteDeclarations(out, "edge", "dynamic", EdgeDynamicAttributes());
  WriteDeclarations(out, "edge", "static", EdgeAttributes());
}

}  // namespace

void GexfWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const std::map<std::string, std::string> code_names = CodeAttributeNames(graph);
  const bool dynamic = options_.period != PeriodUnit::kNone;
  std::optional<Timeline> timeline;
  if (dynamic) timeline = MakeTimeline(graph, options_.period);
  WriteHeader(out, dynamic);
  WriteAllDeclarations(out, graph, code_names, dynamic);
  // Node size: by PageRank in a static file, by degree in a dynamic one.
  auto size_measure = [&](std::size_t i) {
    const NodeMetrics& metrics = graph.metrics(i);
    return dynamic ? static_cast<double>(metrics.degree) : metrics.pagerank;
  };
  double largest_measure = 0;
  for (std::size_t i = 0; i < graph.entity_count(); ++i)
    largest_measure = std::max(largest_measure, size_measure(i));
  out << "    <nodes>\n";
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    const Rgb color = options_.node_coloring == NodeColoring::kByCommunity
                          ? CommunityColor(graph.metrics(i).community)
                          : TypeColor(graph.entity(i).type);
    WriteNode(out, graph, i, code_names, color, NodeSize(size_measure(i), largest_measure),
              timeline ? &*timeline : nullptr);
  }
  out << "    </nodes>\n    <edges>\n";
  const std::vector<EdgeRelations> edges = GroupRelations(graph);
  for (const EdgeRelations& edge : edges)
    WriteEdge(out, edge, options_.evidence_limit, timeline ? &*timeline : nullptr);
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace newsgraph
