// libFuzzer harness: the corpus reader on one input file, read as JSONL and as a .txt article.
// Every document it returns must hold valid, non-blank UTF-8 within the limits.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "extract/text/corpus_reader.h"

namespace {

std::string ScratchPath(const char* extension) {
  return "/tmp/newsgraph_fuzz_reader_" + std::to_string(::getpid()) + extension;
}

void ReadBack(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  newsgraph::ReaderOptions options;
  options.max_line_bytes = 4096;
  options.max_text_bytes = 2048;
  options.max_json_depth = 16;
  newsgraph::CorpusReader reader({path}, [](const newsgraph::Diagnostic&) {}, options);
  newsgraph::Document document;
  while (reader.Next(document)) {
    if (!newsgraph::IsValidUtf8(document.text) || document.text.size() > options.max_text_bytes ||
        document.id.empty() || !newsgraph::IsValidUtf8(document.id))
      std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  static const std::string jsonl = ScratchPath(".jsonl");
  static const std::string txt = ScratchPath(".txt");
  ReadBack(jsonl, bytes);
  ReadBack(txt, bytes);
  newsgraph::JsonNestingWithin(bytes, 8);
  return 0;
}
