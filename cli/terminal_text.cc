#include "cli/terminal_text.h"

#include <cstdio>

#include "extract/text/corpus_reader.h"

namespace newsgraph {
namespace {

// Length of the well-formed UTF-8 sequence starting `text` (0 when it is not one).
std::size_t SequenceLength(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (length > text.size() || !IsValidUtf8(text.substr(0, length))) return 0;
  return length;
}

// The code point of a well-formed sequence of `length` bytes.
char32_t CodePoint(std::string_view text, std::size_t length) {
  const auto lead = static_cast<unsigned char>(text[0]);
  char32_t code = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (text[i] & 0x3F);
  return code;
}

bool ActsOnTerminal(char32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2066 && code <= 0x2069);
}

}  // namespace

std::string EscapeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = SequenceLength(text.substr(i));
    char escaped[12];
    if (length == 0) {
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(text[i]));
      out += escaped;
      ++i;
      continue;
    }
    const char32_t code = CodePoint(text.substr(i), length);
    if (!ActsOnTerminal(code)) {
      out.append(text, i, length);
    } else if (code < 0x80) {
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(code));
      out += escaped;
    } else {
      std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(code));
      out += escaped;
    }
    i += length;
  }
  return out;
}

}  // namespace newsgraph
