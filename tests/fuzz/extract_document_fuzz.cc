// libFuzzer harness: one document's extraction (tokens, tags, mentions, triples) on any text the
// reader could pass on, and its JSON line, which must parse.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "extract/extractor.h"
#include "extract/text/corpus_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const newsgraph::Extractor* extractor = new newsgraph::Extractor();
  newsgraph::Document document;
  document.id = "fuzz";
  document.text = newsgraph::RepairUtf8(std::string(reinterpret_cast<const char*>(data), size));
  std::erase(document.text, '\0');
  if (document.text.find_first_not_of(" \t\n\r\f\v") == std::string::npos) return 0;
  const newsgraph::DocumentExtraction extraction = extractor->Extract(document);
  for (const newsgraph::Mention& mention : extraction.mentions) {
    if (mention.span.begin > mention.span.end || mention.span.end > document.text.size())
      std::abort();
  }
  std::ostringstream line;
  newsgraph::WriteExtractionJson(extraction, line);
  rapidjson::Document json;
  json.Parse(line.str().c_str());
  if (json.HasParseError() || !json.IsObject()) std::abort();
  return 0;
}
