#include "extract/syntax/dependency_parser.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger.h"
#include "extract/text/tokenizer.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

const DependencyParser& Shipped() {
  static const DependencyParser* parser = new DependencyParser(DependencyParser::LoadEmbedded());
  return *parser;
}

// The sentences of `text`, tokenized and POS-tagged by the shipped models.
std::vector<Sentence> Tagged(const std::string& text) {
  static const Tagger* tagger = new Tagger(Tagger::LoadEmbedded());
  std::vector<Sentence> sentences = SplitSentences(text);
  tagger->TagPartsOfSpeech(sentences);
  return sentences;
}

// One line per word: index, word, tag, head (1-based, 0 for the root), relation, as in CoNLL-U.
std::string Conllu(const std::vector<Sentence>& sentences) {
  std::ostringstream out;
  for (const Sentence& sentence : sentences) {
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const Token& token = sentence.tokens[t];
      out << t + 1 << '\t' << token.text << '\t' << token.pos << '\t' << token.head + 1 << '\t'
          << token.deprel << '\n';
    }
    out << '\n';
  }
  return out.str();
}

bool UpdateGolden() {
  const char* value = std::getenv("NEWSGRAPH_UPDATE_GOLDEN");
  return value != nullptr && *value != '\0' && std::string(value) != "0";
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const char kNews[] =
    "Russian Foreign Minister Sergei Lavrov accused the United States on Tuesday of prolonging "
    "the war. The embassy was attacked by protesters who had gathered outside. Iran's president "
    "said talks would resume next week, but the sanctions were not lifted. Shares of Boeing fell "
    "3 percent after the company cut its forecast. \"We will not give up,\" she told reporters "
    "in Kyiv.";

// The parses of a few news sentences with the shipped models, compared whole against
// tests/extract/syntax/golden/parses.conllu. NEWSGRAPH_UPDATE_GOLDEN=1 rewrites the file.
TEST(DependencyParserTest, MatchesGoldenParses) {
  std::vector<Sentence> sentences = Tagged(kNews);
  for (Sentence& sentence : sentences) Shipped().Parse(sentence);
  const std::string actual = Conllu(sentences);
  const std::string path = std::string(NEWSGRAPH_TEST_DATA) + "/extract/syntax/golden/parses.conllu";
  if (UpdateGolden()) {
    std::ofstream(path, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << path;
  }
  const std::string expected = ReadText(path);
  ASSERT_FALSE(expected.empty()) << "missing " << path << "; run with NEWSGRAPH_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, expected) << "parses differ from " << path
                              << "; if intended, rerun with NEWSGRAPH_UPDATE_GOLDEN=1 and review";
}

// Every word has a head inside the sentence or is the one root, and no head chain loops.
void ExpectTree(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.tokens.size());
  int roots = 0;
  for (int w = 0; w < n; ++w) {
    const Token& token = sentence.tokens[static_cast<std::size_t>(w)];
    ASSERT_GE(token.head, -1);
    ASSERT_LT(token.head, n);
    ASSERT_FALSE(token.deprel.empty());
    EXPECT_EQ(token.head == -1, token.deprel == "root");
    roots += token.head == -1;
    int steps = 0;
    for (int h = w; h >= 0 && steps <= n; h = sentence.tokens[static_cast<std::size_t>(h)].head) {
      ++steps;
    }
    EXPECT_LE(steps, n) << "cycle through word " << w;
  }
  EXPECT_EQ(roots, 1);
}

TEST(DependencyParserTest, ParsesAreTreesWithOneRoot) {
  const std::string samples =
      ReadText(std::string(NEWSGRAPH_SOURCE_DIR) + "/samples/2024-07-briefing.txt");
  ASSERT_FALSE(samples.empty());
  std::vector<Sentence> sentences = Tagged(samples + "\n\nOk\n\n\" ( ) --");
  for (Sentence& sentence : sentences) {
    Shipped().Parse(sentence);
    ExpectTree(sentence);
  }
}

TEST(DependencyParserTest, ThreadsGiveTheSameParses) {
  const std::vector<Sentence> input = Tagged(kNews);
  std::vector<Sentence> one = input, two = input;
  std::thread other([&] {
    for (Sentence& sentence : two) Shipped().Parse(sentence);
  });
  for (Sentence& sentence : one) Shipped().Parse(sentence);
  other.join();
  EXPECT_EQ(Conllu(one), Conllu(two));
}

TEST(DependencyParserTest, EmptySentenceIsLeftAlone) {
  Sentence empty;
  Shipped().Parse(empty);
  EXPECT_TRUE(empty.tokens.empty());
}

TEST(DependencyParserTest, RejectsFilesThatAreNoParserModel) {
  EXPECT_THROW(DependencyParser("not gzip"), std::runtime_error);
  EXPECT_THROW(DependencyParser(GzipCompress("NGSEQMDL")), std::runtime_error);
  std::string other_version = GzipDecompress(EmbeddedResource("models/parser.model.gz"));
  other_version[8] = static_cast<char>(other_version[8] + 1);  // the version follows the magic
  try {
    DependencyParser parser(GzipCompress(other_version));
    ADD_FAILURE() << "accepted a model of another version";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("version"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace newsgraph
