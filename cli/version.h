// What `newsgraph --version` prints.
#pragma once

#include <string>

namespace newsgraph {

// "newsgraph X.Y.Z" and, one line each, the models compiled into the program (resources/models)
// with their size and the first 16 hex digits of their SHA-256, so two builds can be told apart
// by the models they carry. No final line end.
std::string VersionText();

}  // namespace newsgraph
