// Reading Universal Dependencies treebanks in the CoNLL-U format.
#pragma once

#include <istream>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// Reads the word lines of CoNLL-U text into sentences: Token::text (FORM), Token::pos (XPOS, or
// UPOS when XPOS is "_"), Token::head (HEAD - 1, so -1 for the root) and Token::deprel (DEPREL
// with its subtype, "nsubj:pass"). Comment lines, multiword-token range lines ("3-4") and empty
// nodes ("5.1") are skipped; a blank line ends a sentence. Token spans are left empty. Throws
// std::runtime_error "line N: ..." on a word line without ten columns, a word id out of order or a
// head outside the sentence.
std::vector<Sentence> ReadConllu(std::istream& in);

}  // namespace newsgraph
