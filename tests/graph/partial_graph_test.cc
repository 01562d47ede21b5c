// PartialGraph: the graph stage's view of documents, written and read back, merged in any order
// with the same bytes, fed to GraphBuilder in canonical order.
#include "graph/partial_graph.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"
#include "tests/scratch_dir.h"

namespace newsgraph {
namespace {

Mention MakeMention(const std::string& text, EntityType type,
                    MentionKind kind = MentionKind::kName) {
  Mention mention;
  mention.text = text;
  mention.canonical = text;
  mention.type = type;
  mention.kind = kind;
  return mention;
}

// A document "<subject> <label> <object>." with one sentence of one token per word, so copies of
// one text share a body fingerprint.
DocumentExtraction MakeDocument(const std::string& id, const std::string& subject,
                                const std::string& label, const std::string& object) {
  DocumentExtraction extraction;
  extraction.document.id = id;
  extraction.document.date = "2024-05-0" + std::to_string(id.size() % 9 + 1);
  extraction.document.text = subject + " " + label + " " + object + ".";
  Sentence sentence;
  for (const std::string& word : {subject, label, object})
    sentence.tokens.emplace_back(word, ByteSpan{});
  extraction.sentences.push_back(sentence);
  extraction.mentions = {MakeMention(subject, EntityType::kGpe),
                         MakeMention("Ukrainian", EntityType::kNorp),
                         MakeMention(object, EntityType::kGpe)};
  Triple triple;
  triple.subject = 0;
  triple.object = 2;
  triple.relation = {label, "112", 3, -2.5, "ACCUSE"};
  triple.event_date.date = "2024-04-30";
  triple.provenance.sentence_text = extraction.document.text;
  extraction.triples.push_back(triple);
  Triple nationality = triple;  // a nationality is no actor: dropped
  nationality.object = 1;
  extraction.triples.push_back(nationality);
  return extraction;
}

std::string Written(PartialGraph& partial) {
  std::ostringstream out;
  partial.Write(out);
  return out.str();
}

std::string GraphJson(PartialGraph& partial) {
  const ActorDictionary& actors = ActorDictionary();
  GraphBuilder builder(actors, {});
  std::move(partial).AddTo(builder);
  std::ostringstream out;
  MakeGraphWriter("json")->Write(builder.Build(), out);
  std::ostringstream log;
  builder.WriteMergeLog(log);
  return out.str() + log.str();
}

TEST(PartialGraph, ReduceKeepsNodeMentionsAndActorTriples) {
  const GraphDocument document = ReduceForGraph(MakeDocument("a", "Russia", "accuses", "Ukraine"));
  ASSERT_EQ(document.mentions.size(), 2u);
  EXPECT_EQ(document.mentions[1].text, "Ukraine");
  ASSERT_EQ(document.triples.size(), 1u);
  EXPECT_EQ(document.triples[0].object, 1u);
  EXPECT_NE(document.body_fingerprint, 0u);
  EXPECT_EQ(EncodeGraphDocument(DecodeGraphDocument(EncodeGraphDocument(document))),
            EncodeGraphDocument(document));
}

// Documents in three orders and groupings give the same file and the same graph, and the copy
// ("b" repeats "c"'s body) and the repeated id "d" resolve by canonical order.
TEST(PartialGraph, MergeInAnyOrderGivesTheSameBytes) {
  const std::vector<DocumentExtraction> documents = {
      MakeDocument("d", "Russia", "accuses", "Ukraine"),
      MakeDocument("c", "Poland", "thanks", "Ukraine"),
      MakeDocument("b", "Poland", "thanks", "Ukraine"),
      MakeDocument("d", "Ukraine", "thanks", "Poland"),
  };
  PartialGraph forward, backward, left, right;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    forward.Add(documents[i]);
    backward.Add(documents[documents.size() - 1 - i]);
    (i % 2 == 0 ? left : right).Add(documents[i]);
  }
  right.Merge(std::move(left));
  const std::string bytes = Written(forward);
  EXPECT_EQ(Written(backward), bytes);
  EXPECT_EQ(Written(right), bytes);
  const std::string graph = GraphJson(forward);
  EXPECT_EQ(GraphJson(backward), graph);
  EXPECT_EQ(GraphJson(right), graph);
  EXPECT_NE(graph.find("#\tc\tcopy of\tb"), std::string::npos) << graph;
  EXPECT_NE(graph.find("\"d#2\""), std::string::npos) << graph;
}

// A written partial reads back to the same bytes; another version, a cut file or a damaged line
// is refused with the file (and line) named.
TEST(PartialGraph, ReadsBackAndRefusesOtherVersionsAndDamage) {
  testing::ScratchDir scratch;
  PartialGraph partial;
  partial.Add(MakeDocument("a", "Russia", "accuses", "Ukraine"));
  partial.Add(MakeDocument("b", "Poland", "thanks", "Ukraine"));
  const std::string bytes = Written(partial);
  const std::string path = (scratch.path() / "p.partial").string();
  std::ofstream(path, std::ios::binary) << bytes;
  PartialGraph read = PartialGraph::Read(path);
  EXPECT_EQ(Written(read), bytes);

  std::string other_version = bytes;
  other_version.replace(other_version.find("\"version\":1"), 11, "\"version\":2");
  const std::string second_line_end = bytes.substr(0, bytes.find('\n', bytes.find('\n') + 1));
  const std::vector<std::pair<std::string, std::string>> cases = {
      {other_version,
       "p.partial: partial graph format version 2, but this newsgraph reads version 1"},
      {bytes.substr(0, bytes.rfind("{\"end\"")), "p.partial: truncated: no end line after 2"},
      {bytes.substr(0, bytes.size() - 5), "the last line has no end"},
      {second_line_end + "\n{\"id\":1}\n", "p.partial:3: a string was expected"},
      {"{\"id\":\"x\"}\n", "not a newsgraph partial graph"},
  };
  for (const auto& [text, message] : cases) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    try {
      PartialGraph::Read(path);
      ADD_FAILURE() << "read: " << message;
    } catch (const std::runtime_error& error) {
      EXPECT_NE(std::string(error.what()).find(message), std::string::npos) << error.what();
    }
  }
}

}  // namespace
}  // namespace newsgraph
