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

void WriteNode(JsonOut& json, const KnowledgeGraph& graph, std::size_t index) {
  const Entity& entity = graph.entity(index);
  json.StartObject();
  Member(json, "id", NodeId(entity));
  Member(json, "label", entity.name);
  Member(json, "type", EntityTypeName(entity.type));
  String(json, "aliases");
  json.StartArray();
  for (const std::string& alias : entity.aliases) String(json, alias);
  json.EndArray();
  Member(json, "mentions", entity.mentions);
  Member(json, "documents", entity.documents);
  Member(json, "degree", graph.Degree(index));
  if (!entity.sector.empty()) Member(json, "sector", entity.sector);
  String(json, "codes");
  json.StartObject();
  for (const auto& [code, value] : entity.codes) Member(json, code, value);
  json.EndObject();
  json.EndObject();
}

void WriteEdge(JsonOut& json, const Relation& relation) {
  json.StartObject();
  Member(json, "source", NodeIdOfKey(relation.source));
  Member(json, "target", NodeIdOfKey(relation.target));
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
  json.EndObject();
}

}  // namespace

void JsonWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  BlockOutput stream(out);
  JsonOut json(stream);
  json.SetIndent(' ', 2);
  json.StartObject();
  String(json, "directed");
  json.Bool(true);
  String(json, "multigraph");
  json.Bool(true);
  String(json, "counts");
  json.StartObject();
  Member(json, "nodes", graph.entity_count());
  Member(json, "edges", graph.relation_count());
  json.EndObject();
  String(json, "nodes");
  json.StartArray();
  for (std::size_t i = 0; i < graph.entity_count(); ++i) WriteNode(json, graph, i);
  json.EndArray();
  String(json, "edges");
  json.StartArray();
  for (std::size_t i = 0; i < graph.relation_count(); ++i) WriteEdge(json, graph.relation(i));
  json.EndArray();
  json.EndObject();
  stream.Put('\n');
  stream.Flush();
}

}  // namespace newsgraph
