// Parsing with multi-word names held together: each name is parsed as one word, then spread back
// over its tokens. News sentences open with long runs of proper nouns ("United States Senator
// from Vermont Bernie Sanders endorsed ..."), which a greedy parser trained on treebanks splits
// into subjects, appositions and objects of their own; read as one word, the name is one noun.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/syntax/dependency_parser.h"
#include "extract/types.h"

namespace newsgraph {

// Tokens [first, end) of a sentence that form one name, headed by token `head` inside them. The
// tokens before the head attach to it as `compound` ("United States Department", "President
// Joe Biden"), those after it as `flat` ("Joe Biden", headed by "Joe" as in UD).
struct TokenUnit {
  std::size_t first = 0;
  std::size_t end = 0;
  std::size_t head = 0;
};

// The number of tokens of a dateline opening the sentence: one to four words in capitals, maybe
// an agency in parentheses, then a dash ("LUXEMBOURG -", "NEW YORK (Reuters) -"); 0 when none.
std::size_t DatelineLength(const Sentence& sentence);

// Fills Token::head and Token::deprel of every token like DependencyParser::Parse, parsing each
// unit of two tokens or more as the single word it ends with. A dateline is left out of the parse
// and hangs from the root as `dep` (its place) and `flat`/`punct` (the rest); units inside it are
// ignored. Units must lie inside the sentence and not overlap; any order.
void ParseWithUnits(const DependencyParser& parser, Sentence& sentence,
                    std::vector<TokenUnit> units);

}  // namespace newsgraph
