#include "export/json_writer.h"

#include <rapidjson/prettywriter.h>

#include <optional>
#include <string>

#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::FormatDouble;
using export_internal::ToValidUtf8;

// RapidJSON output stream that hands characters to a std::ostream in blocks rather than one by one.
// Characters not yet flushed when it is destroyed are dropped.
class BlockOutput {
 public:
  using Ch = char;

  explicit BlockOutput(std::ostream& out) : out_(out) { block_.reserve(kBlockSize); }
  BlockOutput(const BlockOutput&) = delete;
  BlockOutput& operator=(const BlockOutput&) = delete;

  void Put(char c) {
    block_ += c;
    if (block_.size() >= kBlockSize) Flush();
  }
  void Flush() {
    out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
    block_.clear();
  }

 private:
  static constexpr std::size_t kBlockSize = 1 << 16;
  std::ostream& out_;
  std::string block_;
};

using JsonOut = rapidjson::PrettyWriter<BlockOutput>;

void String(JsonOut& json, std::string_view text) {
  const std::string valid = ToValidUtf8(text);
  json.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Member(JsonOut& json, std::string_view key, std::string_view text) {
  String(json, key);
  String(json, text);
}

void Member(JsonOut& json, std::string_view key, std::size_t value) {
  String(json, key);
  json.Uint64(value);
}

void Double(JsonOut& json, double value) {
  const std::optional<std::string> text = FormatDouble(value);
  if (!text) {
    json.Null();
    return;
  }
  json.RawValue(text->data(), text->size(), rapidjson::kNumberType);
}

void WriteMetrics(JsonOut& json, const NodeMetrics& metrics) {
  Member(json, "degree", metrics.degree);
  Member(json, "in_degree", metrics.in_degree);
  Member(json, "out_degree", metrics.out_degree);
  String(json, "weighted_degree");
  Double(json, metrics.weighted_degree);
  String(json, "pagerank");
  Double(json, metrics.pagerank);
  String(json, "betweenness");
  Double(json, metrics.betweenness);
  Member(json, "community", metrics.community);
}

// The attributes of a node (everything but its id), as members of the open object.
void NodeAttributes(JsonOut& json, const KnowledgeGraph& graph, std::size_t index) {
  const Entity& entity = graph.entity(index);
  Member(json, "label", entity.name);
  Member(json, "type", EntityTypeName(entity.type));
  String(json, "aliases");
  json.StartArray();
  for (const std::string& alias : entity.aliases) String(json, alias);
  json.EndArray();
  Member(json, "mentions", entity.mentions);
  Member(json, "documents", entity.documents);
  WriteMetrics(json, graph.metrics(index));
  if (!entity.sector.empty()) Member(json, "sector", entity.sector);
  String(json, "codes");
  json.StartObject();
  for (const auto& [code, value] : entity.codes) Member(json, code, value);
  json.EndObject();
}

// The attributes of an edge (everything but its ends), as members of the open object.
void EdgeAttributes(JsonOut& json, const Relation& relation) {
  Member(json, "relation", relation.code.label);
  Member(json, "label", relation.code.label);
  Member(json, "weight", relation.weight);
  Member(json, "cameo", relation.code.cameo);
  String(json, "quad");
  json.Int(relation.code.quad);
  String(json, "goldstein");
  Double(json, relation.code.goldstein);
  Member(json, "plover", relation.code.plover);
  Member(json, "documents", relation.documents);
  Member(json, "first_seen", relation.first_seen);
  Member(json, "last_seen", relation.last_seen);
  String(json, "evidence");
  json.StartArray();
  for (const Evidence& evidence : relation.evidence) {
    json.StartObject();
    Member(json, "document", evidence.document_id);
    Member(json, "sentence", evidence.sentence);
    Member(json, "date", evidence.date);
    Member(json, "text", evidence.text);
    json.EndObject();
  }
  json.EndArray();
}

void NodeLinkNode(JsonOut& json, const KnowledgeGraph& graph, std::size_t index) {
  json.StartObject();
  Member(json, "id", NodeId(graph.entity(index)));
  NodeAttributes(json, graph, index);
  json.EndObject();
}

void NodeLinkEdge(JsonOut& json, const Relation& relation) {
  json.StartObject();
  Member(json, "source", NodeIdOfKey(relation.source));
  Member(json, "target", NodeIdOfKey(relation.target));
  EdgeAttributes(json, relation);
  json.EndObject();
}

void GraphologyNode(JsonOut& json, const KnowledgeGraph& graph, std::size_t index) {
  json.StartObject();
  Member(json, "key", NodeId(graph.entity(index)));
  String(json, "attributes");
  json.StartObject();
  NodeAttributes(json, graph, index);
  json.EndObject();
  json.EndObject();
}

void GraphologyEdge(JsonOut& json, const Relation& relation) {
  json.StartObject();
  Member(json, "source", NodeIdOfKey(relation.source));
  Member(json, "target", NodeIdOfKey(relation.target));
  String(json, "attributes");
  json.StartObject();
  EdgeAttributes(json, relation);
  json.EndObject();
  json.EndObject();
}

// Runs `body` on a pretty-printing writer over `out` and ends the document with a newline.
template <typename Body>
void WritePretty(std::ostream& out, Body body) {
  BlockOutput stream(out);
  JsonOut json(stream);
  json.SetIndent(' ', 2);
  body(json);
  stream.Put('\n');
  stream.Flush();
}

}  // namespace

void JsonWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  WritePretty(out, [&](JsonOut& json) {
    json.StartObject();
    String(json, "directed");
    json.Bool(true);
    String(json, "multigraph");
    json.Bool(true);
    String(json, "counts");
    json.StartObject();
    Member(json, "nodes", graph.entity_count());
    Member(json, "links", graph.relation_count());
    json.EndObject();
    String(json, "nodes");
    json.StartArray();
    for (std::size_t i = 0; i < graph.entity_count(); ++i) NodeLinkNode(json, graph, i);
    json.EndArray();
    String(json, "links");
    json.StartArray();
    for (std::size_t i = 0; i < graph.relation_count(); ++i) NodeLinkEdge(json, graph.relation(i));
    json.EndArray();
    json.EndObject();
  });
}

void GraphologyWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  WritePretty(out, [&](JsonOut& json) {
    json.StartObject();
    String(json, "options");
    json.StartObject();
    Member(json, "type", "directed");
    String(json, "multi");
    json.Bool(true);
    String(json, "allowSelfLoops");
    json.Bool(true);
    json.EndObject();
    String(json, "attributes");
    json.StartObject();
    json.EndObject();
    String(json, "nodes");
    json.StartArray();
    for (std::size_t i = 0; i < graph.entity_count(); ++i) GraphologyNode(json, graph, i);
    json.EndArray();
    String(json, "edges");
    json.StartArray();
    for (std::size_t i = 0; i < graph.relation_count(); ++i)
      GraphologyEdge(json, graph.relation(i));
    json.EndArray();
    json.EndObject();
  });
}

}  // namespace newsgraph
