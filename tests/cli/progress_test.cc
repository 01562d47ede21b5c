#include "cli/progress.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

PipelineStats Stats(std::size_t documents, std::size_t input_bytes) {
  PipelineStats stats;
  stats.documents = documents;
  stats.text_bytes = 2'000'000;
  stats.triples = 40;
  stats.input_bytes = input_bytes;
  return stats;
}

struct ProgressCase {
  const char* name;
  std::size_t input_bytes;
  std::uint64_t input_size;
  double seconds;
  const char* expected;
};

class ProgressLineTest : public ::testing::TestWithParam<ProgressCase> {};

TEST_P(ProgressLineTest, ShowsShareAndTimeLeftOnlyWhenTheSizeIsKnown) {
  const ProgressCase& row = GetParam();
  EXPECT_EQ(ProgressLine(Stats(12, row.input_bytes), row.input_size, row.seconds), row.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ProgressLineTest,
    ::testing::Values(
        ProgressCase{"size_unknown", 1000, 0, 4, "12 documents, 2.0 MB, 40 triples, 0.5 MB/s"},
        ProgressCase{"quarter_read", 1000, 4000, 4,
                     " 25% 12 documents, 2.0 MB, 40 triples, 0.5 MB/s, about 0:12 left"},
        ProgressCase{"hours_left", 1, 1000, 10,
                     "  0% 12 documents, 2.0 MB, 40 triples, 0.2 MB/s, about 2:46:30 left"},
        ProgressCase{"more_read_than_listed", 5000, 4000, 4,
                     "100% 12 documents, 2.0 MB, 40 triples, 0.5 MB/s, about 0:00 left"},
        ProgressCase{"nothing_read_yet", 0, 4000, 4, "12 documents, 2.0 MB, 40 triples, 0.5 MB/s"}),
    [](const auto& info) { return std::string(info.param.name); });

class InputSizeTest : public ::testing::Test {
 protected:
  void Write(const fs::path& name, std::size_t bytes) {
    fs::create_directories((dir_.path() / name).parent_path());
    std::ofstream(dir_.path() / name, std::ios::binary) << std::string(bytes, 'x');
  }
  testing::ScratchDir dir_;
};

TEST_F(InputSizeTest, CountsTheArticleFilesTheReaderTakes) {
  Write("corpus/a.txt", 10);
  Write("corpus/sub/b.JSONL", 20);
  Write("corpus/.hidden.txt", 1000);
  Write("corpus/notes.md", 1000);
  Write("one.txt", 5);
  const fs::path corpus = dir_.path() / "corpus";
  fs::create_directory_symlink(corpus, corpus / "loop");
  EXPECT_EQ(InputSize({corpus.string(), (dir_.path() / "one.txt").string()}), 35u);
}

TEST_F(InputSizeTest, UnknownForStandardInputAndFifos) {
  Write("a.txt", 10);
  const fs::path fifo = dir_.path() / "fifo.jsonl";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(InputSize({(dir_.path() / "a.txt").string(), "-"}), 0u);
  EXPECT_EQ(InputSize({(dir_.path() / "a.txt").string(), fifo.string()}), 0u);
}

}  // namespace
}  // namespace newsgraph
