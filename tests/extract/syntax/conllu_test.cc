#include "extract/syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>

namespace newsgraph {
namespace {

std::vector<Sentence> Read(const std::string& text) {
  std::istringstream in(text);
  return ReadConllu(in);
}

TEST(ConlluTest, ReadsWordLinesAndSkipsCommentsRangesAndEmptyNodes) {
  const std::string text =
      "# sent_id = 1\n"
      "# text = He didn't go.\n"
      "1\tHe\the\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "3.1\tgo\tgo\tVERB\t_\t_\t_\t_\t2:conj\t_\n"
      "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
      "\n"
      "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\r\n"
      "\n";
  const auto sentences = Read(text);
  ASSERT_EQ(sentences.size(), 2u);
  const auto& words = sentences[0].tokens;
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[1].text, "did");
  EXPECT_EQ(words[2].text, "n't");
  EXPECT_EQ(words[0].pos, "PRP");
  EXPECT_EQ(words[4].pos, "PUNCT");  // UPOS when XPOS is "_"
  EXPECT_EQ(words[0].head, 2);       // 0-based
  EXPECT_EQ(words[3].head, -1);
  EXPECT_EQ(words[3].deprel, "root");
  EXPECT_EQ(words[2].deprel, "advmod");
  ASSERT_EQ(sentences[1].tokens.size(), 1u);
  EXPECT_EQ(sentences[1].tokens[0].deprel, "root");
}

TEST(ConlluTest, ALastSentenceWithoutBlankLineIsKept) {
  EXPECT_EQ(Read("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_").size(), 1u);
}

TEST(ConlluTest, MalformedLinesAreErrorsNamingTheLine) {
  const std::string cases[] = {
      "1\tHe\the\tPRON\tPRP\t_\t0\troot\t_\n",                                  // 9 columns
      "2\tHe\the\tPRON\tPRP\t_\t0\troot\t_\t_\n",                               // id out of order
      "1\tHe\the\tPRON\tPRP\t_\tx\troot\t_\t_\n",                               // head not a number
      "1\tHe\the\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n",  // head
  };
  for (const std::string& text : cases) {
    try {
      Read(text);
      ADD_FAILURE() << "accepted " << text;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()).rfind("line ", 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace newsgraph
