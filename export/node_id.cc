#include "export/node_id.h"

namespace newsgraph {

std::string NodeIdOfKey(std::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  if (key.empty()) return "-";
  std::string id;
  id.reserve(key.size());
  for (const char c : key) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':') {
      id += c;
    } else if (c == ' ') {
      id += '_';
    } else if (c == '/') {
      id += '.';
    } else {
      id += '-';
      id += kHex[byte >> 4];
      id += kHex[byte & 0xF];
    }
  }
  return id;
}

std::string NodeId(const Entity& entity) { return NodeIdOfKey(entity.id); }

}  // namespace newsgraph
