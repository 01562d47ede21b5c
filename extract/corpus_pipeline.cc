#include "extract/corpus_pipeline.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace newsgraph {

PipelineStats RunPipeline(const Extractor& extractor, const PipelineOptions& options,
                          const std::function<void(DocumentExtraction&&)>& sink,
                          const std::function<void(const Diagnostic&)>& report,
                          const std::function<void(const PipelineStats&)>& progress) {
  BoilerplateOptions cleaning = options.boilerplate;
  cleaning.enabled = cleaning.enabled && !options.keep_boilerplate;
  BoilerplateFilter filter(cleaning);
  if (cleaning.enabled && InputsCanBeReadTwice(options.inputs)) {
    CorpusReader first_pass(options.inputs, {}, options.reader);
    Document document;
    while (first_pass.Next(document)) filter.Observe(document);
  }

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
