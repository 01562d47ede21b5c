// The plain value types that flow from extract/ to graph/ to export/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

// A half-open byte range [begin, end) into a document's UTF-8 text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const ByteSpan&) const = default;
};

// One article. `text` is valid UTF-8 once it has passed the reader.
struct Document {
  std::string id;
  std::string title;
  std::string date;  // YYYY-MM-DD or empty
  std::string source;
  std::string url;
  std::string text;
};

struct Token {
  Token() = default;
  Token(std::string text, ByteSpan span) : text(std::move(text)), span(span) {}

  std::string text;
  ByteSpan span;
  std::string pos;    // Penn Treebank tag
  std::string chunk;  // BIO chunk tag: B-NP, I-VP, O, ...
  // The dependency parse (Universal Dependencies): the index of the syntactic head among the
  // sentence's tokens, -1 for the root, and the relation to it ("nsubj", "obl:agent", "root").
  // Before parsing, head is -1 and deprel is empty.
  int head = -1;
  std::string deprel;
};

// A sentence owns its tokens.
struct Sentence {
  ByteSpan span;
  std::vector<Token> tokens;
};

enum class EntityType { kPerson, kOrganization, kGpe, kLocation, kNorp, kOther };

// "PERSON", "ORGANIZATION", "GPE", "LOCATION", "NORP", "OTHER".
std::string_view EntityTypeName(EntityType type);
// Inverse of EntityTypeName; also accepts PER, ORG, LOC, MISC. Unknown names give kOther.
EntityType ParseEntityType(std::string_view name);
// Persons, organisations and political entities can act; places and nationalities cannot.
bool IsActorType(EntityType type);

enum class MentionKind { kName, kNominal, kPronoun };
std::string_view MentionKindName(MentionKind kind);  // "name", "nominal", "pronoun"

// One occurrence of a name, nominal or pronoun in a document.
struct Mention {
  ByteSpan span;              // the name itself, titles excluded
  std::string text;           // the surface text of `span`
  EntityType type = EntityType::kOther;
  MentionKind kind = MentionKind::kName;
  std::size_t sentence = 0;   // index into the document's sentences
  std::size_t first_token = 0;  // the name's tokens [first_token, end_token) in that sentence
  std::size_t end_token = 0;
  std::string title;          // "Foreign Minister" for "Foreign Minister Sergei Lavrov"
  // The fullest name this mention stands for within its document ("Sergei Lavrov" for a later
  // "Lavrov", the antecedent's name for a resolved pronoun). Equal to `text` for a first full name.
  std::string canonical;
  // The sector of the state an actor group or institution acts for, in the CAMEO manner: "MIL"
  // (armed forces), "GOV" (government), "COP" (police), "SPY" (intelligence), "LEG"
  // (legislature), "JUD" (judiciary); resources/actor_groups.tsv lists them. Empty for other
  // mentions. "Russian forces" has canonical "Russia" and sector "MIL".
  std::string sector;
};

// The relation of a triple, coded in CAMEO and PLOVER.
struct RelationCode {
  std::string label;    // present-tense verb phrase that reads well on an edge: "accuses", "arms"
  std::string cameo;    // CAMEO event code, "112"
  int quad = 0;         // CAMEO QuadClass 1..4, 0 when unknown
  double goldstein = 0;
  std::string plover;   // PLOVER category, "ACCUSE"
};

// Where a fact came from.
struct Provenance {
  std::string document_id;
  std::string date;          // the document's date, may be empty
  std::size_t sentence = 0;  // index into the document's sentences
  ByteSpan sentence_span;
  std::string sentence_text;
};

// How the text states an event. Only asserted, reported and intended events are facts a graph
// draws; negated ones are drawn only on request, hypothetical ones never.
enum class Factuality {
  kAsserted,      // stated as having happened or happening
  kReported,      // stated by someone the text quotes or reports ("A said B attacked C")
  kIntended,      // announced, planned or scheduled ("will meet", "agreed to help"); coded as intent
  kNegated,       // stated as not having happened ("did not attack", "avoided censuring")
  kHypothetical,  // a condition, question, possibility, prediction or obligation
};
// "asserted", "reported", "intended", "negated", "hypothetical".
std::string_view FactualityName(Factuality factuality);

// How exactly a date is known: a day, a week (the date is its Monday), a month (its 1st) or a
// year (January 1); kReport when no time expression dated the event and the date is the
// article's.
enum class DatePrecision { kReport, kDay, kWeek, kMonth, kYear };
// "report", "day", "week", "month", "year".
std::string_view DatePrecisionName(DatePrecision precision);

// When an event happened, as far as its sentence says.
struct EventDate {
  std::string date;  // YYYY-MM-DD; empty when neither the sentence nor the article gives one
  DatePrecision precision = DatePrecision::kReport;
};

// One sentence's fact: subject and object are indices into the document's mentions.
struct Triple {
  std::size_t subject = 0;
  std::size_t object = 0;
  RelationCode relation;
  Factuality factuality = Factuality::kAsserted;
  bool negated = false;  // factuality == kNegated, kept for readers of the older field
  double confidence = 1.0;
  Provenance provenance;  // provenance.date is the report date (the article's)
  // The sentence's own time expression resolved against the report date (EventDateResolver),
  // else the report date.
  EventDate event_date;
};

// Everything extracted from one document.
struct DocumentExtraction {
  Document document;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Triple> triples;  // every factuality but hypothetical
  std::vector<Triple> hypotheticals;  // events the text states only as possible, asked or feared
};

}  // namespace newsgraph
