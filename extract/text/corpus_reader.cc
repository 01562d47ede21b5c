#include "extract/text/corpus_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <deque>
#include <filesystem>
#include <optional>
#include <set>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/text/calendar.h"
#include "extract/text/gzip_stream.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kReadBufferBytes = 1 << 20;
constexpr std::size_t kBinaryProbeBytes = 4096;
constexpr std::size_t kJsonPoolBytes = 64 << 10;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kStdinName = "<stdin>";

// Length of the UTF-8 sequence at the start of `p` (n > 0 bytes). Sets `valid`; when the sequence
// is invalid the length is that of its maximal subpart (at least 1).
std::size_t Utf8Step(const unsigned char* p, std::size_t n, bool& valid) {
  const unsigned char lead = p[0];
  valid = false;
  if (lead < 0x80) {
    valid = true;
    return 1;
  }
  std::size_t continuation = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation = 1;
  } else if (lead == 0xE0) {
    continuation = 2;
    low = 0xA0;  // below is overlong
  } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    continuation = 2;
  } else if (lead == 0xED) {
    continuation = 2;
    high = 0x9F;  // above are surrogates
  } else if (lead == 0xF0) {
    continuation = 3;
    low = 0x90;  // below is overlong
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    continuation = 3;
  } else if (lead == 0xF4) {
    continuation = 3;
    high = 0x8F;  // above is beyond U+10FFFF
  } else {
    return 1;
  }
  for (std::size_t i = 1; i <= continuation; ++i) {
    if (i >= n) return i;
    const unsigned char byte = p[i];
    const unsigned char min = i == 1 ? low : 0x80;
    const unsigned char max = i == 1 ? high : 0xBF;
    if (byte < min || byte > max) return i;
  }
  valid = true;
  return continuation + 1;
}

bool IsAsciiWord(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return (word & 0x8080808080808080ULL) == 0;
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

// A NUL byte, or more than 10% control bytes other than whitespace.
bool LooksBinary(std::string_view head) {
  if (head.find('\0') != std::string_view::npos) return true;
  std::size_t control = 0;
  for (const char c : head) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && std::strchr("\t\n\r\f\v", c) == nullptr) || byte == 0x7F) ++control;
  }
  return control * 10 > head.size();
}

std::string LowerExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// "YYYY-MM-DD" from a date or an ISO timestamp starting with one; nullopt otherwise.
std::optional<std::string> NormalizeDate(std::string_view text) {
  if (text.size() < 10) return std::nullopt;
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9')) return std::nullopt;
  }
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') {
    return std::nullopt;
  }
  const auto number = [&](std::size_t begin, std::size_t length) {
    int value = 0;
    for (std::size_t i = begin; i < begin + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const int days = kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  if (day > days) return std::nullopt;
  return std::string(text.substr(0, 10));
}

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

// Reads a file descriptor line by line through one fixed buffer. Lines longer than the limit are
// discarded piecewise without being held whole.
class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd };

  LineReader(int fd, bool owned, bool gzip, std::size_t max_line_bytes)
      : fd_(fd),
        owned_(owned),
        bytes_(fd, gzip ? ByteReader::Mode::kGzip : ByteReader::Mode::kPlain),
        max_line_bytes_(max_line_bytes),
        buffer_(kReadBufferBytes) {}
  ~LineReader() {
    if (owned_) ::close(fd_);
  }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Up to `bytes` unread bytes from the start of the input, reading ahead as needed. Only valid
  // before the first call to Next.
  std::string_view Head(std::size_t bytes) {
    while (end_ - begin_ < bytes && !eof_ && end_ < buffer_.size()) Fill();
    return std::string_view(buffer_.data() + begin_, std::min(bytes, end_ - begin_));
  }
  void Skip(std::size_t bytes) { begin_ += std::min(bytes, end_ - begin_); }

  // Reads the next line (without its "\n" or "\r\n") into `line`, valid until the next call.
  Status Next(std::string_view& line) {
    ++line_number_;
    bool spilled = false;
    bool too_long = false;
    spill_.clear();
    std::size_t scan_from = begin_;
    while (true) {
      char* data = buffer_.data();
      const void* newline = std::memchr(data + scan_from, '\n', end_ - scan_from);
      if (newline != nullptr || eof_) {
        const std::size_t stop =
            newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - data)
                               : end_;
        if (newline == nullptr && stop == begin_ && !spilled && !too_long) {
          --line_number_;
          return Status::kEnd;
        }
        std::string_view piece(data + begin_, stop - begin_);
        begin_ = newline != nullptr ? stop + 1 : stop;
        if (too_long || spill_.size() + piece.size() > max_line_bytes_) return Status::kTooLong;
        if (spilled) {
          spill_.append(piece);
          piece = spill_;
        }
        if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
        line = piece;
        return Status::kLine;
      }
      const std::size_t partial = end_ - begin_;
      if (too_long || spill_.size() + partial > max_line_bytes_) {
        too_long = true;
        spill_.clear();
        begin_ = end_ = 0;
      } else if (partial == buffer_.size()) {
        spill_.append(data, partial);
        spilled = true;
        begin_ = end_ = 0;
      } else if (begin_ > 0) {
        std::memmove(data, data + begin_, partial);
        begin_ = 0;
        end_ = partial;
      }
      scan_from = end_;
      Fill();
    }
  }

  std::size_t line_number() const { return line_number_; }
  // Why the input ended early ("read error: ...", "corrupt gzip data: ..."), empty when it ended
  // normally.
  const std::string& error() const { return bytes_.error(); }
  bool gzip() const { return bytes_.gzip(); }
  // Compressed bytes read since the last call (0 for plain input).
  std::size_t TakeCompressedBytes() {
    const std::uint64_t consumed = bytes_.gzip() ? bytes_.bytes_consumed() : 0;
    const std::uint64_t fresh = consumed - compressed_counted_;
    compressed_counted_ = consumed;
    return static_cast<std::size_t>(fresh);
  }

 private:
  void Fill() {
    if (begin_ == end_) begin_ = end_ = 0;
    const long got = bytes_.Read(buffer_.data() + end_, buffer_.size() - end_);
    if (got > 0) {
      end_ += static_cast<std::size_t>(got);
      return;
    }
    eof_ = true;
  }

  int fd_;
  bool owned_;
  ByteReader bytes_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::uint64_t compressed_counted_ = 0;
  std::string spill_;  // a line that does not fit the buffer
  std::size_t line_number_ = 0;
};

struct PendingInput {
  enum class Kind { kText, kJsonl, kStdin };
  Kind kind;
  fs::path path;
  bool regular_only = false;  // found by a directory walk: anything but a regular file is skipped
  bool gzip = false;          // .txt.gz, .jsonl.gz
};

// The kind of article file `path` names by its extension, and whether it is gzip data.
std::optional<std::pair<PendingInput::Kind, bool>> ArticleKind(const fs::path& path) {
  std::string extension = LowerExtension(path);
  const bool gzip = extension == ".gz";
  if (gzip) extension = LowerExtension(path.stem());
  if (extension == ".txt") return std::pair(PendingInput::Kind::kText, gzip);
  if (extension == ".jsonl") return std::pair(PendingInput::Kind::kJsonl, gzip);
  return std::nullopt;
}

// Opens `file` for reading. With `regular_only`, the open never blocks (a FIFO swapped in after
// the walk) and anything but a regular file is closed again with EINVAL in errno. -1 on failure.
int OpenInput(const std::string& file, bool regular_only) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | (regular_only ? O_NONBLOCK : 0));
  if (fd < 0 || !regular_only) return fd;
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    errno = EINVAL;
    return -1;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

}  // namespace

bool IsArticleFileName(const std::string& path) { return ArticleKind(path).has_value(); }

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line != 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  out += message;
  return out;
}

bool InputsCanBeReadTwice(const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (input == "-") return false;
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (!error && !fs::is_regular_file(status) && !fs::is_directory(status)) return false;
  }
  return true;
}

bool JsonNestingWithin(std::string_view json, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (i + 8 <= n && IsAsciiWord(text.data() + i)) {
      i += 8;
      continue;
    }
    bool valid;
    i += Utf8Step(p + i, n - i, valid);
    if (!valid) return false;
  }
  return true;
}

std::string RepairUtf8(std::string_view text, std::size_t* invalid_sequences) {
  std::size_t replaced = 0;
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    bool valid;
    const std::size_t length = Utf8Step(p + i, text.size() - i, valid);
    if (valid) {
      out.append(text.data() + i, length);
    } else {
      out.append(kReplacementCharacter);
      ++replaced;
    }
    i += length;
  }
  if (invalid_sequences != nullptr) *invalid_sequences = replaced;
  return out;
}

class CorpusReader::Impl {
 public:
  Impl(std::vector<std::string> inputs, std::function<void(const Diagnostic&)> report,
       ReaderOptions options)
      : inputs_(std::move(inputs)),
        report_(std::move(report)),
        options_(options),
        pool_buffer_(kJsonPoolBytes),
        pool_(pool_buffer_.data(), pool_buffer_.size()) {}

  bool Next(Document& document) {
    while (true) {
      if (jsonl_ != nullptr) {
        if (NextRecord(document)) return true;
        jsonl_.reset();
        continue;
      }
      if (!pending_.empty()) {
        PendingInput input = std::move(pending_.front());
        pending_.pop_front();
        if (input.kind == PendingInput::Kind::kText) {
          if (ReadTextFile(input, document)) return true;
        } else {
          OpenJsonl(input);
        }
        continue;
      }
      if (next_input_ < inputs_.size()) {
        Expand(inputs_[next_input_++]);
        continue;
      }
      return false;
    }
  }

  std::size_t documents_read() const { return documents_read_; }
  std::size_t bytes_read() const { return bytes_read_; }
  std::size_t problems() const { return problems_; }

 private:
  void Report(std::string_view file, std::size_t line, std::string message) {
    ++problems_;
    if (report_) report_(Diagnostic{std::string(file), line, std::move(message)});
  }

  // Queues the article files an input names, reporting inputs that name none.
  void Expand(const std::string& input) {
    if (input == "-") {
      pending_.push_back({PendingInput::Kind::kStdin, fs::path()});
      return;
    }
    const fs::path path(input);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      Report(input, 0, "no such file or directory");
      return;
    }
    if (error) {
      Report(input, 0, error.message());
      return;
    }
    if (fs::is_directory(status)) {
      std::set<fs::path> visited;
      const std::size_t before = pending_.size();
      CollectDirectory(path, visited);
      if (pending_.size() == before)
        Report(input, 0, "directory contains no .txt or .jsonl files (plain or .gz)");
      return;
    }
    if (const auto kind = ArticleKind(path)) {
      pending_.push_back({kind->first, path, false, kind->second});
    } else {
      const std::string extension = LowerExtension(path);
      Report(input, 0,
             "unsupported file type" + (extension.empty() ? "" : " \"" + extension + "\"") +
                 " (expected a .txt or .jsonl file, plain or .gz, a directory, or - for JSONL "
                 "on stdin)");
    }
  }

  void CollectDirectory(const fs::path& directory, std::set<fs::path>& visited) {
    std::error_code error;
    const fs::path canonical = fs::canonical(directory, error);
    if (!error && !visited.insert(canonical).second) return;  // a symlink cycle
    std::vector<std::pair<std::string, fs::path>> entries;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      entries.emplace_back(std::move(name), it->path());
    }
    if (error) {
      Report(directory.string(), 0, "cannot read directory: " + error.message());
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, path] : entries) {
      const fs::file_status status = fs::status(path, error);
      if (error) continue;  // a dangling symlink
      if (fs::is_directory(status)) {
        CollectDirectory(path, visited);
        continue;
      }
      const auto kind = ArticleKind(path);
      if (!kind) continue;
      if (!fs::is_regular_file(status)) {
        Report(path.string(), 0, "skipped: not a regular file");
        continue;
      }
      pending_.push_back({kind->first, path, true, kind->second});
    }
  }

  bool ReadTextFile(const PendingInput& input, Document& document) {
    const fs::path& path = input.path;
    const std::string file = path.string();
    const int fd = OpenInput(file, input.regular_only);
    if (fd < 0) {
      Report(file, 0, "cannot open: " + ErrnoMessage(errno));
      return false;
    }
    struct stat info;
    if (!input.gzip && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
        static_cast<std::uint64_t>(info.st_size) > options_.max_text_bytes) {
      ::close(fd);
      Report(file, 0,
             "skipped: " + std::to_string(info.st_size) + " bytes is over the " +
                 std::to_string(options_.max_text_bytes) + "-byte limit for one article");
      return false;
    }
    std::string& text = document.text;
    text.clear();
    const std::size_t limit = options_.max_text_bytes + 1;
    ByteReader bytes(fd, input.gzip ? ByteReader::Mode::kGzip : ByteReader::Mode::kPlain);
    while (text.size() < limit) {
      const std::size_t offset = text.size();
      text.resize(std::min(limit, std::max<std::size_t>(offset * 2, 64 << 10)));
      const long got = bytes.Read(text.data() + offset, text.size() - offset);
      text.resize(offset + static_cast<std::size_t>(std::max<long>(got, 0)));
      if (got <= 0) break;
    }
    ::close(fd);
    bytes_read_ += bytes.bytes_consumed();
    if (!bytes.error().empty()) {
      Report(file, 0, bytes.error());
      return false;
    }
    if (text.size() > options_.max_text_bytes) {
      Report(file, 0,
             "skipped: over the " + std::to_string(options_.max_text_bytes) +
                 "-byte limit for one article");
      return false;
    }
    if (text.starts_with(kByteOrderMark)) text.erase(0, kByteOrderMark.size());
    if (LooksBinary(std::string_view(text).substr(0, kBinaryProbeBytes))) {
      Report(file, 0, "skipped: binary file");
      return false;
    }
    Sanitize(text, file, 0, "text");
    if (!WithinTextLimit(text, file, 0)) return false;
    document.id = (input.gzip ? path.stem().stem() : path.stem()).string();
    document.title.clear();
    document.date = DateOfFileName(document.id);
    if (document.date.empty()) document.date = options_.text_date;
    document.source.clear();
    document.url.clear();
    return Finish(document, file, 0);
  }

  void OpenJsonl(const PendingInput& input) {
    int fd = 0;
    if (input.kind == PendingInput::Kind::kStdin) {
      jsonl_file_ = std::string(kStdinName);
      jsonl_name_ = "stdin";
    } else {
      jsonl_file_ = input.path.string();
      jsonl_name_ = (input.gzip ? input.path.stem() : input.path.filename()).string();
      fd = OpenInput(jsonl_file_, input.regular_only);
      if (fd < 0) {
        Report(jsonl_file_, 0, "cannot open: " + ErrnoMessage(errno));
        return;
      }
    }
    auto reader = std::make_unique<LineReader>(fd, input.kind != PendingInput::Kind::kStdin,
                                               input.gzip, options_.max_line_bytes);
    std::string_view head = reader->Head(kBinaryProbeBytes);
    if (head.starts_with(kByteOrderMark)) {
      reader->Skip(kByteOrderMark.size());
      head.remove_prefix(kByteOrderMark.size());
    }
    if (LooksBinary(head)) {
      Report(jsonl_file_, 0, "skipped: binary file");
      return;
    }
    jsonl_ = std::move(reader);
  }

  // The next usable record of the open JSONL input; false at its end.
  bool NextRecord(Document& document) {
    std::string_view line;
    while (true) {
      switch (jsonl_->Next(line)) {
        case LineReader::Status::kEnd:
          bytes_read_ += jsonl_->TakeCompressedBytes();
          if (!jsonl_->error().empty()) {
            Report(jsonl_file_, jsonl_->line_number() + 1,
                   jsonl_->error() + (jsonl_->gzip() ? "; the rest of the file is skipped" : ""));
          }
          return false;
        case LineReader::Status::kTooLong:
          bytes_read_ += options_.max_line_bytes;
          Report(jsonl_file_, jsonl_->line_number(),
                 "skipped: line is over the " + std::to_string(options_.max_line_bytes) +
                     "-byte limit");
          continue;
        case LineReader::Status::kLine:
          bytes_read_ += jsonl_->gzip() ? jsonl_->TakeCompressedBytes() : line.size() + 1;
          if (IsBlank(line)) continue;
          if (ParseRecord(line, jsonl_->line_number(), document)) return true;
          continue;
      }
    }
  }

  bool ParseRecord(std::string_view line, std::size_t line_number, Document& document) {
    const std::string& file = jsonl_file_;
    if (!JsonNestingWithin(line, options_.max_json_depth)) {
      Report(file, line_number,
             "skipped: arrays or objects nested over " + std::to_string(options_.max_json_depth) +
                 " levels deep");
      return false;
    }
    rapidjson::Document json(&pool_);
    json.Parse(line.data(), line.size());
    const bool usable = [&] {
      if (json.HasParseError()) {
        Report(file, line_number,
               "skipped: malformed JSON at column " + std::to_string(json.GetErrorOffset() + 1) +
                   ": " + rapidjson::GetParseError_En(json.GetParseError()));
        return false;
      }
      if (!json.IsObject()) {
        Report(file, line_number, "skipped: the line is not a JSON object");
        return false;
      }
      // Const iterators: comparing non-const ones is ambiguous in C++20.
      const auto text = std::as_const(json).FindMember("text");
      if (text == std::as_const(json).MemberEnd()) {
        Report(file, line_number, "skipped: no \"text\" field");
        return false;
      }
      if (!text->value.IsString()) {
        Report(file, line_number, "skipped: \"text\" is not a string");
        return false;
      }
      if (text->value.GetStringLength() > options_.max_text_bytes) {
        Report(file, line_number,
               "skipped: \"text\" is over the " + std::to_string(options_.max_text_bytes) +
                   "-byte limit for one article");
        return false;
      }
      document.text.assign(text->value.GetString(), text->value.GetStringLength());
      Sanitize(document.text, file, line_number, "text");
      if (!WithinTextLimit(document.text, file, line_number)) return false;
      document.id = RecordId(json, line_number);
      document.title = OptionalString(json, "title", line_number);
      document.source = OptionalString(json, "source", line_number);
      document.url = OptionalString(json, "url", line_number);
      document.date.clear();
      const std::string date = OptionalString(json, "date", line_number);
      if (!date.empty()) {
        if (auto normalized = NormalizeDate(date)) {
          document.date = std::move(*normalized);
        } else {
          Report(file, line_number,
                 "\"date\" \"" + date.substr(0, 40) +
                     "\" is not YYYY-MM-DD or an ISO timestamp; left empty");
        }
      }
      return true;
    }();
    json.SetNull();
    pool_.Clear();
    return usable && Finish(document, file, line_number);
  }

  std::string RecordId(const rapidjson::Value& json, std::size_t line_number) {
    const auto member = json.FindMember("id");
    if (member != json.MemberEnd()) {
      const rapidjson::Value& id = member->value;
      if (id.IsString()) {
        std::string value(id.GetString(), id.GetStringLength());
        Sanitize(value, jsonl_file_, line_number, "id");
        if (!value.empty()) return value;
      } else if (id.IsInt64()) {
        return std::to_string(id.GetInt64());
      } else if (id.IsUint64()) {
        return std::to_string(id.GetUint64());
      } else if (id.IsDouble()) {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof(buffer), id.GetDouble());
        return std::string(buffer, result.ptr);
      } else if (!id.IsNull()) {
        Report(jsonl_file_, line_number, "\"id\" is not a string or a number; using the line");
      }
    }
    return jsonl_name_ + ":" + std::to_string(line_number);
  }

  // The string value of `field`; empty when it is missing, null or (with a diagnostic) not a
  // string.
  std::string OptionalString(const rapidjson::Value& json, const char* field,
                             std::size_t line_number) {
    const auto member = json.FindMember(field);
    if (member == json.MemberEnd() || member->value.IsNull()) return {};
    if (!member->value.IsString()) {
      Report(jsonl_file_, line_number, std::string("\"") + field + "\" is not a string; ignored");
      return {};
    }
    std::string value(member->value.GetString(), member->value.GetStringLength());
    Sanitize(value, jsonl_file_, line_number, field);
    return value;
  }

  // Drops NUL characters and repairs invalid UTF-8 in `value`, reporting each.
  void Sanitize(std::string& value, std::string_view file, std::size_t line,
                std::string_view field) {
    if (const std::size_t nuls = std::count(value.begin(), value.end(), '\0'); nuls != 0) {
      std::erase(value, '\0');
      Report(file, line,
             "repaired: dropped " + std::to_string(nuls) + " NUL character" +
                 (nuls == 1 ? "" : "s") + " from \"" + std::string(field) + "\"");
    }
    if (IsValidUtf8(value)) return;
    std::size_t invalid = 0;
    value = RepairUtf8(value, &invalid);
    Report(file, line,
           "repaired: " + std::to_string(invalid) + " invalid UTF-8 sequence" +
               (invalid == 1 ? "" : "s") + " in \"" + std::string(field) +
               "\" replaced with U+FFFD");
  }

  // False, with a diagnostic, when the text (as repaired) is over the limit for one article.
  bool WithinTextLimit(const std::string& text, std::string_view file, std::size_t line) {
    if (text.size() <= options_.max_text_bytes) return true;
    Report(file, line,
           "skipped: " + std::to_string(text.size()) + " bytes after UTF-8 repair is over the " +
               std::to_string(options_.max_text_bytes) + "-byte limit for one article");
    return false;
  }

  // Rejects blank texts and makes the id unique; true when `document` is to be returned.
  bool Finish(Document& document, std::string_view file, std::size_t line) {
    if (IsBlank(document.text)) {
      Report(file, line, "skipped: empty text");
      return false;
    }
    const bool repeated = !ids_.insert(document.id).second;
    if (repeated && !options_.rename_repeated_ids) {
      Report(file, line,
             "repeated id \"" + document.id + "\" kept; the graph names the later ones \"" +
                 document.id + "#2\", ... in canonical order");
    } else if (repeated) {
      std::size_t& suffix = next_suffix_[document.id];
      if (suffix < 2) suffix = 2;
      std::string unique;
      do {
        unique = document.id + "#" + std::to_string(suffix++);
      } while (!ids_.insert(unique).second);
      Report(file, line, "repeated id \"" + document.id + "\" renamed \"" + unique + "\"");
      document.id = std::move(unique);
    }
    ++documents_read_;
    return true;
  }

  std::vector<std::string> inputs_;
  std::function<void(const Diagnostic&)> report_;
  ReaderOptions options_;
  std::size_t next_input_ = 0;
  std::deque<PendingInput> pending_;
  std::unique_ptr<LineReader> jsonl_;
  std::string jsonl_file_;  // the open JSONL input as diagnostics name it
  std::string jsonl_name_;  // its file name, for ids of records without one
  std::unordered_set<std::string> ids_;
  std::unordered_map<std::string, std::size_t> next_suffix_;
  std::vector<char> pool_buffer_;
  rapidjson::MemoryPoolAllocator<> pool_;
  std::size_t documents_read_ = 0;
  std::size_t bytes_read_ = 0;
  std::size_t problems_ = 0;
};

CorpusReader::CorpusReader(std::vector<std::string> inputs,
                           std::function<void(const Diagnostic&)> report, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), std::move(report), options)) {}
CorpusReader::~CorpusReader() = default;
CorpusReader::CorpusReader(CorpusReader&&) noexcept = default;
CorpusReader& CorpusReader::operator=(CorpusReader&&) noexcept = default;

bool CorpusReader::Next(Document& document) { return impl_->Next(document); }
std::size_t CorpusReader::documents_read() const { return impl_->documents_read(); }
std::size_t CorpusReader::bytes_read() const { return impl_->bytes_read(); }
std::size_t CorpusReader::problems() const { return impl_->problems(); }

std::string DateOfFileName(std::string_view stem) {
  if (stem.size() < 10 || !ParseIsoDate(stem.substr(0, 10))) return {};
  if (stem.size() > 10 && stem[10] >= '0' && stem[10] <= '9') return {};
  return std::string(stem.substr(0, 10));
}

}  // namespace newsgraph
