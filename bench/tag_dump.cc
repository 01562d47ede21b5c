// Prints what the taggers decide for every sentence of a corpus: each token's POS and chunk tag,
// then each name with its type and confidence (17 significant digits). Two builds whose dumps are
// byte-identical tag identically; bench/compare_tags.sh diffs them.
//
//   build/newsgraph_tag_dump CORPUS.jsonl...
#include <cstdio>
#include <string>
#include <vector>

#include "extract/syntax/tagger.h"
#include "extract/text/corpus_reader.h"
#include "extract/text/tokenizer.h"

namespace {

void PrintSentence(const newsgraph::Sentence& sentence,
                   const std::vector<newsgraph::NameSpan>& names) {
  std::string line;
  for (const newsgraph::Token& token : sentence.tokens) {
    line += token.pos;
    line += '/';
    line += token.chunk;
    line += ' ';
  }
  for (const newsgraph::NameSpan& name : names) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "|%zu-%zu %s %.17g", name.first_token, name.end_token,
                  name.type.c_str(), name.confidence);
    line += buffer;
  }
  std::puts(line.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS.jsonl...\n", argv[0]);
    return 2;
  }
  const Tagger tagger = Tagger::LoadEmbedded();
  CorpusReader reader(std::vector<std::string>(argv + 1, argv + argc), {});
  for (Document document; reader.Next(document);) {
    std::vector<Sentence> sentences = SplitSentences(document.text);
    tagger.TagSyntax(sentences);
    const auto names = tagger.FindNames(sentences);
    std::printf("# %s\n", document.id.c_str());
    for (std::size_t s = 0; s < sentences.size(); ++s) PrintSentence(sentences[s], names[s]);
  }
  return 0;
}
