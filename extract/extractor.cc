#include "extract/extractor.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "extract/entities/mentions.h"
#include "extract/entities/quotations.h"
#include "extract/entities/name_repair.h"
#include "extract/events/act_antecedent.h"
#include "extract/events/event_extractor.h"
#include "extract/events/verb_lexicon.h"
#include "extract/syntax/dependency_parser.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/syntax/pos_repair.h"
#include "extract/syntax/tagger.h"
#include "extract/syntax/unit_parse.h"
#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "extract/text/tokenizer.h"

namespace newsgraph {

struct Extractor::Stages {
  Tagger tagger;
  DependencyParser parser;
  ActorDictionary actors;
  VerbLexicon verbs;
  Lemmatizer lemmatizer;
  MentionFinder mentions;
  QuotationResolver quotations;
  EventExtractor events;

  explicit Stages(const ExtractorOptions& options)
      : tagger(Tagger::LoadEmbedded()),
        parser(DependencyParser::LoadEmbedded()),
        actors(ActorDictionary::LoadEmbedded(options.actors)),
        verbs(LoadVerbs(options.verbs_file)),
        lemmatizer(Lemmatizer::LoadEmbedded()),
        mentions(actors),
        quotations(actors, mentions),
        events(verbs, lemmatizer, actors) {}

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

namespace {

// Where "TITLE of|from|for [the] PLACE" begins when it ends at `first`, the start of a person's
// name, and `place` is the name before it ("President of France Emmanuel Macron", "Senator from
// Vermont Bernie Sanders"); `first` when the words before the person are no such title.
std::size_t TitleOfPlaceStart(const MentionFinder& finder, const std::vector<Token>& tokens,
                              const Mention* place, std::size_t first) {
  if (place == nullptr || place->end_token != first || place->type == EntityType::kPerson)
    return first;
  std::size_t k = place->first_token;
  if (k > 0 && ToLower(tokens[k - 1].text) == "the") --k;
  if (k == 0) return first;
  const std::string preposition = ToLower(tokens[k - 1].text);
  if (preposition != "of" && preposition != "from" && preposition != "for") return first;
  const std::size_t title = finder.TitleBefore(tokens, k - 1);
  return title > 0 ? k - 1 - title : first;
}

// Each name the mention finder found, with a person's title, as one unit for the parser. A
// person's name is headed by its first word, other names by their last. The title takes in the
// affiliation before it (MentionFinder::TitleBefore), which joins the unit ("United Nations
// Secretary-General Antonio Guterres", "Russian Foreign Minister Sergei Lavrov"), and
// so does a title of a place named before the person (TitleOfPlaceStart).
std::vector<std::vector<TokenUnit>> NameUnits(const MentionFinder& finder,
                                              const std::vector<Mention>& mentions,
                                              const std::vector<Sentence>& sentences) {
  std::vector<std::vector<TokenUnit>> units(sentences.size());
  const Mention* previous = nullptr;  // the name before, in the same sentence
  for (const Mention& mention : mentions) {
    if (mention.kind != MentionKind::kName || mention.type == EntityType::kNorp) continue;
    if (previous != nullptr && previous->sentence != mention.sentence) previous = nullptr;
    const bool person = mention.type == EntityType::kPerson;
    const std::size_t head = person ? mention.first_token : mention.end_token - 1;
    const std::vector<Token>& tokens = sentences[mention.sentence].tokens;
    const std::size_t title = person ? finder.TitleBefore(tokens, mention.first_token) : 0;
    std::size_t first = mention.first_token - title;
    if (person && title == 0) first = TitleOfPlaceStart(finder, tokens, previous, first);
    previous = &mention;
    std::vector<TokenUnit>& sentence_units = units[mention.sentence];
    while (!sentence_units.empty() && sentence_units.back().first >= first)
      sentence_units.pop_back();
    if (!sentence_units.empty() && sentence_units.back().end > first) continue;
    sentence_units.push_back({first, mention.end_token, head});
  }
  return units;
}

}  // namespace

std::size_t ParseEventSentences(const DependencyParser& parser, const EventExtractor& events,
                                const MentionFinder& finder, const std::vector<Mention>& mentions,
                                std::vector<Sentence>& sentences) {
  std::vector<std::size_t> ends(sentences.size(), 0);
  for (const Mention& mention : mentions) {
    if (IsActorType(mention.type) || mention.type == EntityType::kNorp) ++ends[mention.sentence];
  }
  std::vector<std::vector<TokenUnit>> units = NameUnits(finder, mentions, sentences);
  std::vector<bool> needed(sentences.size(), false);
  std::size_t lead = 0;  // the first sentence that names an actor
  while (lead + 1 < sentences.size() && ends[lead] == 0) ++lead;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (ends[s] >= 2 && events.MayStateEvent(sentences[s])) needed[s] = true;
    if (ends[s] == 0 || !events.MayReactToAct(sentences[s])) continue;
    for (std::size_t k = 0; k <= kActAntecedentWindow && k <= s; ++k)  // and where its act is
      if (ends[s - k] > 0) needed[s - k] = true;
    if (lead < s && ends[lead] > 0) needed[lead] = true;
  }
  std::size_t parsed = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (!needed[s]) continue;
    ParseWithUnits(parser, sentences[s], std::move(units[s]));
    ++parsed;
  }
  return parsed;
}

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
  const std::vector<Quotation> attributed = stages_->quotations.Resolve(
      extraction.document.text, extraction.sentences, extraction.mentions);
  ParseEventSentences(stages_->parser, stages_->events, stages_->mentions, extraction.mentions,
                      extraction.sentences);
  stages_->events.Extract(extraction.document, extraction.sentences, extraction.mentions,
                          extraction.triples, extraction.hypotheticals, attributed);
  return extraction;
}

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void WriteString(JsonWriter& json, std::string_view value) {
  json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void WriteMentionFields(JsonWriter& json, const Mention& mention) {
  json.Key("text");
  WriteString(json, mention.text);
  json.Key("start");
  json.Uint64(mention.span.begin);
  json.Key("end");
  json.Uint64(mention.span.end);
  json.Key("entity");
  WriteString(json, NormalizeName(mention.canonical));
}

void WriteMention(JsonWriter& json, const Mention& mention) {
  json.StartObject();
  WriteMentionFields(json, mention);
  json.Key("type");
  WriteString(json, EntityTypeName(mention.type));
  json.Key("kind");
  WriteString(json, MentionKindName(mention.kind));
  if (mention.canonical != mention.text) {
    json.Key("canonical");
    WriteString(json, mention.canonical);
  }
  if (!mention.title.empty()) {
    json.Key("title");
    WriteString(json, mention.title);
  }
  if (!mention.sector.empty()) {
    json.Key("sector");
    WriteString(json, mention.sector);
  }
  json.Key("sentence");
  json.Uint64(mention.sentence);
  json.EndObject();
}

void WriteRelation(JsonWriter& json, const RelationCode& relation) {
  json.StartObject();
  json.Key("label");
  WriteString(json, relation.label);
  json.Key("cameo");
  WriteString(json, relation.cameo);
  json.Key("quad");
  if (relation.quad > 0)
    json.Int(relation.quad);
  else
    json.Null();
  json.Key("goldstein");
  json.Double(relation.goldstein);
  json.Key("plover");
  WriteString(json, relation.plover);
  json.EndObject();
}

void WriteDateOrNull(JsonWriter& json, const std::string& date) {
  if (date.empty())
    json.Null();
  else
    WriteString(json, date);
}

void WriteTriples(JsonWriter& json, const std::vector<Triple>& triples,
                  const std::vector<Mention>& mentions) {
  json.StartArray();
  for (const Triple& triple : triples) {
    json.StartObject();
    json.Key("subject");
    json.StartObject();
    WriteMentionFields(json, mentions[triple.subject]);
    json.EndObject();
    json.Key("relation");
    WriteRelation(json, triple.relation);
    json.Key("object");
    json.StartObject();
    WriteMentionFields(json, mentions[triple.object]);
    json.EndObject();
    json.Key("negated");
    json.Bool(triple.negated);
    json.Key("factuality");
    WriteString(json, FactualityName(triple.factuality));
    json.Key("confidence");
    json.Double(triple.confidence);
    json.Key("sentence");
    json.Uint64(triple.provenance.sentence);
    json.Key("report_date");
    WriteDateOrNull(json, triple.provenance.date);
    json.Key("event_date");
    WriteDateOrNull(json, triple.event_date.date);
    json.Key("event_date_precision");
    WriteString(json, DatePrecisionName(triple.event_date.precision));
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

void WriteExtractionJson(const DocumentExtraction& extraction, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.StartObject();
  json.Key("doc");
  WriteString(json, extraction.document.id);
  json.Key("date");
  if (extraction.document.date.empty())
    json.Null();
  else
    WriteString(json, extraction.document.date);
  json.Key("mentions");
  json.StartArray();
  for (const Mention& mention : extraction.mentions) WriteMention(json, mention);
  json.EndArray();
  json.Key("triples");
  WriteTriples(json, extraction.triples, extraction.mentions);
  json.Key("hypotheticals");
  WriteTriples(json, extraction.hypotheticals, extraction.mentions);
  json.EndObject();
  out << '\n';
}

}  // namespace newsgraph
