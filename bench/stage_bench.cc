// Times each extraction stage on one thread and prints sentences per second per stage. The
// chunker is timed too, though `newsgraph extract` does not run it.
//
//   build/newsgraph_stage_bench CORPUS.jsonl [MAX_DOCUMENTS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/text/corpus_reader.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/entities/mentions.h"
#include "extract/entities/name_repair.h"
#include "extract/syntax/dependency_parser.h"
#include "extract/syntax/tagger.h"
#include "extract/text/tokenizer.h"
#include "extract/events/event_extractor.h"
#include "extract/extractor.h"
#include "extract/events/verb_lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS.jsonl [MAX_DOCUMENTS]\n", argv[0]);
    return 2;
  }
  std::size_t limit = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 5000;
  std::vector<Document> documents;
  CorpusReader reader({argv[1]}, {});
  for (Document document; documents.size() < limit && reader.Next(document);)
    documents.push_back(std::move(document));

  Tagger tagger = Tagger::LoadEmbedded();
  ActorDictionary actors = ActorDictionary::LoadEmbedded();
  VerbLexicon verbs = VerbLexicon::LoadEmbedded();
  Lemmatizer lemmatizer = Lemmatizer::LoadEmbedded();
  MentionFinder finder(actors);
  DependencyParser parser = DependencyParser::LoadEmbedded();
  EventExtractor events(verbs, lemmatizer, actors);

  double split = 0, pos = 0, chunk = 0, ner = 0, mentions = 0, parse = 0, facts = 0;
  std::size_t sentence_count = 0, parsed_count = 0, parsed_tokens = 0, bytes = 0;
  for (const Document& document : documents) {
    auto start = Clock::now();
    std::vector<Sentence> sentences = SplitSentences(document.text);
    split += Seconds(start);
    start = Clock::now();
    tagger.TagPartsOfSpeech(sentences);
    pos += Seconds(start);
    start = Clock::now();
    tagger.TagChunks(sentences);
    chunk += Seconds(start);
    start = Clock::now();
    auto names = tagger.FindNames(sentences);
    RepairNames(sentences, actors, names);
    ner += Seconds(start);
    start = Clock::now();
    std::vector<Mention> found = finder.Find(sentences, names);
    mentions += Seconds(start);
    start = Clock::now();
    parsed_count += ParseEventSentences(parser, events, finder, found, sentences);
    parse += Seconds(start);
    for (const Sentence& sentence : sentences) {
      if (!sentence.tokens.empty() && !sentence.tokens.front().deprel.empty())
        parsed_tokens += sentence.tokens.size();
    }
    start = Clock::now();
    std::vector<Triple> triples, hypotheticals;
    events.Extract(document, sentences, found, triples, hypotheticals);
    facts += Seconds(start);
    sentence_count += sentences.size();
    bytes += document.text.size();
  }
  std::printf("%zu documents, %zu sentences, %.1f MB of text\n", documents.size(), sentence_count,
              bytes / 1e6);
  const double total = split + pos + ner + mentions + parse + facts;
  for (auto [name, seconds] : {std::pair{"sentences", split},
                               {"pos", pos},
                               {"names", ner},
                               {"mentions", mentions},
                               {"parse", parse},
                               {"events", facts},
                               {"all stages", total}}) {
    std::printf("%-11s %8.0f sentences/s  %6.1f%% of the time\n", name, sentence_count / seconds,
                100 * seconds / total);
  }
  std::printf("(chunks     %8.0f sentences/s, not part of extraction)\n", sentence_count / chunk);
  std::printf("(parsed     %zu of %zu sentences, %.0f parsed sentences/s, %.0f tokens/s)\n",
              parsed_count, sentence_count, parsed_count / parse, parsed_tokens / parse);
  return 0;
}
