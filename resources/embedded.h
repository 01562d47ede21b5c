// Data files from resources/, compiled into the program.
#pragma once

#include <string_view>

namespace newsgraph {

// The bytes of the resource file `name` (its path relative to resources/). Throws
// std::logic_error for a name that is not listed in resources/CMakeLists.txt.
std::string_view EmbeddedResource(std::string_view name);

}  // namespace newsgraph
