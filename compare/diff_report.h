// The report of `newsgraph diff`: a GraphDiff written as JSON for programs and as Markdown for a
// person. Both are deterministic: the same diff and names give the same bytes.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "compare/graph_diff.h"

namespace newsgraph {

// What was compared, as the user named it: two build directories, or two period keys.
struct DiffSubject {
  std::string old_name;
  std::string new_name;
};

// Entries of each list the Markdown report shows; the JSON holds every entry.
inline constexpr std::size_t kMarkdownListLength = 10;
// Evidence sentences the Markdown report quotes from each side of a flip.
inline constexpr std::size_t kMarkdownEvidencePerSide = 3;

// Writes {"old": {"name", "nodes", "edges", "dyads", "weight"}, "new": {...},
//   "edge_jaccard", "dyad_jaccard", "weight_correlation" (numbers, null when undefined),
//   "nodes"|"edges"|"dyads": {"appeared_count", "disappeared_count", "persisted_count",
//                             "appeared": [...], "disappeared": [...], "persisted": [...]},
//   "weight_increases": [edge...], "weight_decreases": [edge...],
//   "flips": [{"source", "target", "source_label", "target_label",
//              "old"|"new": {"class", "cooperation", "conflict",
//                            "evidence": [{"relation", "document", "sentence", "date", "text"}]}}],
//   "degree_movers": [node...], "pagerank_movers": [node...]}
// where a node is {"id", "label", "type", "old_degree", "new_degree", "degree_change",
// "old_weighted_degree", "new_weighted_degree", "old_pagerank", "new_pagerank",
// "pagerank_change"} and an edge (a dyad, without "label") {"source", "target", "source_label",
// "target_label", "label", "old_weight", "new_weight", "weight_change"}; lists in GraphDiff's
// order, two-space indent, numbers in shortest round-trip form.
void WriteDiffJson(const GraphDiff& diff, const DiffSubject& subject, std::ostream& out);

// Writes the Markdown report (CommonMark with GitHub tables): a summary table, then sections for
// nodes, edges, weight changes, cooperation/conflict flips with quoted evidence, and movers by
// degree and PageRank, each list cut to kMarkdownListLength entries with a count of the rest.
// Text from the graphs is escaped (MarkdownText) so it stays inside its table cell or line.
void WriteDiffMarkdown(const GraphDiff& diff, const DiffSubject& subject, std::ostream& out);

// `text` as inline Markdown that renders as the text itself on one line: ill-formed UTF-8 becomes
// U+FFFD; tab, CR, LF and other C0 and C1 controls, DEL, U+2028 and U+2029 become a space; the
// bidirectional embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069) are
// dropped; and \ ` * _ [ ] < > | ~ & # ! are backslash-escaped, so no HTML, link, emphasis, code
// span or table cell boundary can come from it.
std::string MarkdownText(std::string_view text);

}  // namespace newsgraph
