#include "extract/text/gzip_stream.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace newsgraph {
namespace {

constexpr std::size_t kChunkBytes = 64 << 10;
constexpr int kGzipWindowBits = 15 + 16;  // a gzip wrapper, never raw zlib

}  // namespace

bool HasGzipSuffix(std::string_view path) {
  if (path.size() < 3) return false;
  std::string_view tail = path.substr(path.size() - 3);
  return tail[0] == '.' && (tail[1] == 'g' || tail[1] == 'G') && (tail[2] == 'z' || tail[2] == 'Z');
}

bool HasGzipMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

struct ByteReader::Stream {
  z_stream z{};
  bool initialised = false;
  ~Stream() {
    if (initialised) inflateEnd(&z);
  }
};

ByteReader::ByteReader(int fd, Mode mode) : fd_(fd), mode_(mode) {}
ByteReader::~ByteReader() = default;

long ByteReader::ReadRaw(char* buffer, std::size_t size) {
  while (true) {
    const ssize_t got = ::read(fd_, buffer, size);
    if (got >= 0) {
      consumed_ += static_cast<std::uint64_t>(got);
      return static_cast<long>(got);
    }
    if (errno == EINTR) continue;
    error_ = "read error: " + std::generic_category().message(errno);
    return -1;
  }
}

bool ByteReader::FillInput() {
  if (input_begin_ < input_end_) return true;
  if (input_ended_) return false;
  input_.resize(kChunkBytes);
  const long got = ReadRaw(input_.data(), input_.size());
  if (got <= 0) {
    input_ended_ = true;
    input_begin_ = input_end_ = 0;
    return false;
  }
  input_begin_ = 0;
  input_end_ = static_cast<std::size_t>(got);
  return true;
}

long ByteReader::Read(char* buffer, std::size_t size) {
  if (!error_.empty()) return -1;
  if (!started_) {
    started_ = true;
    if (mode_ == Mode::kPlain) return ReadRaw(buffer, size);
    FillInput();
    gzip_ = mode_ == Mode::kGzip ||
            HasGzipMagic(std::string_view(input_.data() + input_begin_, input_end_ - input_begin_));
  }
  if (gzip_) return Inflate(buffer, size);
  if (input_begin_ < input_end_) {
    const std::size_t n = std::min(size, input_end_ - input_begin_);
    std::memcpy(buffer, input_.data() + input_begin_, n);
    input_begin_ += n;
    return static_cast<long>(n);
  }
  return ReadRaw(buffer, size);
}

// Inflates into `buffer` until something comes out or the data ends; a new gzip member may start
// where one ends (concatenated files, as `cat a.gz b.gz` makes).
long ByteReader::Inflate(char* buffer, std::size_t size) {
  if (!stream_) stream_ = std::make_unique<Stream>();
  z_stream& z = stream_->z;
  while (true) {
    if (!member_open_) {
      if (!FillInput()) {
        if (!error_.empty()) return -1;
        if (consumed_ == 0) error_ = "corrupt gzip data: the file is empty";
        return error_.empty() ? 0 : -1;
      }
      const int status =
          stream_->initialised ? inflateReset(&z) : inflateInit2(&z, kGzipWindowBits);
      if (status != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
      stream_->initialised = true;
      member_open_ = true;
    }
    if (!FillInput()) {
      if (error_.empty()) error_ = "gzip data ends early (truncated file)";
      return -1;
    }
    z.next_in = reinterpret_cast<Bytef*>(input_.data() + input_begin_);
    z.avail_in = static_cast<uInt>(input_end_ - input_begin_);
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
    const int status = inflate(&z, Z_NO_FLUSH);
    input_begin_ = input_end_ - z.avail_in;
    const std::size_t produced = std::min<std::size_t>(size, 1u << 30) - z.avail_out;
    if (status == Z_STREAM_END) {
      member_open_ = false;
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      error_ = std::string("corrupt gzip data: ") + (z.msg != nullptr ? z.msg : "inflate failed");
      return -1;
    }
    if (produced > 0) return static_cast<long>(produced);
  }
}

struct GzipOutputBuffer::Stream {
  z_stream z{};
  ~Stream() { deflateEnd(&z); }
};

GzipOutputBuffer::GzipOutputBuffer(std::ostream& sink, int level)
    : sink_(sink), buffer_(kChunkBytes), out_(kChunkBytes), stream_(std::make_unique<Stream>()) {
  if (deflateInit2(&stream_->z, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

GzipOutputBuffer::~GzipOutputBuffer() = default;

void GzipOutputBuffer::Deflate(int flush) {
  z_stream& z = stream_->z;
  z.next_in = reinterpret_cast<Bytef*>(pbase());
  z.avail_in = static_cast<uInt>(pptr() - pbase());
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(out_.data());
    z.avail_out = static_cast<uInt>(out_.size());
    const int status = deflate(&z, flush);
    if (status == Z_STREAM_ERROR) throw std::runtime_error("zlib: deflate failed");
    sink_.write(out_.data(), static_cast<std::streamsize>(out_.size() - z.avail_out));
    if (flush == Z_FINISH ? status == Z_STREAM_END : z.avail_out != 0) break;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

GzipOutputBuffer::int_type GzipOutputBuffer::overflow(int_type c) {
  if (finished_) return traits_type::eof();
  Deflate(Z_NO_FLUSH);
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

// Compressed output is written when a chunk fills or at Finish, never at a flush: flushing
// would change the bytes with the timing of flushes.
int GzipOutputBuffer::sync() { return 0; }

void GzipOutputBuffer::Finish() {
  if (finished_) return;
  Deflate(Z_FINISH);
  finished_ = true;
  sink_.flush();
}

std::string GzipBytes(std::string_view data) {
  std::ostringstream out;
  GzipOutputBuffer buffer(out);
  std::ostream stream(&buffer);
  stream.write(data.data(), static_cast<std::streamsize>(data.size()));
  buffer.Finish();
  return out.str();
}

}  // namespace newsgraph
