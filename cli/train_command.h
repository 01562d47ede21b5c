// The `newsgraph train`, `evaluate-tagger` and `learn-name-types` subcommands.
#pragma once

#include <CLI/CLI.hpp>

namespace newsgraph {

// Registers `train` (trains a POS, chunk or NER model from CoNLL-2003 data and writes its file),
// `evaluate-tagger` (scores models against CoNLL-2003 gold data and measures their speed) and
// `learn-name-types` (writes the NER model's name-type list from a tagged corpus).
void AddTrainCommand(CLI::App& app);

}  // namespace newsgraph
