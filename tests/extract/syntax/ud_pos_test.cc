// The shipped POS model learned from the UD English treebanks as well as CoNLL-2003: it tags web
// and news text as they do, in CoNLL-2003's tag set.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "extract/syntax/tagger.h"

namespace newsgraph {
namespace {

const Tagger& Shipped() {
  static const Tagger* tagger = new Tagger(Tagger::LoadEmbedded());
  return *tagger;
}

// The tags of `text`'s space-separated tokens.
std::vector<std::string> Tags(const std::string& text) {
  std::vector<Sentence> sentences(1);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    sentences[0].tokens.push_back(Token(text.substr(start, end - start), {start, end}));
    start = end + 1;
  }
  sentences[0].span = {0, text.size()};
  Shipped().TagPartsOfSpeech(sentences);
  std::vector<std::string> tags;
  for (const Token& token : sentences[0].tokens) tags.push_back(token.pos);
  return tags;
}

struct TagCase {
  const char* sentence;
  std::size_t token;
  const char* tag;
};

// Each of these the CoNLL-2003-only model tagged otherwise.
TEST(UdPosTest, TagsWebAndNewsTextAsTheTreebanksDo) {
  const TagCase cases[] = {
      {"Josep Borrell , the bloc 's foreign policy chief , called on Iran to respect the embargo .",
       10, "VBD"},
      {"Now , people wonder if Google can even survive .", 3, "VBP"},
      {"The hottest item on Christmas wish lists this year is nuclear weapons .", 1, "JJS"},
      {"why would you want a chihuahua ?", 3, "VB"},
      {"i want it b/c it is really small and cute .", 9, "JJ"},
      {"Fascinating viewpoint of the future in Epic .", 0, "JJ"},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> tags = Tags(c.sentence);
    ASSERT_LT(c.token, tags.size()) << c.sentence;
    EXPECT_EQ(tags[c.token], c.tag) << c.sentence;
  }
}

// The treebanks' own tags for hyphens, brackets, quotes, addresses and symbols were mapped to
// CoNLL-2003's (resources/pos_tag_map.tsv), so the rules that read tags meet no new ones.
TEST(UdPosTest, TagsStayInTheCoNllTagSet) {
  const std::set<std::string> foreign = {"HYPH", "NFP", "ADD", "GW",    "AFX",
                                         "XX",   "-LRB-", "-RRB-", "``"};
  const char* const sentences[] = {
      "a long - term plan ( see below ) -- e-mail me at bob@example.com :) !!!",
      "\" Les Spahnn \" < spahnn@hnks.com > wrote : *** see http://example.com/a ***",
      "the pre - war and post - war years ~~ 5 - 6 % ...",
  };
  for (const char* sentence : sentences) {
    for (const std::string& tag : Tags(sentence)) {
      EXPECT_EQ(foreign.count(tag), 0u) << tag << " in " << sentence;
    }
  }
}

}  // namespace
}  // namespace newsgraph
