#include "graph/partial_graph.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <ostream>
#include <stdexcept>
#include <system_error>
#include <tuple>
#include <utility>

#include "extract/text/gzip_stream.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace newsgraph {
namespace {

constexpr const char* kFormatName = "newsgraph partial graph";

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void WriteMention(JsonWriter& writer, const Mention& mention) {
  writer.StartArray();
  String(writer, mention.text);
  String(writer, mention.canonical);
  String(writer, EntityTypeName(mention.type));
  String(writer, MentionKindName(mention.kind));
  String(writer, mention.sector);
  writer.EndArray();
}

void WriteTriple(JsonWriter& writer, const Triple& triple) {
  writer.StartArray();
  writer.Uint64(triple.subject);
  writer.Uint64(triple.object);
  String(writer, triple.relation.label);
  String(writer, triple.relation.cameo);
  writer.Int(triple.relation.quad);
  writer.Double(triple.relation.goldstein);
  String(writer, triple.relation.plover);
  writer.Bool(triple.negated);
  String(writer, triple.event_date.date);
  writer.Uint64(triple.provenance.sentence);
  String(writer, triple.provenance.sentence_text);
  writer.EndArray();
}

std::string Hex(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016" PRIx64, value);
  return text;
}

// Typed access to one decoded line; every failure throws with what was expected.
const rapidjson::Value& Field(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd()) throw std::runtime_error(std::string("no field \"") + name + "\"");
  return it->value;
}

std::string Text(const rapidjson::Value& value) {
  if (!value.IsString()) throw std::runtime_error("a string was expected");
  return std::string(value.GetString(), value.GetStringLength());
}

const rapidjson::Value& Array(const rapidjson::Value& value, rapidjson::SizeType size) {
  if (!value.IsArray() || value.Size() != size)
    throw std::runtime_error("an array of " + std::to_string(size) + " values was expected");
  return value;
}

std::size_t Index(const rapidjson::Value& value, std::size_t bound) {
  if (!value.IsUint64() || value.GetUint64() >= bound)
    throw std::runtime_error("a mention index was expected");
  return static_cast<std::size_t>(value.GetUint64());
}

MentionKind ParseMentionKind(const std::string& name) {
  for (MentionKind kind : {MentionKind::kName, MentionKind::kNominal, MentionKind::kPronoun})
    if (MentionKindName(kind) == name) return kind;
  throw std::runtime_error("unknown mention kind \"" + name + "\"");
}

Mention ReadMention(const rapidjson::Value& value) {
  const rapidjson::Value& fields = Array(value, 5);
  Mention mention;
  mention.text = Text(fields[0]);
  mention.canonical = Text(fields[1]);
  mention.type = ParseEntityType(Text(fields[2]));
  mention.kind = ParseMentionKind(Text(fields[3]));
  mention.sector = Text(fields[4]);
  return mention;
}

Triple ReadTriple(const rapidjson::Value& value, std::size_t mentions) {
  const rapidjson::Value& fields = Array(value, 11);
  Triple triple;
  triple.subject = Index(fields[0], mentions);
  triple.object = Index(fields[1], mentions);
  triple.relation.label = Text(fields[2]);
  triple.relation.cameo = Text(fields[3]);
  if (!fields[4].IsInt() || !fields[5].IsNumber() || !fields[7].IsBool() || !fields[9].IsUint64())
    throw std::runtime_error("a triple's quad, goldstein, negated or sentence is mistyped");
  triple.relation.quad = fields[4].GetInt();
  triple.relation.goldstein = fields[5].GetDouble();
  triple.relation.plover = Text(fields[6]);
  triple.negated = fields[7].GetBool();
  triple.factuality = triple.negated ? Factuality::kNegated : Factuality::kAsserted;
  triple.event_date.date = Text(fields[8]);
  triple.provenance.sentence = static_cast<std::size_t>(fields[9].GetUint64());
  triple.provenance.sentence_text = Text(fields[10]);
  return triple;
}

rapidjson::Document ParseLine(const std::string& line) {
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError())
    throw std::runtime_error(std::string("malformed JSON: ") +
                             rapidjson::GetParseError_En(json.GetParseError()));
  if (!json.IsObject()) throw std::runtime_error("a JSON object was expected");
  return json;
}

// The lines of a file, plain or gzip, read through one buffer.
class FileLines {
 public:
  explicit FileLines(const std::string& path)
      : path_(path),
        fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)),
        bytes_(fd_, ByteReader::Mode::kDetect) {
    if (fd_ < 0)
      throw std::runtime_error("cannot open " + path + ": " +
                               std::generic_category().message(errno));
  }
  ~FileLines() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLines(const FileLines&) = delete;
  FileLines& operator=(const FileLines&) = delete;

  // The next line without its newline; false at the end. Throws on a read or gzip error.
  bool Next(std::string& line) {
    while (true) {
      const std::size_t newline = buffer_.find('\n', begin_);
      if (newline != std::string::npos) {
        line.assign(buffer_, begin_, newline - begin_);
        begin_ = newline + 1;
        ++number_;
        return true;
      }
      buffer_.erase(0, begin_);
      begin_ = 0;
      const std::size_t size = buffer_.size();
      buffer_.resize(size + (1 << 16));
      const long got = bytes_.Read(buffer_.data() + size, 1 << 16);
      buffer_.resize(size + static_cast<std::size_t>(std::max<long>(got, 0)));
      if (got < 0) Fail(number_ + 1, bytes_.error());
      if (got == 0) {
        if (buffer_.empty()) return false;
        Fail(number_ + 1, "the last line has no end (truncated file)");
      }
    }
  }
  std::size_t line_number() const { return number_; }
  [[noreturn]] void Fail(std::size_t line, const std::string& reason) const {
    throw std::runtime_error(path_ + (line > 0 ? ":" + std::to_string(line) : "") + ": " + reason);
  }

 private:
  std::string path_;
  int fd_;
  ByteReader bytes_;
  std::string buffer_;
  std::size_t begin_ = 0;
  std::size_t number_ = 0;
};

// Checks the header line of a partial graph file; returns its dictionary fingerprint.
std::string ReadHeader(FileLines& lines) {
  std::string line;
  if (!lines.Next(line)) lines.Fail(0, "empty file, not a newsgraph partial graph");
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  const bool ours = !json.HasParseError() && json.IsObject() && json.HasMember("format") &&
                    json["format"].IsString() &&
                    std::string_view(json["format"].GetString()) == kFormatName;
  if (!ours) lines.Fail(0, "not a newsgraph partial graph (no partial graph header line)");
  if (!json.HasMember("version") || !json["version"].IsInt())
    lines.Fail(1, "the header has no format version");
  const int version = json["version"].GetInt();
  if (version != kPartialGraphVersion)
    lines.Fail(0, "partial graph format version " + std::to_string(version) +
                      ", but this newsgraph reads version " + std::to_string(kPartialGraphVersion) +
                      " only; extract its articles again with this newsgraph");
  auto dictionary = json.FindMember("dictionary");
  if (dictionary == json.MemberEnd() || !dictionary->value.IsString())
    lines.Fail(1, "the header has no dictionary fingerprint");
  return dictionary->value.GetString();
}

// Checks the end line against the documents read, and that nothing follows it.
void CheckEnd(FileLines& lines, const std::string& line, std::size_t documents) {
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError() || !json.IsObject() || !json.HasMember("documents") ||
      !json["documents"].IsUint64() || json["documents"].GetUint64() != documents)
    lines.Fail(lines.line_number(),
               "the end line does not match the " + std::to_string(documents) + " documents read");
  std::string rest;
  if (lines.Next(rest)) lines.Fail(lines.line_number(), "data after the end line");
}

}  // namespace

std::string EncodeGraphDocument(const GraphDocument& document) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  const Article& article = document.article;
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"id", &article.id},
                                    {"title", &article.title},
                                    {"date", &article.date},
                                    {"source", &article.source},
                                    {"url", &article.url}}) {
    writer.Key(name);
    String(writer, *value);
  }
  writer.Key("body");
  String(writer, Hex(document.body_fingerprint));
  writer.Key("mentions");
  writer.StartArray();
  for (const Mention& mention : document.mentions) WriteMention(writer, mention);
  writer.EndArray();
  writer.Key("triples");
  writer.StartArray();
  for (const Triple& triple : document.triples) WriteTriple(writer, triple);
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

GraphDocument DecodeGraphDocument(const std::string& line) {
  const rapidjson::Document json = ParseLine(line);
  GraphDocument document;
  document.article.id = Text(Field(json, "id"));
  document.article.title = Text(Field(json, "title"));
  document.article.date = Text(Field(json, "date"));
  document.article.source = Text(Field(json, "source"));
  document.article.url = Text(Field(json, "url"));
  const std::string body = Text(Field(json, "body"));
  char* end = nullptr;
  document.body_fingerprint = std::strtoull(body.c_str(), &end, 16);
  if (body.size() != 16 || end != body.c_str() + body.size())
    throw std::runtime_error("\"body\" is no 16-digit fingerprint");
  const rapidjson::Value& mentions = Field(json, "mentions");
  const rapidjson::Value& triples = Field(json, "triples");
  if (!mentions.IsArray() || !triples.IsArray())
    throw std::runtime_error("\"mentions\" and \"triples\" must be arrays");
  for (const rapidjson::Value& mention : mentions.GetArray())
    document.mentions.push_back(ReadMention(mention));
  for (const rapidjson::Value& triple : triples.GetArray())
    document.triples.push_back(ReadTriple(triple, document.mentions.size()));
  return document;
}

void PartialGraph::Add(const DocumentExtraction& extraction) { Add(ReduceForGraph(extraction)); }

void PartialGraph::Add(const GraphDocument& document) {
  records_.push_back(
      {document.article.id, document.body_fingerprint, EncodeGraphDocument(document)});
  sorted_ = false;
}

void PartialGraph::Merge(PartialGraph&& other) {
  if (dictionary_.empty()) dictionary_ = other.dictionary_;
  if (records_.empty()) {
    records_ = std::move(other.records_);
    sorted_ = other.sorted_;
    return;
  }
  records_.insert(records_.end(), std::make_move_iterator(other.records_.begin()),
                  std::make_move_iterator(other.records_.end()));
  other.records_.clear();
  sorted_ = false;
}

std::set<std::string> PartialGraph::DocumentIds() const {
  std::set<std::string> ids;
  for (const Record& record : records_) ids.insert(record.id);
  return ids;
}

void PartialGraph::Sort() {
  if (sorted_) return;
  std::sort(records_.begin(), records_.end(), [](const Record& a, const Record& b) {
    return std::tie(a.id, a.body_fingerprint, a.line) < std::tie(b.id, b.body_fingerprint, b.line);
  });
  sorted_ = true;
}

void PartialGraph::AddTo(GraphBuilder& builder) && {
  Sort();
  std::set<std::string> ids = DocumentIds();
  std::size_t suffix = 2;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    GraphDocument document = DecodeGraphDocument(std::exchange(records_[i].line, {}));
    if (i == 0 || records_[i].id != records_[i - 1].id) {
      suffix = 2;
    } else {
      std::string unique;
      do {
        unique = records_[i].id + "#" + std::to_string(suffix++);
      } while (!ids.insert(unique).second);
      document.article.id = std::move(unique);
    }
    builder.Add(document);
  }
  records_ = {};
}

void PartialGraph::Write(std::ostream& out) {
  Sort();
  rapidjson::StringBuffer header;
  JsonWriter writer(header);
  writer.StartObject();
  writer.Key("format");
  writer.String(kFormatName);
  writer.Key("version");
  writer.Int(kPartialGraphVersion);
  writer.Key("dictionary");
  String(writer, dictionary_);
  writer.EndObject();
  out << header.GetString() << '\n';
  for (const Record& record : records_) out << record.line << '\n';
  out << "{\"end\":true,\"documents\":" << records_.size() << "}\n";
}

PartialGraph PartialGraph::Read(const std::string& path) {
  FileLines lines(path);
  PartialGraph partial;
  partial.dictionary_ = ReadHeader(lines);
  std::string line;
  while (lines.Next(line)) {
    if (line.starts_with("{\"end\":")) {
      CheckEnd(lines, line, partial.records_.size());
      return partial;
    }
    try {
      partial.Add(DecodeGraphDocument(line));
    } catch (const std::runtime_error& error) {
      lines.Fail(lines.line_number(), error.what());
    }
  }
  lines.Fail(
      0, "truncated: no end line after " + std::to_string(partial.records_.size()) + " documents");
}

}  // namespace newsgraph
