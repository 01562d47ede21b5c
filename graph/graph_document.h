// What the graph stage reads of one document: the reduced form of a DocumentExtraction that
// GraphBuilder takes and partial graphs store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/types.h"
#include "graph/knowledge_graph.h"

namespace newsgraph {

// One document as the graph stage sees it. `mentions` keeps, in document order, only the mentions
// that can become nodes (CanBeNode), with the fields entity resolution reads (text, canonical,
// type, kind, sector); `triples` keeps the non-hypothetical triples between two such mentions that
// are both actors, negated ones included, with subject and object renumbered into `mentions` and
// the provenance the graph keeps (sentence index and text, event date).
struct GraphDocument {
  Article article;
  // BodyFingerprint of the document's sentences: equal for copies of one article, 0 when empty.
  std::uint64_t body_fingerprint = 0;
  std::vector<Mention> mentions;
  std::vector<Triple> triples;
};

// A fingerprint of what was read of a document: the letters and digits of its sentences' tokens,
// lower-cased (FNV-1a, 64 bits). Copies that differ only in spacing, punctuation, case or
// skipped boilerplate share it; an empty body has none (0).
std::uint64_t BodyFingerprint(const std::vector<Sentence>& sentences);

// Nationalities and other names are never nodes.
bool IsNodeType(EntityType type);
// A mention that can become a node: a name, or a nominal that names a specific group ("U.S.-led
// coalition", "pro-Russian separatists"). Generic nominals ("rebels", "the army") and pronouns
// that resolved to nothing named are no actors a graph can show.
bool CanBeNode(const Mention& mention);

// The graph stage's view of `extraction`; GraphBuilder gives the same graph for either.
GraphDocument ReduceForGraph(const DocumentExtraction& extraction);

}  // namespace newsgraph
