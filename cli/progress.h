// The progress line of a run: documents, megabytes, triples, speed and, when the size of the
// input is known, the share read and the time left.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/corpus_pipeline.h"

namespace newsgraph {

// Bytes of the article files `inputs` name, as CorpusReader reads them: .txt and .jsonl files
// named or found in directories (recursed, hidden names skipped, regular files only). 0 when the
// size is unknown: standard input, or a FIFO or device named as an input.
std::uint64_t InputSize(const std::vector<std::string>& inputs);

// One progress line (no line ends): "12 documents, 3.1 MB, 40 triples, 0.8 MB/s" after `seconds`,
// prefixed by "42%" and followed by ", about 1:05 left" when `input_size` is known and some input
// has been read.
std::string ProgressLine(const PipelineStats& stats, std::uint64_t input_size, double seconds);

// Rewrites the progress line on standard error when it is a terminal, from two seconds into the
// run on; silent otherwise.
class Progress {
 public:
  explicit Progress(std::uint64_t input_size);
  void operator()(const PipelineStats& stats);
  void Finish();  // ends the line, if one was shown

 private:
  std::chrono::steady_clock::time_point start_;
  std::uint64_t input_size_;
  bool enabled_;
  bool shown_ = false;
};

}  // namespace newsgraph
