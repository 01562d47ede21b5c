// RunPipeline: results reach the sink in corpus order across batches whatever the thread count,
// and an exception thrown by the sink while other threads extract the next batch reaches the
// caller once they have stopped.
#include "extract/corpus_pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace newsgraph {
namespace {

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor();
  return *extractor;
}

// A JSONL corpus of `count` short articles d0, d1, ...; returns its path.
std::string WriteCorpus(std::size_t count) {
  const std::string path =
      testing::TempDir() + "pipeline_" + std::to_string(::getpid()) + ".jsonl";
  std::ofstream out(path);
  for (std::size_t i = 0; i < count; ++i)
    out << "{\"id\": \"d" << i << "\", \"text\": \"Russia accused Ukraine of attack number " << i
        << ".\"}\n";
  return path;
}

PipelineOptions Options(const std::string& path, unsigned threads) {
  PipelineOptions options;
  options.inputs = {path};
  options.threads = threads;
  options.batch_documents = 3;
  options.keep_boilerplate = true;
  return options;
}

TEST(CorpusPipelineTest, SinkGetsEveryDocumentInOrderAcrossBatches) {
  const std::string path = WriteCorpus(11);
  for (unsigned threads : {1u, 2u, 4u}) {
    std::vector<std::string> ids;
    std::size_t progress_calls = 0;
    const PipelineStats stats = RunPipeline(
        SharedExtractor(), Options(path, threads),
        [&](DocumentExtraction&& extraction) { ids.push_back(extraction.document.id); }, {},
        [&](const PipelineStats&) { ++progress_calls; });
    ASSERT_EQ(ids.size(), 11u) << threads << " threads";
    for (std::size_t i = 0; i < ids.size(); ++i)
      EXPECT_EQ(ids[i], std::string("d") += std::to_string(i));
    EXPECT_EQ(stats.documents, 11u);
    EXPECT_GE(progress_calls, 4u);  // after each of the four batches
  }
  ::unlink(path.c_str());
}

TEST(CorpusPipelineTest, SinkExceptionReachesTheCallerAfterTheWorkersStop) {
  const std::string path = WriteCorpus(9);
  std::size_t delivered = 0;
  EXPECT_THROW(RunPipeline(SharedExtractor(), Options(path, 2),
                           [&](DocumentExtraction&&) {
                             if (++delivered == 2) throw std::runtime_error("disk full");
                           },
                           {}),
               std::runtime_error);
  EXPECT_EQ(delivered, 2u);
  ::unlink(path.c_str());
}

}  // namespace
}  // namespace newsgraph
