// Reading and writing gzip data (RFC 1952) with zlib: a reader over a file descriptor that
// inflates one or more concatenated gzip members, and a stream buffer that deflates into another
// stream. Output is deterministic: the header carries no name and modification time 0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// True when `path` ends in ".gz" (case-insensitively).
bool HasGzipSuffix(std::string_view path);
// True when `head` opens with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view head);

// Reads the bytes of a file descriptor (not closed), inflated when they are gzip data.
class ByteReader {
 public:
  enum class Mode {
    kPlain,   // the bytes as they are
    kGzip,    // gzip data, inflated; anything else is an error
    kDetect,  // gzip when the data opens with the gzip magic, else plain
  };
  ByteReader(int fd, Mode mode);
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  // Reads up to `size` bytes into `buffer`. Returns the number read, 0 at the end, -1 on a
  // failure (a read error, corrupt gzip data, gzip data cut short), which error() describes.
  long Read(char* buffer, std::size_t size);
  // Why the last Read returned -1: "read error: <reason>", "corrupt gzip data: <zlib's reason>",
  // "gzip data ends early (truncated file)". Empty when nothing failed.
  const std::string& error() const { return error_; }
  bool gzip() const { return gzip_; }
  // Bytes taken from the descriptor so far (compressed bytes for gzip data).
  std::uint64_t bytes_consumed() const { return consumed_; }

 private:
  long ReadRaw(char* buffer, std::size_t size);
  long Inflate(char* buffer, std::size_t size);
  bool FillInput();

  int fd_;
  Mode mode_;
  bool gzip_ = false;
  bool started_ = false;
  bool input_ended_ = false;
  bool member_open_ = false;
  std::string error_;
  std::uint64_t consumed_ = 0;
  std::vector<char> input_;
  std::size_t input_begin_ = 0, input_end_ = 0;
  struct Stream;
  std::unique_ptr<Stream> stream_;
};

// A stream buffer that writes the gzip compression of everything put into it to `sink`. Finish
// writes the rest and the gzip trailer; without it the data is incomplete. Throws
// std::runtime_error when zlib fails.
class GzipOutputBuffer final : public std::streambuf {
 public:
  explicit GzipOutputBuffer(std::ostream& sink, int level = 6);
  ~GzipOutputBuffer() override;
  GzipOutputBuffer(const GzipOutputBuffer&) = delete;
  GzipOutputBuffer& operator=(const GzipOutputBuffer&) = delete;

  void Finish();

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  void Deflate(int flush);
  std::ostream& sink_;
  std::vector<char> buffer_;
  std::vector<char> out_;
  struct Stream;
  std::unique_ptr<Stream> stream_;
  bool finished_ = false;
};

// The gzip compression of `data` (the same bytes GzipOutputBuffer writes).
std::string GzipBytes(std::string_view data);

}  // namespace newsgraph
