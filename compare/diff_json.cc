#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>

#include "compare/diff_report.h"

namespace newsgraph {
namespace {

using JsonOut = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Key(JsonOut& json, std::string_view key) {
  json.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void Member(JsonOut& json, std::string_view key, std::string_view text) {
  Key(json, key);
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void Member(JsonOut& json, std::string_view key, std::size_t value) {
  Key(json, key);
  json.Uint64(value);
}

void SignedMember(JsonOut& json, std::string_view key, std::size_t from, std::size_t to) {
  Key(json, key);
  json.Int64(static_cast<std::int64_t>(to) - static_cast<std::int64_t>(from));
}

void NumberMember(JsonOut& json, std::string_view key, std::optional<double> value) {
  Key(json, key);
  if (value && std::isfinite(*value))
    json.Double(*value == 0 ? 0.0 : *value);
  else
    json.Null();
}

void WriteNode(JsonOut& json, const NodeDiff& node) {
  json.StartObject();
  Member(json, "id", node.id);
  Member(json, "label", node.label);
  Member(json, "type", node.type);
  Member(json, "old_degree", node.old_degree);
  Member(json, "new_degree", node.new_degree);
  SignedMember(json, "degree_change", node.old_degree, node.new_degree);
  NumberMember(json, "old_weighted_degree", node.old_weighted_degree);
  NumberMember(json, "new_weighted_degree", node.new_weighted_degree);
  NumberMember(json, "old_pagerank", node.old_pagerank);
  NumberMember(json, "new_pagerank", node.new_pagerank);
  NumberMember(json, "pagerank_change", node.new_pagerank - node.old_pagerank);
  json.EndObject();
}

void WriteEdge(JsonOut& json, const EdgeDiff& edge, bool with_label) {
  json.StartObject();
  Member(json, "source", edge.source);
  Member(json, "target", edge.target);
  Member(json, "source_label", edge.source_label);
  Member(json, "target_label", edge.target_label);
  if (with_label) Member(json, "label", edge.label);
  Member(json, "old_weight", edge.old_weight);
  Member(json, "new_weight", edge.new_weight);
  SignedMember(json, "weight_change", edge.old_weight, edge.new_weight);
  json.EndObject();
}

template <typename Item, typename WriteItem>
void WriteList(JsonOut& json, std::string_view key, const std::vector<Item>& items,
               WriteItem write_item) {
  Key(json, key);
  json.StartArray();
  for (const Item& item : items) write_item(json, item);
  json.EndArray();
}

template <typename Item, typename WriteItem>
void WriteSetDiff(JsonOut& json, std::string_view key, const SetDiff<Item>& diff,
                  WriteItem write_item) {
  Key(json, key);
  json.StartObject();
  Member(json, "appeared_count", diff.appeared.size());
  Member(json, "disappeared_count", diff.disappeared.size());
  Member(json, "persisted_count", diff.persisted.size());
  WriteList(json, "appeared", diff.appeared, write_item);
  WriteList(json, "disappeared", diff.disappeared, write_item);
  WriteList(json, "persisted", diff.persisted, write_item);
  json.EndObject();
}

void WriteTotals(JsonOut& json, std::string_view key, const std::string& name,
                 const GraphTotals& totals) {
  Key(json, key);
  json.StartObject();
  Member(json, "name", name);
  Member(json, "nodes", totals.nodes);
  Member(json, "edges", totals.edges);
  Member(json, "dyads", totals.dyads);
  Member(json, "weight", totals.weight);
  json.EndObject();
}

void WriteStance(JsonOut& json, std::string_view key, const DyadStance& stance) {
  Key(json, key);
  json.StartObject();
  Member(json, "class", DyadClassName(stance.dyad_class));
  Member(json, "cooperation", stance.cooperation);
  Member(json, "conflict", stance.conflict);
  WriteList(json, "evidence", stance.evidence, [](JsonOut& out, const auto& entry) {
    out.StartObject();
    Member(out, "relation", entry.first);
    Member(out, "document", entry.second.document);
    Member(out, "sentence", entry.second.sentence);
    Member(out, "date", entry.second.date);
    Member(out, "text", entry.second.text);
    out.EndObject();
  });
  json.EndObject();
}

void WriteFlip(JsonOut& json, const DyadFlip& flip) {
  json.StartObject();
  Member(json, "source", flip.source);
  Member(json, "target", flip.target);
  Member(json, "source_label", flip.source_label);
  Member(json, "target_label", flip.target_label);
  WriteStance(json, "old", flip.old_stance);
  WriteStance(json, "new", flip.new_stance);
  json.EndObject();
}

}  // namespace

void WriteDiffJson(const GraphDiff& diff, const DiffSubject& subject, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonOut json(buffer);
  json.SetIndent(' ', 2);
  const auto edge = [](JsonOut& j, const EdgeDiff& e) { WriteEdge(j, e, true); };
  const auto dyad = [](JsonOut& j, const EdgeDiff& e) { WriteEdge(j, e, false); };
  json.StartObject();
  WriteTotals(json, "old", subject.old_name, diff.old_totals);
  WriteTotals(json, "new", subject.new_name, diff.new_totals);
  NumberMember(json, "edge_jaccard", diff.edge_jaccard);
  NumberMember(json, "dyad_jaccard", diff.dyad_jaccard);
  NumberMember(json, "weight_correlation", diff.weight_correlation);
  WriteSetDiff(json, "nodes", diff.nodes, WriteNode);
  WriteSetDiff(json, "edges", diff.edges, edge);
  WriteSetDiff(json, "dyads", diff.dyads, dyad);
  WriteList(json, "weight_increases", diff.weight_increases, edge);
  WriteList(json, "weight_decreases", diff.weight_decreases, edge);
  WriteList(json, "flips", diff.flips, WriteFlip);
  WriteList(json, "degree_movers", diff.degree_movers, WriteNode);
  WriteList(json, "pagerank_movers", diff.pagerank_movers, WriteNode);
  json.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

}  // namespace newsgraph
