// The `newsgraph train`, `evaluate-tagger`, `evaluate-parser` and `learn-name-types` subcommands.
#pragma once

#include <CLI/CLI.hpp>

namespace newsgraph {

// Registers `train` (trains a POS, chunk or NER model from CoNLL-2003 data, or a dependency parser
// from CoNLL-U treebanks, and writes its file), `evaluate-tagger` (scores models against
// CoNLL-2003 gold data and measures their speed), `evaluate-parser` (attachment scores and speed
// of a parser on a CoNLL-U treebank) and
// `learn-name-types` (writes the NER model's name-type list from a tagged corpus).
void AddTrainCommand(CLI::App& app);

}  // namespace newsgraph
