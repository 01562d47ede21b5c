// The parser's model file. Private to extract/syntax.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

inline constexpr std::string_view kParserMovesKind = "parser-moves";
inline constexpr std::string_view kParserLabelsKind = "parser-labels";

// The model file: gzip of a magic number, the format version (it also versions the feature
// templates) and the two SequenceModel files, the move model and the relation model.
std::string PackParserModel(std::string_view moves_gz, std::string_view labels_gz);

}  // namespace newsgraph
