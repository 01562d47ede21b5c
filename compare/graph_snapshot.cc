#include "compare/graph_snapshot.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

namespace newsgraph {
namespace {

using JsonValue = rapidjson::Value;

[[noreturn]] void Fail(const std::string& name, const std::string& what) {
  throw std::runtime_error(name + ": not a node-link graph: " + what);
}

std::string StringMember(const JsonValue& object, const char* key, const std::string& fallback) {
  const auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsString()) return fallback;
  return std::string(member->value.GetString(), member->value.GetStringLength());
}

double NumberMember(const JsonValue& object, const char* key, double fallback) {
  const auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsNumber()) return fallback;
  return member->value.GetDouble();
}

std::size_t CountMember(const JsonValue& object, const char* key, std::size_t fallback) {
  const auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsUint64()) return fallback;
  return static_cast<std::size_t>(member->value.GetUint64());
}

// The node or edge end id: a string, or an integer as NetworkX writes integer node names.
std::string IdMember(const JsonValue& object, const char* key, const std::string& name) {
  const auto member = object.FindMember(key);
  if (member != object.MemberEnd() && member->value.IsString())
    return std::string(member->value.GetString(), member->value.GetStringLength());
  if (member != object.MemberEnd() && member->value.IsInt64())
    return std::to_string(member->value.GetInt64());
  Fail(name, std::string("an entry without a string \"") + key + "\"");
}

const JsonValue& ArrayMember(const JsonValue& graph, std::initializer_list<const char*> keys,
                             const std::string& name) {
  for (const char* key : keys) {
    const auto member = graph.FindMember(key);
    if (member != graph.MemberEnd() && member->value.IsArray()) return member->value;
  }
  Fail(name, std::string("no \"") + *keys.begin() + "\" array");
}

SnapshotNode ReadNode(const JsonValue& value, const std::string& name) {
  if (!value.IsObject()) Fail(name, "a node that is not an object");
  SnapshotNode node;
  node.id = IdMember(value, "id", name);
  node.label = StringMember(value, "label", node.id);
  node.type = StringMember(value, "type", "");
  node.degree = CountMember(value, "degree", 0);
  node.weighted_degree = NumberMember(value, "weighted_degree", 0);
  node.pagerank = NumberMember(value, "pagerank", 0);
  return node;
}

std::vector<SnapshotEvidence> ReadEvidence(const JsonValue& edge) {
  std::vector<SnapshotEvidence> evidence;
  const auto member = edge.FindMember("evidence");
  if (member == edge.MemberEnd() || !member->value.IsArray()) return evidence;
  for (const JsonValue& entry : member->value.GetArray()) {
    if (!entry.IsObject()) continue;
    evidence.push_back({StringMember(entry, "document", ""), CountMember(entry, "sentence", 0),
                        StringMember(entry, "date", ""), StringMember(entry, "text", "")});
  }
  return evidence;
}

SnapshotEdge ReadEdge(const JsonValue& value, const std::string& name) {
  if (!value.IsObject()) Fail(name, "an edge that is not an object");
  SnapshotEdge edge;
  edge.source = IdMember(value, "source", name);
  edge.target = IdMember(value, "target", name);
  edge.label = StringMember(value, "label", StringMember(value, "relation", ""));
  edge.weight = CountMember(value, "weight", 1);
  edge.quad = static_cast<int>(NumberMember(value, "quad", 0));
  if (edge.quad < 0 || edge.quad > 4) edge.quad = 0;
  edge.evidence = ReadEvidence(value);
  return edge;
}

std::vector<SnapshotNode> ReadNodes(const JsonValue& graph, const std::string& name) {
  std::map<std::string, SnapshotNode> by_id;
  for (const JsonValue& value : ArrayMember(graph, {"nodes"}, name).GetArray()) {
    SnapshotNode node = ReadNode(value, name);
    const std::string id = node.id;
    if (!by_id.emplace(id, std::move(node)).second) Fail(name, "two nodes with id \"" + id + "\"");
  }
  std::vector<SnapshotNode> nodes;
  for (auto& [id, node] : by_id) nodes.push_back(std::move(node));
  return nodes;
}

std::vector<SnapshotEdge> ReadEdges(const JsonValue& graph, const std::set<std::string>& node_ids,
                                    const std::string& name) {
  std::map<std::tuple<std::string, std::string, std::string>, SnapshotEdge> by_identity;
  for (const JsonValue& value : ArrayMember(graph, {"links", "edges"}, name).GetArray()) {
    SnapshotEdge edge = ReadEdge(value, name);
    for (const std::string* end : {&edge.source, &edge.target})
      if (!node_ids.count(*end)) Fail(name, "an edge to \"" + *end + "\", which is not a node");
    auto [it, inserted] = by_identity.try_emplace({edge.source, edge.target, edge.label}, edge);
    if (inserted) continue;
    it->second.weight += edge.weight;
    it->second.evidence.insert(it->second.evidence.end(), edge.evidence.begin(),
                               edge.evidence.end());
  }
  std::vector<SnapshotEdge> edges;
  for (auto& [identity, edge] : by_identity) edges.push_back(std::move(edge));
  return edges;
}

}  // namespace

GraphSnapshot ReadGraphSnapshot(std::istream& in, const std::string& name) {
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
      text.data(), text.size());
  if (document.HasParseError())
    Fail(name, std::string(rapidjson::GetParseError_En(document.GetParseError())) + " (byte " +
                   std::to_string(document.GetErrorOffset()) + ")");
  if (!document.IsObject()) Fail(name, "the top level is not an object");
  GraphSnapshot graph;
  graph.nodes = ReadNodes(document, name);
  std::set<std::string> node_ids;
  for (const SnapshotNode& node : graph.nodes) node_ids.insert(node.id);
  graph.edges = ReadEdges(document, node_ids, name);
  return graph;
}

GraphSnapshot ReadGraphSnapshotFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read: " + std::strerror(errno));
  GraphSnapshot graph = ReadGraphSnapshot(in, path);
  if (in.bad()) throw std::runtime_error(path + ": cannot read: " + std::strerror(errno));
  return graph;
}

}  // namespace newsgraph
