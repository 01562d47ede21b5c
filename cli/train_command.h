// The `newsgraph train` and `newsgraph evaluate-tagger` subcommands.
#pragma once

#include <CLI/CLI.hpp>

namespace newsgraph {

// Registers `train` (trains a POS, chunk or NER model from CoNLL-2003 data and writes its file)
// and `evaluate-tagger` (scores models against CoNLL-2003 gold data and measures their speed).
void AddTrainCommand(CLI::App& app);

}  // namespace newsgraph
