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

PipelineStats RunPipeline(const Extractor& extractor, const PipelineOptions& options,
                          const std::function<void(DocumentExtraction&&)>& sink,
                          const std::function<void(const Diagnostic&)>& report,
                          const std::function<void(const PipelineStats&)>& progress) {
  const BoilerplateFilter filter = LearnBoilerplate(options);

  unsigned threads = options.threads > 0 ? options.threads
                                         : std::max(1u, std::thread::hardware_concurrency());
  PipelineStats stats;
  CorpusReader reader(options.inputs, report, options.reader);
  std::vector<Document> batch;
  std::vector<DocumentExtraction> results;
  bool more = true;
  while (more) {
    batch.clear();
    Document document;
    while (batch.size() < std::max<std::size_t>(1, options.batch_documents) &&
           (more = reader.Next(document))) {
      if (options.skip && options.skip(document)) {
        stats.skipped += 1;
        continue;
      }
      batch.push_back(std::move(document));
    }
    if (batch.empty()) break;

    results.assign(batch.size(), DocumentExtraction());
    std::atomic<std::size_t> next{0};
    auto work = [&]() {
      for (std::size_t i; (i = next.fetch_add(1)) < batch.size();) {
        std::vector<ByteSpan> skip = filter.Find(batch[i]);
        results[i] = extractor.Extract(std::move(batch[i]), skip);
      }
    };
    unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, batch.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < workers; ++t) pool.emplace_back(work);
    work();
    for (std::thread& thread : pool) thread.join();

    for (DocumentExtraction& result : results) {
      stats.documents += 1;
      stats.text_bytes += result.document.text.size();
      stats.sentences += result.sentences.size();
      stats.mentions += result.mentions.size();
      stats.triples += result.triples.size();
      sink(std::move(result));
    }
    stats.problems = reader.problems();
    stats.input_bytes = reader.bytes_read();
    if (progress) progress(stats);
  }
  stats.problems = reader.problems();
  stats.input_bytes = reader.bytes_read();
  return stats;
}

}  // namespace newsgraph
