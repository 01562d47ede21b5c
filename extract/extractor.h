// The front of extract/: one document in, its sentences, mentions and triples out.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/entities/mentions.h"
#include "extract/events/event_extractor.h"
#include "extract/syntax/dependency_parser.h"
#include "extract/types.h"

namespace newsgraph {

struct ExtractorOptions {
  ActorDictionaryOptions actors;
  std::string verbs_file;  // extra verb patterns (resources/verbs.tsv format), may be empty
};

// Built once (models, lexicons and dictionaries loaded), then used from many threads.
class Extractor {
 public:
  // Throws std::runtime_error when a resource or the verbs file cannot be loaded.
  explicit Extractor(const ExtractorOptions& options = {});
  ~Extractor();

  // Tokens, tags, mentions and triples of `document`; text inside `skip` (boilerplate) is ignored.
  DocumentExtraction Extract(Document document, const std::vector<ByteSpan>& skip = {}) const;

  const ActorDictionary& actors() const;

 private:
  struct Stages;
  std::unique_ptr<const Stages> stages_;
};

// Parses the sentences an event can come from: those with two or more mentions that can be an
// event's end (an actor, a resolved pronoun, a nationality) and a word that can state an event
// (EventExtractor::MayStateEvent); and a sentence with one such mention that may react to an act
// named by a bare act noun (EventExtractor::MayReactToAct), with the kActAntecedentWindow
// sentences before it that have one and the lead (the first that has one). Returns how many were
// parsed; the others keep head -1 and no relation. Each name, with a person's title and affiliation, is parsed as one word
// (ParseWithUnits); `finder` tells the titles.
std::size_t ParseEventSentences(const DependencyParser& parser, const EventExtractor& events,
                                const MentionFinder& finder, const std::vector<Mention>& mentions,
                                std::vector<Sentence>& sentences);

// Writes one JSON line in the evaluation contract (doc, date, mentions with UTF-8 byte offsets,
// triples with relation label, CAMEO code, QuadClass, negation, factuality and sentence index),
// with the hypothetical events apart under "hypotheticals".
void WriteExtractionJson(const DocumentExtraction& extraction, std::ostream& out);

}  // namespace newsgraph
