#include "extract/corpus_pipeline.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "extract/text/gzip_stream.h"

namespace newsgraph {

namespace {

// The whole of the file at `path`, inflated when it is gzip data.
std::string ReadInflated(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
  ByteReader reader(fd, ByteReader::Mode::kDetect);
  std::string text;
  char buffer[1 << 16];
  long n = 0;
  while ((n = reader.Read(buffer, sizeof buffer)) > 0) text.append(buffer, n);
  ::close(fd);
  if (n < 0) throw std::runtime_error("cannot read " + path + ": " + reader.error());
  return text;
}

}  // namespace

BoilerplateFilter LearnBoilerplate(const PipelineOptions& options, bool always_observe) {
  BoilerplateOptions cleaning = options.boilerplate;
  cleaning.enabled = cleaning.enabled && !options.keep_boilerplate;
  BoilerplateFilter filter(cleaning);
  if (!cleaning.enabled) return filter;
  if (!options.boilerplate_counts.empty()) {
    for (const std::string& path : options.boilerplate_counts)
      filter.AddCounts(ReadInflated(path), path);
  } else if (always_observe || InputsCanBeReadTwice(options.inputs)) {
    CorpusReader first_pass(options.inputs, {}, options.reader);
    Document document;
    while (first_pass.Next(document)) filter.Observe(document);
  }
  filter.FinishObserving();
  return filter;
}

namespace {

// Reads up to `options.batch_documents` documents (those `options.skip` names only counted) into
// `batch`; false once the reader is exhausted.
bool ReadBatch(CorpusReader& reader, const PipelineOptions& options, PipelineStats& stats,
               std::vector<Document>& batch) {
  batch.clear();
  Document document;
  while (batch.size() < std::max<std::size_t>(1, options.batch_documents)) {
    if (!reader.Next(document)) return false;
    if (options.skip && options.skip(document)) {
      stats.skipped += 1;
      continue;
    }
    batch.push_back(std::move(document));
  }
  return true;
}

// Hands `results` to `sink` in order and counts them.
void SinkResults(std::vector<DocumentExtraction>& results,
                 const std::function<void(DocumentExtraction&&)>& sink, PipelineStats& stats) {
  for (DocumentExtraction& result : results) {
    stats.documents += 1;
    stats.text_bytes += result.document.text.size();
    stats.sentences += result.sentences.size();
    stats.mentions += result.mentions.size();
    stats.triples += result.triples.size();
    sink(std::move(result));
  }
  results.clear();
}

// Threads joined when the scope ends, also when it ends by an exception.
struct JoinedThreads {
  std::vector<std::thread> threads;
  ~JoinedThreads() {
    for (std::thread& thread : threads) thread.join();
  }
};

}  // namespace

PipelineStats RunPipeline(const Extractor& extractor, const PipelineOptions& options,
                          const std::function<void(DocumentExtraction&&)>& sink,
                          const std::function<void(const Diagnostic&)>& report,
                          const std::function<void(const PipelineStats&)>& progress) {
  const BoilerplateFilter filter = LearnBoilerplate(options);
  const unsigned threads = options.threads > 0 ? options.threads
                                               : std::max(1u, std::thread::hardware_concurrency());
  PipelineStats stats;
  CorpusReader reader(options.inputs, report, options.reader);
  std::vector<Document> batch, next_batch;
  std::vector<DocumentExtraction> results, previous_results;
  bool more = ReadBatch(reader, options, stats, batch);
  while (!batch.empty()) {
    results.assign(batch.size(), DocumentExtraction());
    std::atomic<std::size_t> next{0};
    auto work = [&]() {
      for (std::size_t i; (i = next.fetch_add(1)) < batch.size();) {
        std::vector<ByteSpan> skip = filter.Find(batch[i]);
        results[i] = extractor.Extract(std::move(batch[i]), skip);
      }
    };
    {
      // The other threads start on this batch while this one delivers the previous batch and
      // reads the next, then joins them: reading and the sink overlap extraction.
      JoinedThreads pool;
      const auto workers = static_cast<unsigned>(std::min<std::size_t>(threads, batch.size()));
      for (unsigned t = 1; t < workers; ++t) pool.threads.emplace_back(work);
      SinkResults(previous_results, sink, stats);
      if (stats.documents > 0 && progress) progress(stats);
      next_batch.clear();
      if (more) more = ReadBatch(reader, options, stats, next_batch);
      stats.problems = reader.problems();
      stats.input_bytes = reader.bytes_read();
      work();
    }
    previous_results.swap(results);
    batch.swap(next_batch);
  }
  SinkResults(previous_results, sink, stats);
  stats.problems = reader.problems();
  stats.input_bytes = reader.bytes_read();
  if (progress) progress(stats);
  return stats;
}

}  // namespace newsgraph
