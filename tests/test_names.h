// Names for the rows of parameterized tests (INSTANTIATE_TEST_SUITE_P's fourth argument).
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::testing {

// "<index>_<text>" with every character of `text` that is not an ASCII letter or digit written
// as '_' and at most 40 of them kept: a valid, unique and short gtest name.
inline std::string RowName(std::size_t index, std::string_view text) {
  std::string name = std::to_string(index);
  name += '_';
  for (std::size_t i = 0; i < text.size() && i < 40; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    name += std::isalnum(c) ? static_cast<char>(c) : '_';
  }
  return name;
}

}  // namespace newsgraph::testing
