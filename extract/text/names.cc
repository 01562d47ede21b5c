#include "extract/text/names.h"

namespace newsgraph {
namespace {

// ASCII folding of U+00C0..U+017F; '\0' where the letter has no single-letter fold.
constexpr char kLatinFold[] =
    "AAAAAAACEEEEIIII"  // C0-CF
    "DNOOOOO\0OUUUUYTs"  // D0-DF
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty"  // F0-FF
    "AaAaAaCcCcCcCcDd"  // 100-10F
    "DdEeEeEeEeEeGgGg"  // 110-11F
    "GgGgHhHhIiIiIiIi"  // 120-12F
    "IiJjJjKkkLlLlLlL"  // 130-13F
    "lLlNnNnNnnNnOoOo"  // 140-14F
    "OoOoRrRrRrSsSsSs"  // 150-15F
    "SsTtTtTtUuUuUuUu"  // 160-16F
    "UuUuWwYyYZzZzZzs";  // 170-17F

}  // namespace

char FoldLatinLetter(char32_t code_point) {
  return code_point >= 0xC0 && code_point <= 0x17F ? kLatinFold[code_point - 0xC0] : '\0';
}

std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  };
  for (std::size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        put(static_cast<char>(c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
        put(static_cast<char>(c));
      } else if (c == '.' || c == '\'' || c == '`') {
        if (c == '\'' && i < name.size() && (name[i] == 's' || name[i] == 'S') &&
            (i + 1 == name.size() || name[i + 1] == ' ')) {
          ++i;  // possessive 's
        }
      } else {
        pending_space = true;
      }
      continue;
    }
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t cp = length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; k < length && i + k < name.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    if (const char folded = FoldLatinLetter(cp); folded != '\0') {
      put(folded >= 'A' && folded <= 'Z' ? static_cast<char>(folded - 'A' + 'a') : folded);
    } else if (cp == 0xDF) {
      put('s');
      put('s');
    } else if (cp == 0x2019 || cp == 0x2018) {
      if (i + length < name.size() && (name[i + length] == 's' || name[i + length] == 'S') &&
          (i + length + 1 == name.size() || name[i + length + 1] == ' '))
        ++i;  // possessive ’s
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == 0xA0 ||
               cp < 0xC0) {
      pending_space = true;
    } else {
      for (std::size_t k = 0; k < length && i + k < name.size(); ++k) {
        put(name[i + k]);
      }
    }
    i += length;
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool IsAllCaps(std::string_view word) {
  bool letter = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

bool StartsWithUpper(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (word.size() < 2) return false;
  char32_t cp = c >= 0xE0 ? 0 : ((c & 0x1F) << 6) | (static_cast<unsigned char>(word[1]) & 0x3F);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

}  // namespace newsgraph
