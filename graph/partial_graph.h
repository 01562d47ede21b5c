// A partial graph: the mergeable, versioned summary of a set of documents that `newsgraph
// extract --partial` writes, `newsgraph merge` combines and `build` keeps beside its exports.
//
// It holds every document's GraphDocument (graph/graph_document.h): its article (id, title, date,
// source, url), its body fingerprint, the mentions corpus-level resolution reads (surface form,
// in-document canonical name, type, kind, sector; counts, type votes and co-mentions follow from
// them) and every non-hypothetical actor triple with its code, factuality, event date and
// provenance (sentence index and text). Graph options (--period, --sectors, --include-negated...)
// are applied when the graph is built, so one partial serves any of them.
//
// Canonical order: documents are kept and fed to GraphBuilder sorted by (document id, body
// fingerprint, encoded record). Build and merge both use it, so the graph depends on which
// documents were read, never on their order, the grouping of merges or the thread count: merging
// is associative and commutative, and a document id held twice (two shards, two articles sharing
// an id) resolves by that same order: the first keeps the id, the later ones are renamed "#2",
// "#3"; of several copies of one body (republished articles) the first is kept.
//
// File format (UTF-8 JSON lines, gzip-compressed when the name ends in ".gz"; readers detect gzip
// by its magic bytes): a header line {"format":"newsgraph partial graph","version":1,
// "dictionary":"<fingerprint>"}, one line
// per document in canonical order, then {"end":true,"documents":N}. The bytes depend only on the
// documents held.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "extract/types.h"
#include "graph/graph_builder.h"
#include "graph/graph_document.h"

namespace newsgraph {

// The format version this program writes and reads; any other is refused.
inline constexpr int kPartialGraphVersion = 1;

class PartialGraph {
 public:
  void Add(const DocumentExtraction& extraction);
  void Add(const GraphDocument& document);
  // Takes every document of `other` (a document held by both is then held twice, as when its
  // articles are read twice by `build`), and its dictionary when this one has none.
  void Merge(PartialGraph&& other);

  std::size_t documents() const { return records_.size(); }
  // A fingerprint of the actor dictionary options the documents were extracted with (the graph
  // stage applies the dictionary again, so partials are merged only under the same one); empty
  // when unknown.
  const std::string& dictionary() const { return dictionary_; }
  void set_dictionary(std::string fingerprint) { dictionary_ = std::move(fingerprint); }
  std::set<std::string> DocumentIds() const;

  // Adds every document to `builder` in canonical order. Of several documents sharing an id, the
  // first keeps it and the later ones are named "<id>#2", "<id>#3", ... (skipping ids held).
  // Each document's record is freed once added: the partial then holds no document.
  void AddTo(GraphBuilder& builder) &&;
  // Writes the file format above (uncompressed; wrap `out` in a GzipOutputBuffer for .gz).
  void Write(std::ostream& out);

  // Reads a partial graph file, plain or gzip. Throws std::runtime_error naming `path` (and the
  // line) for an unreadable file, a file that is no partial graph, another format version,
  // corrupt or truncated data.
  static PartialGraph Read(const std::string& path);

 private:
  struct Record {
    std::string id;
    std::uint64_t body_fingerprint = 0;
    std::string line;  // the encoded GraphDocument, without newline
  };
  void Sort();
  std::vector<Record> records_;
  bool sorted_ = true;
  std::string dictionary_;
};

// The one-line JSON encoding of `document` used in partial graph files, and its inverse (throws
// std::runtime_error with the reason on a malformed line).
std::string EncodeGraphDocument(const GraphDocument& document);
GraphDocument DecodeGraphDocument(const std::string& line);

}  // namespace newsgraph
