// Runs the extractor over a corpus: reading, boilerplate cleaning and extraction on several
// threads, results delivered in corpus order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/text/boilerplate.h"
#include "extract/text/corpus_reader.h"
#include "extract/extractor.h"

namespace newsgraph {

struct PipelineOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for JSONL on standard input
  bool keep_boilerplate = false;    // true: no cleaning (for gold sets already clean)
  unsigned threads = 0;             // 0: one per core
  std::size_t batch_documents = 256;
  ReaderOptions reader;
  BoilerplateOptions boilerplate;
  // Counts files (newsgraph learn-boilerplate) whose sum replaces the first pass; empty: the
  // first pass observes the inputs.
  std::vector<std::string> boilerplate_counts;
  // Documents it returns true for are read but not extracted (counted in PipelineStats::skipped);
  // may be empty.
  std::function<bool(const Document&)> skip;
};

struct PipelineStats {
  std::size_t documents = 0;   // documents extracted
  std::size_t skipped = 0;     // documents PipelineOptions::skip left out
  std::size_t problems = 0;    // diagnostics reported
  std::size_t text_bytes = 0;  // bytes of article text extracted
  std::size_t input_bytes = 0; // bytes of the input files read (CorpusReader::bytes_read)
  std::size_t sentences = 0;
  std::size_t mentions = 0;
  std::size_t triples = 0;
};

// Streams the corpus: memory holds two batches of documents (one read while the other is
// extracted), never the whole corpus. With cleaning
// on and every input rereadable (InputsCanBeReadTwice: no standard input, FIFO or device), a
// first reading pass learns the blocks repeated across documents (banners, footers); with
// `boilerplate_counts`, those files' counts stand for that pass (LearnBoilerplate). `sink` receives
// every extraction in corpus order, so output is the same whatever the thread count; `report`
// every diagnostic; `progress` the running totals after each batch (each may be empty).
PipelineStats RunPipeline(const Extractor& extractor, const PipelineOptions& options,
                          const std::function<void(DocumentExtraction&&)>& sink,
                          const std::function<void(const Diagnostic&)>& report,
                          const std::function<void(const PipelineStats&)>& progress = {});

// The boilerplate filter a run uses: cleaning off (`keep_boilerplate`) observes nothing;
// `boilerplate_counts` are read and added; otherwise every document of the inputs is observed,
// when they can be read twice or `always_observe`. Throws std::runtime_error for an unreadable or
// malformed counts file.
BoilerplateFilter LearnBoilerplate(const PipelineOptions& options, bool always_observe = false);

}  // namespace newsgraph
