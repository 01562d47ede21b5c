#include "graph/graph_document.h"

#include <algorithm>

namespace newsgraph {

std::uint64_t BodyFingerprint(const std::vector<Sentence>& sentences) {
  std::uint64_t hash = 14695981039346656037ull;
  bool any = false;
  for (const Sentence& sentence : sentences) {
    for (const Token& token : sentence.tokens) {
      for (char c : token.text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          static_cast<unsigned char>(c) >= 0x80;
        if (!keep) continue;
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        any = true;
      }
    }
  }
  return any ? hash : 0;
}

bool IsNodeType(EntityType type) { return type != EntityType::kNorp && type != EntityType::kOther; }

bool CanBeNode(const Mention& mention) {
  if (!IsNodeType(mention.type)) return false;
  if (mention.kind == MentionKind::kName) return true;
  return std::any_of(mention.canonical.begin(), mention.canonical.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

namespace {

// The mention as resolution reads it: no spans, title or token indices.
Mention ReducedMention(const Mention& mention) {
  Mention reduced;
  reduced.text = mention.text;
  reduced.canonical = mention.canonical;
  reduced.type = mention.type;
  reduced.kind = mention.kind;
  reduced.sector = mention.sector;
  return reduced;
}

// The triple as the graph keeps it, its ends renumbered by `index`.
Triple ReducedTriple(const Triple& triple, const std::vector<std::size_t>& index) {
  Triple reduced;
  reduced.subject = index[triple.subject];
  reduced.object = index[triple.object];
  reduced.relation = triple.relation;
  reduced.negated = triple.negated;
  reduced.factuality = triple.negated ? Factuality::kNegated : Factuality::kAsserted;
  reduced.event_date.date = triple.event_date.date;
  reduced.provenance.sentence = triple.provenance.sentence;
  reduced.provenance.sentence_text = triple.provenance.sentence_text;
  return reduced;
}

}  // namespace

GraphDocument ReduceForGraph(const DocumentExtraction& extraction) {
  constexpr std::size_t kDropped = static_cast<std::size_t>(-1);
  GraphDocument out;
  const Document& document = extraction.document;
  out.article = {document.id, document.title, document.date, document.source, document.url};
  out.body_fingerprint = BodyFingerprint(extraction.sentences);
  std::vector<std::size_t> index(extraction.mentions.size(), kDropped);
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m) {
    if (!CanBeNode(extraction.mentions[m])) continue;
    index[m] = out.mentions.size();
    out.mentions.push_back(ReducedMention(extraction.mentions[m]));
  }
  for (const Triple& triple : extraction.triples) {
    if (index[triple.subject] == kDropped || index[triple.object] == kDropped) continue;
    if (!IsActorType(extraction.mentions[triple.subject].type) ||
        !IsActorType(extraction.mentions[triple.object].type))
      continue;
    out.triples.push_back(ReducedTriple(triple, index));
  }
  return out;
}

}  // namespace newsgraph
