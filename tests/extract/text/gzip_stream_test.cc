// ByteReader inflates gzip data (one or more members) read from a descriptor and reports damage;
// GzipOutputBuffer writes gzip that reads back, with the same bytes every time.
#include "extract/text/gzip_stream.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Reads all of `bytes` through a pipe with ByteReader in `mode`; `error` receives its message.
std::string ReadThrough(const std::string& bytes, ByteReader::Mode mode, std::string& error) {
  int fds[2];
  EXPECT_EQ(::pipe(fds), 0);
  EXPECT_EQ(::write(fds[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  ::close(fds[1]);
  ByteReader reader(fds[0], mode);
  std::string out;
  char buffer[7];  // small, so lines and members straddle reads
  long got;
  while ((got = reader.Read(buffer, sizeof buffer)) > 0) out.append(buffer, got);
  error = got < 0 ? reader.error() : "";
  ::close(fds[0]);
  return out;
}

std::string LongText() {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i * 7919 % 1000) + "\n";
  return text;
}

TEST(Gzip, RoundTripsAndIsDeterministic) {
  const std::string text = LongText();
  const std::string gz = GzipBytes(text);
  EXPECT_TRUE(HasGzipMagic(gz));
  EXPECT_EQ(gz, GzipBytes(text));
  EXPECT_LT(gz.size(), text.size() / 2);
  std::string error;
  EXPECT_EQ(ReadThrough(gz, ByteReader::Mode::kGzip, error), text);
  EXPECT_EQ(error, "");
}

struct ReadCase {
  const char* name;
  std::string bytes;
  ByteReader::Mode mode;
  std::string text;   // expected output
  std::string error;  // expected start of the error, empty for none
};

TEST(Gzip, ReadsMembersPlainDataAndReportsDamage) {
  const std::string a = "first member\n", b = "second member\n";
  const std::string gz = GzipBytes(LongText());
  std::string flipped = gz;
  flipped[gz.size() / 2] = static_cast<char>(flipped[gz.size() / 2] ^ 0x55);
  const std::vector<ReadCase> cases = {
      {"concatenated members", GzipBytes(a) + GzipBytes(b), ByteReader::Mode::kGzip, a + b, ""},
      {"plain data detected", "plain text\n", ByteReader::Mode::kDetect, "plain text\n", ""},
      {"gzip detected", GzipBytes(a), ByteReader::Mode::kDetect, a, ""},
      {"plain mode keeps bytes", GzipBytes(a), ByteReader::Mode::kPlain, GzipBytes(a), ""},
      {"empty gzip file", "", ByteReader::Mode::kGzip, "", "corrupt gzip data: the file is empty"},
      {"not gzip", "plain text\n", ByteReader::Mode::kGzip, "", "corrupt gzip data"},
      {"cut short", gz.substr(0, gz.size() - 5), ByteReader::Mode::kGzip, "",
       "gzip data ends early"},
      {"flipped byte", flipped, ByteReader::Mode::kGzip, "", "corrupt gzip data"},
  };
  for (const ReadCase& c : cases) {
    std::string error;
    const std::string out = ReadThrough(c.bytes, c.mode, error);
    if (c.error.empty()) {
      EXPECT_EQ(out, c.text) << c.name;
      EXPECT_EQ(error, "") << c.name;
    } else {
      EXPECT_EQ(error.rfind(c.error, 0), 0u) << c.name << ": " << error;
    }
  }
}

TEST(Gzip, SuffixIsCaseInsensitive) {
  EXPECT_TRUE(HasGzipSuffix("a.jsonl.gz"));
  EXPECT_TRUE(HasGzipSuffix("A.GZ"));
  EXPECT_FALSE(HasGzipSuffix("a.jsonl"));
  EXPECT_FALSE(HasGzipSuffix("gz"));
}

}  // namespace
}  // namespace newsgraph
