#include "export/text_escape.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <system_error>

namespace newsgraph::export_internal {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

// One decoded code point and the number of bytes it took. An ill-formed sequence is reported as
// U+FFFD covering its maximal subpart, so decoding always advances by at least one byte.
struct DecodedCodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool well_formed = true;
};

DecodedCodePoint DecodeAt(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1};
  // Table 3-7 of the Unicode standard: the allowed range of the second byte depends on the lead.
  std::size_t continuation_bytes = 0;
  char32_t value = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation_bytes = 1;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuation_bytes = 2;
    value = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuation_bytes = 3;
    value = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {kReplacementCharacter, 1, false};
  }
  std::size_t length = 1;
  for (std::size_t i = 0; i < continuation_bytes; ++i) {
    if (pos + length >= text.size()) return {kReplacementCharacter, length, false};
    const auto byte = static_cast<unsigned char>(text[pos + length]);
    if (byte < low || byte > high) return {kReplacementCharacter, length, false};
    value = (value << 6) | (byte & 0x3F);
    ++length;
    low = 0x80;
    high = 0xBF;
  }
  return {value, length};
}

// Calls `visit(code_point, bytes)` for every code point of `text`, with ill-formed subparts
// given as U+FFFD (and `bytes` then holding its UTF-8 encoding).
template <typename Visitor>
void ForEachCodePoint(std::string_view text, Visitor visit) {
  static constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";
  std::size_t pos = 0;
  while (pos < text.size()) {
    const DecodedCodePoint decoded = DecodeAt(text, pos);
    visit(decoded.value, decoded.well_formed ? text.substr(pos, decoded.length) : kReplacementUtf8);
    pos += decoded.length;
  }
}

bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The entity or character reference XmlEscape writes for `c`, or "" when `c` is written as is.
std::string_view XmlReference(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\r':
      return "&#13;";
    default:
      return "";
  }
}

// The two-character escape CypherString writes for `c`, or "" when there is none.
std::string_view CypherShortEscape(char32_t c) {
  switch (c) {
    case '\\':
      return "\\\\";
    case '\'':
      return "\\'";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    default:
      return "";
  }
}

bool NeedsUnicodeEscape(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFFFE ||
         c == 0xFFFF;
}

}  // namespace

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t c, std::string_view bytes) {
    if (const std::string_view reference = XmlReference(c); !reference.empty()) {
      out += reference;
    } else if (IsXmlChar(c)) {
      out += bytes;
    }
  });
  return out;
}

std::string CypherString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  ForEachCodePoint(text, [&](char32_t c, std::string_view bytes) {
    if (const std::string_view escape = CypherShortEscape(c); !escape.empty()) {
      out += escape;
    } else if (NeedsUnicodeEscape(c)) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(c));
      out += escaped;
    } else {
      out += bytes;
    }
  });
  out += '\'';
  return out;
}

std::string CypherRelationshipType(std::string_view label) {
  std::string type;
  bool pending_separator = false;
  for (char c : label) {
    if (IsAsciiLetter(c) || IsAsciiDigit(c)) {
      if (pending_separator && !type.empty()) type += '_';
      pending_separator = false;
      type += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    } else {
      pending_separator = true;
    }
  }
  if (type.empty() || !IsAsciiLetter(type.front())) return "RELATED_TO";
  return type;
}

std::optional<std::string> FormatDouble(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  if (value == 0) value = 0;  // -0.0 prints as "0.0"
  char buffer[400];           // fixed notation of DBL_MAX needs 309 digits
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  if (error != std::errc()) return std::nullopt;
  std::string text(buffer, end);
  if (text.find('.') == std::string::npos) text += ".0";
  return text;
}

std::string EvidenceLine(const Evidence& evidence) {
  return "[" + evidence.document_id + " #" + std::to_string(evidence.sentence) + "] " +
         evidence.text;
}

std::string JoinedEvidence(const std::vector<const Relation*>& relations, std::size_t limit) {
  std::string joined;
  std::size_t count = 0;
  for (const Relation* relation : relations) {
    for (const Evidence& evidence : relation->evidence) {
      if (count == limit) return joined;
      if (count++ > 0) joined += '\n';
      if (relations.size() > 1) joined.append("(").append(relation->code.label).append(") ");
      joined += EvidenceLine(evidence);
    }
  }
  return joined;
}

std::string RelationList(const std::vector<const Relation*>& relations) {
  std::string list;
  for (const Relation* relation : relations) {
    if (!list.empty()) list += "; ";
    list.append(relation->code.label)
        .append(" (")
        .append(std::to_string(relation->weight))
        .append(")");
  }
  return list;
}

std::map<std::string, std::string> CodeAttributeNames(const KnowledgeGraph& graph) {
  std::map<std::string, std::string> names;
  for (std::size_t i = 0; i < graph.entity_count(); ++i) {
    for (const auto& [code, value] : graph.entity(i).codes) names.emplace(code, std::string());
  }
  std::set<std::string> taken;
  for (auto& [code, name] : names) {
    std::string base = "code_";
    for (char c : code) base += (IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_') ? c : '_';
    name = base;
    for (int suffix = 2; taken.count(name) > 0; ++suffix)
      name = base + "_" + std::to_string(suffix);
    taken.insert(name);
  }
  return names;
}

std::string_view TrimEscapedSpace(std::string_view text) {
  static constexpr std::string_view kEscapedCarriageReturn = "&#13;";
  for (;;) {
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) {
      text.remove_prefix(1);
    } else if (text.starts_with(kEscapedCarriageReturn)) {
      text.remove_prefix(kEscapedCarriageReturn.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) {
      text.remove_suffix(1);
    } else if (text.ends_with(kEscapedCarriageReturn)) {
      text.remove_suffix(kEscapedCarriageReturn.size());
    } else {
      break;
    }
  }
  return text;
}

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string list;
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    if (i > 0) list += ';';
    for (char c : aliases[i]) list += c == ';' ? ',' : c;
  }
  return list;
}

}  // namespace newsgraph::export_internal
