#include <cstdint>
#include <string>
#include <string_view>

#include "compare/diff_report.h"

namespace newsgraph {
namespace {

// The code point of the well-formed UTF-8 sequence at `text[i]` and its length, or length 0.
std::pair<char32_t, std::size_t> DecodeUtf8(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || i + length > text.size() || lead > 0xF4) return {0, 0};
  char32_t code = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return {0, 0};
    code = (code << 6) | (byte(k) & 0x3F);
  }
  const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
    return {0, 0};
  return {code, length};
}

bool IsSpaceLike(char32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029;
}

bool IsBidiControl(char32_t code) {
  return (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

}  // namespace

std::string MarkdownText(std::string_view text) {
  static constexpr std::string_view kEscaped = "\\`*_[]<>|~&#!";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [code, length] = DecodeUtf8(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (IsSpaceLike(code)) {
      out += ' ';
    } else if (!IsBidiControl(code)) {
      if (length == 1 && kEscaped.find(static_cast<char>(code)) != std::string_view::npos)
        out += '\\';
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace newsgraph
