// Streaming input: turns files, folders and JSONL streams into Documents, reporting every problem
// with one input as a Diagnostic and carrying on with the rest of the corpus.
//
// Inputs, in the order given:
//   - `name.txt`: one article; id = file name without extension, no date. A UTF-8 BOM is dropped.
//   - `name.jsonl`: one JSON object per line. Fields: `id` (string or number; missing gives
//     "<file name>:<line>"), `text` (required string), optional `title`, `date` (YYYY-MM-DD, a
//     longer ISO timestamp is cut to its date), `source`, `url`; other fields are ignored. Blank
//     lines are skipped silently; CRLF line endings and a UTF-8 BOM are accepted.
//   - `name.txt.gz`, `name.jsonl.gz`: the same, gzip-compressed (one or more gzip members), read
//     with zlib as a stream; ids and dates come from the name without ".gz", so a compressed file
//     gives the documents of the plain one.
//   - a directory: recursed, entries sorted bytewise by name, hidden entries skipped, only regular
//     `.txt` and `.jsonl` files, plain or `.gz`, taken (extensions compared case-insensitively); a
//     FIFO, device or socket with such a name is reported and never opened.
//   - `-`: JSONL on standard input.
//
// Diagnostics (the input is skipped unless it says "repaired"):
//   - a missing path, an unreadable file, a directory without article files, an unsupported file
//     type named explicitly, a read error;
//   - a binary file (a NUL byte, or over 10% control bytes, in its first 4 KiB, after inflating);
//   - corrupt or truncated gzip data: a `.txt.gz` is skipped; a `.jsonl.gz` keeps the records
//     before the damage and the diagnostic names the line where it was met;
//   - invalid UTF-8 in a `.txt` file or a JSON string value: repaired, each maximal invalid
//     subsequence (overlong forms and surrogates included) replaced by U+FFFD;
//   - a NUL character (`\u0000`) in a JSON string value: repaired by dropping it;
//   - an empty or whitespace-only text;
//   - a malformed JSON line (syntax error with its column, not an object, `text` missing or not a
//     string, arrays and objects nested deeper than `max_json_depth`), a line longer than
//     `max_line_bytes` (discarded in chunks, never buffered whole), a `.txt` file or a `text`
//     value longer than `max_text_bytes` (as read, and again after UTF-8 repair);
//   - an unusable `date` or a wrongly typed optional field: the field is left empty, the record
//   kept;
//   - a repeated document id: the later document is renamed "<id>#2", "<id>#3", ... (or, without
//     ReaderOptions::rename_repeated_ids, kept as it is).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// A problem with one input. `line` is 1-based; 0 means the whole file.
struct Diagnostic {
  std::string file;  // the path as reached from the inputs, "<stdin>" for standard input
  std::size_t line = 0;
  std::string message;

  // "<file>:<line>: <message>", or "<file>: <message>" when line is 0.
  std::string ToString() const;
};

struct ReaderOptions {
  std::size_t max_line_bytes = 16 << 20;  // longer JSONL lines are skipped
  std::size_t max_text_bytes = 16 << 20;  // longer `.txt` files and `text` values are skipped
  std::size_t max_json_depth = 64;        // JSONL lines nested deeper are skipped
  // The date (YYYY-MM-DD) of a `.txt` article whose file name does not open with one; empty for
  // none. A file name that opens with a real date ("2024-02-12-black-sea.txt") gives its own.
  std::string text_date;
  // False: a repeated document id is reported but kept, for a stage that tells documents apart
  // in an order of its own (PartialGraph names them in canonical order).
  bool rename_repeated_ids = true;
};

// The date a `.txt` file's name (its stem) opens with: YYYY-MM-DD naming a real date, then the
// end or a character other than a digit ("2024-02-12", "2024-02-12_talks"); empty otherwise.
std::string DateOfFileName(std::string_view stem);

class CorpusReader {
 public:
  // `inputs` are paths (files or directories) or "-" for standard input, read in order. `report`
  // receives every diagnostic as it happens and may be empty to ignore them. Nothing is opened
  // before the first call to Next.
  CorpusReader(std::vector<std::string> inputs, std::function<void(const Diagnostic&)> report,
               ReaderOptions options = {});
  ~CorpusReader();
  CorpusReader(CorpusReader&&) noexcept;
  CorpusReader& operator=(CorpusReader&&) noexcept;
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;

  // Reads the next usable document into `document` (every field overwritten; `text` is valid,
  // non-blank UTF-8 and the id is unique within this reader). Returns false once every input is
  // exhausted. Holds one line or one `.txt` file in memory at a time, never the whole corpus.
  bool Next(Document& document);

  std::size_t documents_read() const;  // documents returned by Next so far
  // Bytes of the input files consumed so far (each JSONL line with its newline, each article
  // file whole; compressed bytes for gzip files), skipped ones included: measured against the
  // inputs' sizes, the share read.
  std::size_t bytes_read() const;
  std::size_t problems() const;        // diagnostics reported so far

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// True when the name of `path` ends in .txt, .jsonl, .txt.gz or .jsonl.gz (case aside): the files
// a directory walk reads.
bool IsArticleFileName(const std::string& path);

// False when any input is standard input or another stream that cannot be read a second time (a
// FIFO, a device); directories count as rereadable, since their walk takes regular files only.
bool InputsCanBeReadTwice(const std::vector<std::string>& inputs);

// True when the arrays and objects of `json` nest at most `max_depth` deep (brackets inside
// strings do not count). Linear and non-recursive: a guard to run before a recursive parser, which
// then never recurses deeper than `max_depth` whatever the text, malformed or not.
bool JsonNestingWithin(std::string_view json, std::size_t max_depth);

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// `text` with each maximal invalid subsequence replaced by U+FFFD (the Unicode "substitution of
// maximal subparts" practice); valid text is returned unchanged. When `invalid_sequences` is not
// null it receives the number of replacements made.
std::string RepairUtf8(std::string_view text, std::size_t* invalid_sequences = nullptr);

}  // namespace newsgraph
