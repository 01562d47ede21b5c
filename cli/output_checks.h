// Checks that an output cannot destroy or feed back into the inputs of the same run.
#pragma once

#include <string>
#include <vector>

namespace newsgraph {

// Throws std::runtime_error when `output` is one of `inputs` (the same file by any path), or lies
// inside an input directory under a name the directory walk reads (.txt, .jsonl).
void CheckOutputIsNotAnInput(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace newsgraph
