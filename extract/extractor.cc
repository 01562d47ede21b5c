#include "extract/extractor.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "extract/syntax/lemmatizer.h"
#include "extract/syntax/pos_repair.h"
#include "extract/entities/mentions.h"
#include "extract/entities/name_repair.h"
#include "extract/text/names.h"
#include "extract/syntax/tagger.h"
#include "extract/text/tokenizer.h"
#include "extract/events/triples.h"
#include "extract/events/verb_lexicon.h"

namespace newsgraph {

struct Extractor::Stages {
  Tagger tagger;
  ActorDictionary actors;
  VerbLexicon verbs;
  Lemmatizer lemmatizer;
  MentionFinder mentions;
  TripleExtractor triples;

  explicit Stages(const ExtractorOptions& options)
      : tagger(Tagger::LoadEmbedded()),
        actors(ActorDictionary::LoadEmbedded(options.actors)),
        verbs(LoadVerbs(options.verbs_file)),
        lemmatizer(Lemmatizer::LoadEmbedded()),
        mentions(actors),
        triples(verbs, lemmatizer) {}

  static VerbLexicon LoadVerbs(const std::string& path) {
    VerbLexicon verbs = VerbLexicon::LoadEmbedded();
    if (path.empty()) return verbs;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open verbs file");
    std::stringstream text;
    text << in.rdbuf();
    verbs.Merge(VerbLexicon::Parse(text.str(), path));
    return verbs;
  }
};

Extractor::Extractor(const ExtractorOptions& options)
    : stages_(std::make_unique<Stages>(options)) {}
Extractor::~Extractor() = default;

const ActorDictionary& Extractor::actors() const { return stages_->actors; }

DocumentExtraction Extractor::Extract(Document document, const std::vector<ByteSpan>& skip) const {
  DocumentExtraction extraction;
  extraction.document = std::move(document);
  extraction.sentences = SplitSentences(extraction.document.text, skip);
  // Parts of speech feed the names and the triples; chunk tags would serve neither.
  stages_->tagger.TagPartsOfSpeech(extraction.sentences);
  auto names = stages_->tagger.FindNames(extraction.sentences);
  RepairNames(extraction.sentences, stages_->actors, names);
  RepairPartOfSpeechTags(stages_->lemmatizer, extraction.sentences);
  extraction.mentions = stages_->mentions.Find(extraction.sentences, names);
  extraction.triples =
      stages_->triples.Extract(extraction.document, extraction.sentences, extraction.mentions);
  return extraction;
}

void WriteExtractionJson(const DocumentExtraction& extraction, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> json(stream);
  auto string = [&](const std::string& value) {
    json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  auto mention_fields = [&](const Mention& mention) {
    json.Key("text");
    string(mention.text);
    json.Key("start");
    json.Uint64(mention.span.begin);
    json.Key("end");
    json.Uint64(mention.span.end);
    json.Key("entity");
    string(NormalizeName(mention.canonical));
  };
  json.StartObject();
  json.Key("doc");
  string(extraction.document.id);
  json.Key("date");
  if (extraction.document.date.empty()) json.Null();
  else string(extraction.document.date);
  json.Key("mentions");
  json.StartArray();
  for (const Mention& mention : extraction.mentions) {
    json.StartObject();
    mention_fields(mention);
    json.Key("type");
    json.String(EntityTypeName(mention.type).data());
    json.Key("kind");
    json.String(MentionKindName(mention.kind).data());
    if (mention.canonical != mention.text) {
      json.Key("canonical");
      string(mention.canonical);
    }
    if (!mention.title.empty()) {
      json.Key("title");
      string(mention.title);
    }
    if (!mention.sector.empty()) {
      json.Key("sector");
      string(mention.sector);
    }
    json.Key("sentence");
    json.Uint64(mention.sentence);
    json.EndObject();
  }
  json.EndArray();
  json.Key("triples");
  json.StartArray();
  for (const Triple& triple : extraction.triples) {
    json.StartObject();
    json.Key("subject");
    json.StartObject();
    mention_fields(extraction.mentions[triple.subject]);
    json.EndObject();
    json.Key("relation");
    json.StartObject();
    json.Key("label");
    string(triple.relation.label);
    json.Key("cameo");
    string(triple.relation.cameo);
    json.Key("quad");
    if (triple.relation.quad > 0) json.Int(triple.relation.quad);
    else json.Null();
    json.Key("goldstein");
    json.Double(triple.relation.goldstein);
    json.Key("plover");
    string(triple.relation.plover);
    json.EndObject();
    json.Key("object");
    json.StartObject();
    mention_fields(extraction.mentions[triple.object]);
    json.EndObject();
    json.Key("negated");
    json.Bool(triple.negated);
    json.Key("confidence");
    json.Double(triple.confidence);
    json.Key("sentence");
    json.Uint64(triple.provenance.sentence);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out << '\n';
}

}  // namespace newsgraph
