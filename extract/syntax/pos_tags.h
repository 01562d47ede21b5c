#pragma once

#include <string_view>

namespace newsgraph {

// Classes of Penn Treebank part-of-speech tags.
inline bool IsVerbTag(std::string_view pos) { return pos.starts_with("VB") || pos == "MD"; }
inline bool IsAdverbTag(std::string_view pos) { return pos.starts_with("RB"); }
inline bool IsNounTag(std::string_view pos) { return pos.starts_with("NN"); }
inline bool IsAdjectiveTag(std::string_view pos) { return pos.starts_with("JJ"); }
// Finite verbs and modals end a noun phrase; participles may sit inside one.
inline bool IsFiniteVerbTag(std::string_view pos) {
  return pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "VB" || pos == "MD";
}

}  // namespace newsgraph
