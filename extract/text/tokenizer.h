// Tokens and sentences with byte spans, following the CoNLL-2003 / Penn Treebank conventions the
// taggers were trained on.
#pragma once

#include <string_view>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// Splits `text` into sentences of tokens. Text inside `skip` (sorted, non-overlapping spans, e.g.
// boilerplate) yields no tokens and separates sentences.
//
// Tokens: punctuation and quotes are split off; abbreviations keep their period ("U.S.", "Feb.",
// "Gen.", "Jr.", initials such as "J."); hyphenated words stay whole ("U.S.-led", "al-Assad");
// "n't" and the clitics 's 're 've 'll 'd 'm are split off; numbers keep their commas and points.
// Sentences end at . ! ? (with any closing quotes or brackets) before a capitalised word, a quote
// or a digit, unless the period belongs to a title or month abbreviation; at a blank line; and at a
// line break after a line without final punctuation (a headline, a dateline) unless the next line
// continues in lower case.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<ByteSpan>& skip = {});

}  // namespace newsgraph
