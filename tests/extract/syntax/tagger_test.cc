#include "extract/syntax/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger_features.h"
#include "extract/text/corpus_reader.h"
#include "extract/text/tokenizer.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

// Tokens separated by single spaces; spans point into `text`.
Sentence MakeSentence(const std::string& text) {
  Sentence sentence;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    sentence.tokens.push_back(Token(text.substr(start, end - start), {start, end}));
    start = end + 1;
  }
  sentence.span = {0, text.size()};
  return sentence;
}

const Tagger& Shipped() {
  static const Tagger* tagger = new Tagger(Tagger::LoadEmbedded());
  return *tagger;
}

std::string SpanText(const Sentence& sentence, const NameSpan& span) {
  std::string out;
  for (std::size_t t = span.first_token; t < span.end_token; ++t) {
    if (!out.empty()) out += ' ';
    out += sentence.tokens[t].text;
  }
  return out;
}

// "TYPE:text" for every name of a one-sentence document.
std::vector<std::string> Names(const std::string& text) {
  std::vector<Sentence> document = {MakeSentence(text)};
  Shipped().TagSyntax(document);
  const auto names = Shipped().FindNames(document);
  std::vector<std::string> out;
  for (const NameSpan& span : names[0]) {
    EXPECT_GT(span.confidence, 0.0);
    EXPECT_LE(span.confidence, 1.0);
    out.push_back(span.type + ":" + SpanText(document[0], span));
  }
  return out;
}

constexpr char kTinyConll[] =
    "-DOCSTART- -X- O O\n"
    "\n"
    "Peter NNP I-NP I-PER\n"
    "Blackburn NNP I-NP I-PER\n"
    "visited VBD I-VP O\n"
    "Paris NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "The DT I-NP O\n"
    "European NNP I-NP I-ORG\n"
    "Commission NNP I-NP I-ORG\n"
    "said VBD I-VP O\n"
    "on IN I-PP O\n"
    "Thursday NNP I-NP O\n"
    "it PRP B-NP O\n"
    "disagreed VBD I-VP O\n"
    ". . O O\n"
    "\n"
    "-DOCSTART- -X- O O\n"
    "\n"
    "Germany NNP I-NP I-LOC\n"
    "'s POS B-NP O\n"
    "Werner NNP I-NP I-PER\n"
    "Zwingmann NNP I-NP I-PER\n"
    "said VBD I-VP O\n"
    "British JJ I-NP I-MISC\n"
    "farmers NNS I-NP O\n"
    "should MD I-VP O\n"
    "wait VB I-VP O\n"
    ". . O O\n"
    "\n";

std::vector<LabelledDocument> TinyData() {
  std::istringstream in(kTinyConll);
  return ReadConll(in);
}

TEST(ReadConllTest, SplitsDocumentsAndConvertsIob1ToBio) {
  auto docs = TinyData();
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_EQ(docs[0].sentences.size(), 2u);
  ASSERT_EQ(docs[1].sentences.size(), 1u);
  EXPECT_EQ(docs[0].names[0], (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "O"}));
  const auto& tokens = docs[1].sentences[0].tokens;
  EXPECT_EQ(tokens[0].chunk, "B-NP");
  EXPECT_EQ(tokens[1].chunk, "B-NP");  // IOB1 "B-NP" after "I-NP" starts a new chunk
  EXPECT_EQ(tokens[2].chunk, "I-NP");
  EXPECT_EQ(tokens[1].pos, "POS");
}

TEST(ReadConllTest, RejectsShortLines) {
  std::istringstream in("Peter NNP I-NP\n");
  EXPECT_THROW(ReadConll(in), std::runtime_error);
}

TEST(SpansFromBioTest, FollowsConllevalRules) {
  struct Case {
    std::vector<std::string> labels;
    std::vector<LabelSpan> spans;
  };
  const std::vector<Case> cases = {
      {{"B-PER", "I-PER", "O"}, {{0, 2, "PER"}}},
      {{"I-ORG", "I-ORG"}, {{0, 2, "ORG"}}},
      {{"B-LOC", "B-LOC"}, {{0, 1, "LOC"}, {1, 2, "LOC"}}},
      {{"B-PER", "I-ORG"}, {{0, 1, "PER"}, {1, 2, "ORG"}}},
      {{"O", "I-MISC", "O", "I-MISC"}, {{1, 2, "MISC"}, {3, 4, "MISC"}}},
      {{"O", "O"}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(SpansFromBio(c.labels), c.spans);
}

TEST(NormaliseTokenTextTest, MapsTypographyToConllFormsAndFoldsLatinLetters) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\xE2\x80\x9C", "\""},
      {"\xE2\x80\x9D", "\""},
      {"``", "\""},
      {"''", "\""},
      {"\xE2\x80\x98", "'"},
      {"\xE2\x80\x99s", "'s"},
      {"n\xE2\x80\x99t", "n't"},
      {"\xE2\x80\x94", "-"},
      {"\xE2\x80\x93", "-"},
      {"\xE2\x80\xA6", "..."},
      {"U.S.-led", "U.S.-led"},
      {"Kraków", "Krakow"},
      {"Ángel Durán", "Angel Duran"},
      {"Łódź", "Lodz"},
      {"Straße", "Strase"},
      {"Москва", "Москва"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(NormaliseTokenText(in), out) << in;
}

TEST(GzipTest, RoundTripsAndIsDeterministic) {
  std::string data(10000, 'a');
  for (std::size_t i = 0; i < data.size(); i += 7) data[i] = static_cast<char>('b' + i % 13);
  std::string gz = GzipCompress(data);
  EXPECT_EQ(gz, GzipCompress(data));
  EXPECT_EQ(GzipDecompress(gz), data);
  EXPECT_THROW(GzipDecompress("not gzip at all"), std::runtime_error);
}

TaggerTrainingOptions TinyOptions(TaggerTask task) {
  TaggerTrainingOptions options;
  options.task = task;
  options.epochs = 5;
  options.folds = 1;
  options.name_types = "";  // the tiny data alone, without the shipped lists
  options.word_classes = "";
  options.runs = 1;
  return options;
}

TEST(TrainTaggerModelTest, IsDeterministicAndLearnsTheData) {
  auto data = TinyData();
  std::string pos = TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kPos));
  EXPECT_EQ(pos, TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kPos)));
  std::string chunk = TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kChunk));
  EXPECT_EQ(chunk, TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kChunk)));
  std::string ner = TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kNer));
  EXPECT_EQ(ner, TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kNer)));
  // The gzip header carries no timestamp: bytes 4..7 (MTIME) are zero.
  ASSERT_GT(ner.size(), 10u);
  EXPECT_EQ(ner.substr(4, 4), std::string(4, '\0'));

  Tagger tagger(pos, chunk, ner, /*name_types=*/"", /*word_classes=*/"");
  TaggerEvaluation eval = EvaluateTagger(tagger, data);
  EXPECT_EQ(eval.tokens, 24u);
  EXPECT_DOUBLE_EQ(eval.pos_accuracy, 1.0);
  EXPECT_DOUBLE_EQ(eval.chunks.F1(), 1.0);
  EXPECT_DOUBLE_EQ(eval.NameScore({"PER", "ORG", "LOC", "MISC"}).F1(), 1.0);
}

TEST(TrainTaggerModelTest, MixesSeveralRunsDeterministically) {
  auto data = TinyData();
  TaggerTrainingOptions options = TinyOptions(TaggerTask::kNer);
  const std::string single = TrainTaggerModel(data, {}, options);
  options.runs = 3;
  const std::string mixed = TrainTaggerModel(data, {}, options);
  EXPECT_EQ(mixed, TrainTaggerModel(data, {}, options));
  EXPECT_NE(mixed, single);
  std::string pos = TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kPos));
  std::string chunk = TrainTaggerModel(data, {}, TinyOptions(TaggerTask::kChunk));
  Tagger tagger(pos, chunk, mixed, "", "");
  EXPECT_GT(EvaluateTagger(tagger, data).NameScore({"PER", "ORG", "LOC", "MISC"}).F1(), 0.8);
}

TEST(SequenceTrainerTest, TheMeanOfIdenticalRunsIsThatRun) {
  SequenceTrainer a({"X", "Y"}), b({"X", "Y"});
  for (SequenceTrainer* t : {&a, &b}) {
    t->Update({1, 2}, 0, 1);
    t->Update({2, 3}, 1, 0);
    t->Update({1, 3}, 0, 0);
  }
  EXPECT_EQ(SequenceTrainer::SerializeMean({&a, &b}, "test", 0.0), a.Serialize("test", 0.0));
  SequenceTrainer c({"X", "Y"});
  c.Update({1, 2}, 1, 0);
  EXPECT_NE(SequenceTrainer::SerializeMean({&a, &c}, "test", 0.0), a.Serialize("test", 0.0));
}

TEST(TrainTaggerModelTest, ReportsDevScoresEveryEpoch) {
  auto data = TinyData();
  TaggerTrainingOptions options = TinyOptions(TaggerTask::kPos);
  options.epochs = 3;
  std::vector<int> epochs;
  options.on_epoch = [&](int epoch, const TaggerEvaluation& eval) {
    epochs.push_back(epoch);
    EXPECT_EQ(eval.tokens, 24u);
  };
  TrainTaggerModel(data, data, options);
  EXPECT_EQ(epochs, (std::vector<int>{1, 2, 3}));
}

TEST(SequenceModelTest, BatchedScoresEqualPerTokenScores) {
  const SequenceModel model =
      SequenceModel::Load(EmbeddedResource("models/ner.model.gz"), "ner", "NER model");
  const std::size_t n = model.labels().size();
  std::vector<Sentence> document = {
      MakeSentence("Peter Blackburn of the European Commission visited Paris on Thursday .")};
  Shipped().TagSyntax(document);
  std::vector<TokenView> views = MakeViews(document[0]);
  AddTagViews(document[0], true, views);
  const LabelSet labels(model.labels());
  // Per token: its full feature set (with arbitrary previous labels) plus keys no model knows.
  std::vector<std::uint64_t> all, keys;
  std::vector<std::uint32_t> ends;
  std::vector<std::int32_t> expected;
  for (std::size_t t = 0; t + 4 < views.size(); ++t) {
    NerFeatures(views, t + 2, static_cast<int>(t % n), -1, labels, keys);
    keys.push_back(HashBytes(999, "no such feature " + std::to_string(t)));
    all.insert(all.end(), keys.begin(), keys.end());
    ends.push_back(static_cast<std::uint32_t>(all.size()));
    expected.resize(expected.size() + n, 0);
    model.Score(keys.data(), keys.size(), expected.data() + expected.size() - n);
  }
  ends.insert(ends.begin() + 3, ends[2]);  // a token without features
  expected.insert(expected.begin() + 3 * n, n, 0);
  std::vector<std::int32_t> batched(expected.size(), 0);
  model.ScoreTokens(all.data(), ends.data(), ends.size(), batched.data());
  EXPECT_EQ(batched, expected);
  std::int32_t unknown[256] = {};
  const std::uint64_t nothing = HashBytes(999, "no such feature");
  model.Score(&nothing, 1, unknown);
  EXPECT_EQ(std::vector<std::int32_t>(unknown, unknown + n), std::vector<std::int32_t>(n, 0));
}

// Greedy POS tags of `sentence` from every feature of PosFeatures scored per token: what the
// tagger's batched and memoised decoding must reproduce exactly.
std::vector<std::string> ReferencePosTags(const SequenceModel& model, const Sentence& sentence) {
  const LabelSet labels(model.labels());
  const std::vector<TokenView> views = MakeViews(sentence);
  std::vector<std::uint64_t> keys;
  std::vector<std::string> out;
  int p1 = -1, p2 = -1;
  for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
    PosFeatures(views, t + 2, p1, p2, labels, keys);
    std::vector<std::int32_t> scores(model.labels().size(), 0);
    model.Score(keys.data(), keys.size(), scores.data());
    const int best =
        static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    out.push_back(model.labels()[best]);
    p2 = p1;
    p1 = best;
  }
  return out;
}

TEST(ShippedTaggerTest, MemoisedDecodingEqualsScoringEveryFeature) {
  const SequenceModel model =
      SequenceModel::Load(EmbeddedResource("models/pos.model.gz"), "pos", "POS model");
  // Words repeated within and across sentences, at every distance the context features read,
  // so that later occurrences come from the word memo.
  const std::vector<std::string> texts = {
      "New York , New York , is a city in New York .",
      "OIL PRICES RISE AS OPEC CUTS OUTPUT",
      "Stocks",
      "The stocks of the company rose as the company said it would buy the stocks back .",
      "New York stocks rose ; stocks in New York rose .",
  };
  std::vector<std::vector<Sentence>> documents;
  for (const std::string& text : texts) documents.push_back({MakeSentence(text)});
  // And every sentence of the sample articles.
  CorpusReader reader({std::string(NEWSGRAPH_SOURCE_DIR) + "/samples"}, {});
  for (Document article; reader.Next(article);) documents.push_back(SplitSentences(article.text));
  std::size_t sentences = 0;
  for (int round = 0; round < 2; ++round) {
    for (std::vector<Sentence> document : documents) {
      Shipped().TagPartsOfSpeech(document);
      for (const Sentence& sentence : document) {
        std::vector<std::string> tags;
        for (const Token& token : sentence.tokens) tags.push_back(token.pos);
        EXPECT_EQ(tags, ReferencePosTags(model, sentence)) << sentence.tokens.size();
        ++sentences;
      }
    }
  }
  EXPECT_GT(sentences, 100u);
}

TEST(WordMemoKeyTest, SeparatesWordClasses) {
  TokenView plain, classed, other_class;
  plain.word = classed.word = other_class.word = HashBytes(11, "Samsung");
  classed.word_class = 7 | 9 << 16;
  other_class.word_class = 8 | 9 << 16;
  EXPECT_EQ(WordMemoKey(plain), plain.word);
  EXPECT_NE(WordMemoKey(classed), WordMemoKey(plain));
  EXPECT_NE(WordMemoKey(classed), WordMemoKey(other_class));
  EXPECT_NE(WordMemoKey(classed), 0u);
}

TEST(GazetteerTest, MarksLongestAndNestedMatches) {
  const Gazetteer gazetteer;
  std::vector<TokenView> views = MakeViews(MakeSentence("He flew from New York to South Korea ."));
  gazetteer.Mark(views);
  // Bits other than those of the English dictionary.
  const std::uint32_t dictionary = 0xfu << (2 * kWordCategory);
  auto bits = [&](std::size_t token) { return views[token + 2].gazetteer & ~dictionary; };
  EXPECT_NE(bits(3), 0u);  // "New" begins "New York"
  EXPECT_NE(bits(4), 0u);  // "York" is inside it
  EXPECT_NE(bits(6), 0u);  // "South Korea"
  EXPECT_NE(bits(7), 0u);
  EXPECT_EQ(bits(0), 0u);  // "He"
  EXPECT_EQ(bits(5), 0u);  // "to"
}

TEST(GazetteerTest, KnowsEnglishWordsAndProperNames) {
  const Gazetteer gazetteer;
  std::vector<TokenView> views = MakeViews(MakeSentence("Trudeau and Sadiq will trump it ."));
  gazetteer.Mark(views);
  auto has = [&](std::size_t token, int category) {
    return (views[token + 2].gazetteer & (1u << (2 * category))) != 0;
  };
  EXPECT_TRUE(has(0, kProperNameCategory));  // "Trudeau"
  EXPECT_FALSE(has(0, kWordCategory));
  EXPECT_TRUE(has(1, kWordCategory));   // "and"
  EXPECT_FALSE(has(2, kWordCategory));  // "Sadiq": in neither list
  EXPECT_FALSE(has(2, kProperNameCategory));
  EXPECT_TRUE(has(4, kWordCategory));  // "trump"
}

TEST(GazetteerTest, KnowsRegionsAndCitiesFromDebian) {
  const Gazetteer gazetteer;
  std::vector<TokenView> views = MakeViews(
      MakeSentence("She moved from Plano , Texas , to Essen and then to Haute-Garonne ."));
  gazetteer.Mark(views);
  const std::uint32_t dictionary = 0xfu << (2 * kWordCategory);
  auto bits = [&](std::size_t token) { return views[token + 2].gazetteer & ~dictionary; };
  EXPECT_NE(bits(3), 0u);   // "Plano": a city (geonames)
  EXPECT_NE(bits(5), 0u);   // "Texas": a subdivision (iso-codes)
  EXPECT_NE(bits(8), 0u);   // "Essen"
  EXPECT_NE(bits(12), 0u);  // "Haute-Garonne"
  EXPECT_EQ(bits(1), 0u);   // "moved"
}

// A model file with its uncompressed payload edited by `edit`.
std::string EditedModel(const std::function<void(std::string&)>& edit) {
  std::string payload = GzipDecompress(EmbeddedResource("models/pos.model.gz"));
  edit(payload);
  return GzipCompress(payload);
}

TEST(TaggerLoadTest, RejectsBadFilesWithClearErrors) {
  std::string pos(EmbeddedResource("models/pos.model.gz"));
  std::string chunk(EmbeddedResource("models/chunk.model.gz"));
  std::string ner(EmbeddedResource("models/ner.model.gz"));
  struct Case {
    std::string name;
    std::string pos_model;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"bad magic", EditedModel([](std::string& p) { p[0] = 'X'; }), "bad magic number"},
      {"future version", EditedModel([](std::string& p) { p[8] = 2; }),
       "unsupported model format version 2"},
      {"truncated", EditedModel([](std::string& p) { p.resize(p.size() / 2); }), "truncated"},
      {"wrong kind", ner, "expected a pos model but the file holds a ner model"},
      {"not gzip", "plain text", "not valid gzip"},
  };
  for (const auto& c : cases) {
    try {
      Tagger tagger(c.pos_model, chunk, ner);
      ADD_FAILURE() << c.name << ": loaded";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos)
          << c.name << ": " << e.what();
    }
  }
  EXPECT_NO_THROW((Tagger{pos, chunk, ner}));
}

TEST(ShippedTaggerTest, TagsPartsOfSpeechAndChunks) {
  struct Case {
    std::string text;
    std::vector<std::string> pos;
    std::vector<std::string> chunks;
  };
  const std::vector<Case> cases = {
      {"The company said it would buy 20 new aircraft .",
       {"DT", "NN", "VBD", "PRP", "MD", "VB", "CD", "JJ", "NN", "."},
       {"B-NP", "I-NP", "B-VP", "B-NP", "B-VP", "I-VP", "B-NP", "I-NP", "I-NP", "O"}},
      {"Police said two men were killed in London on Friday .",
       {"NNS", "VBD", "CD", "NNS", "VBD", "VBN", "IN", "NNP", "IN", "NNP", "."},
       {"B-NP", "B-VP", "B-NP", "I-NP", "B-VP", "I-VP", "B-PP", "B-NP", "B-PP", "B-NP", "O"}},
  };
  for (const auto& c : cases) {
    std::vector<Sentence> document = {MakeSentence(c.text)};
    Shipped().TagSyntax(document);
    std::vector<std::string> pos, chunks;
    for (const Token& token : document[0].tokens) {
      pos.push_back(token.pos);
      chunks.push_back(token.chunk);
    }
    EXPECT_EQ(pos, c.pos) << c.text;
    EXPECT_EQ(chunks, c.chunks) << c.text;
  }
}

TEST(ShippedTaggerTest, FindsNamesInNewsSentences) {
  struct Case {
    std::string text;
    std::vector<std::string> names;
  };
  const std::vector<Case> cases = {
      {"Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow would respond .",
       {"MISC:Russian", "PER:Sergei Lavrov", "LOC:Moscow"}},
      {"The United Nations Security Council met in New York .",
       {"ORG:United Nations Security Council", "LOC:New York"}},
      {"German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin .",
       {"MISC:German", "PER:Angela Merkel", "MISC:French", "PER:Emmanuel Macron", "LOC:Berlin"}},
      {"\xE2\x80\x9C We will not accept this , \xE2\x80\x9D Gazprom spokesman Ivan Petrov said .",
       {"ORG:Gazprom", "PER:Ivan Petrov"}},
      // Unfamiliar given names: one span, typed by all its tokens, not by the first alone.
      {"The former minister accused Brice Hortefeux of being a fascist .", {"PER:Brice Hortefeux"}},
      // Unknown capitalised words that are no English words, also first in a sentence.
      {"Trudeau will extend that invitation .", {"PER:Trudeau"}},
      // A token the model sees inside a name of another type continues that name, which is then
      // typed by all its tokens.
      {"Adnan Z. Amin , head of the International Renewable Energy Agency , said so .",
       {"PER:Adnan Z. Amin", "ORG:International Renewable Energy Agency"}},
      {"With help from the American Civil Liberties Union , they challenged the state .",
       {"ORG:American Civil Liberties Union"}},
      // Latin letters with diacritics are read as their ASCII letters.
      {"The party named Ángel Pintado treasurer ; Fátima Báñez is proudest of the law .",
       {"PER:Ángel Pintado", "PER:Fátima Báñez"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Names(c.text), c.names) << c.text;
}

TEST(ShippedTaggerTest, UsesEarlierSentencesOfTheDocument) {
  std::vector<Sentence> document = {
      MakeSentence("Prime Minister Nawaz Sharif arrived in Kabul on Monday ."),
      MakeSentence("Sharif told reporters the talks went well ."),
  };
  Shipped().TagSyntax(document);
  auto names = Shipped().FindNames(document);
  ASSERT_EQ(names.size(), 2u);
  ASSERT_FALSE(names[1].empty());
  EXPECT_EQ(names[1][0].type, "PER");
  EXPECT_EQ(SpanText(document[1], names[1][0]), "Sharif");
}

TEST(ShippedTaggerTest, GivesTheSameAnswersFromManyThreads) {
  std::vector<Sentence> document = {
      MakeSentence("Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow would "
                   "respond ."),
      MakeSentence("Lavrov met the U.S. ambassador in Geneva ."),
  };
  Shipped().TagSyntax(document);
  const auto expected = Shipped().FindNames(document);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      std::vector<Sentence> copy = document;
      bool ok = true;
      for (int i = 0; i < 50; ++i) {
        Shipped().TagSyntax(copy);
        ok &= Shipped().FindNames(copy) == expected;
      }
      same[k] = ok;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(same, std::vector<int>(4, 1));
}

TEST(ShippedTaggerTest, HandlesEmptyInput) {
  std::vector<Sentence> document = {Sentence{}, MakeSentence("Hello")};
  document[1].tokens.clear();
  Shipped().TagSyntax(document);
  auto names = Shipped().FindNames(document);
  EXPECT_EQ(names.size(), 2u);
  EXPECT_TRUE(Shipped().FindNames({}).empty());
}

}  // namespace
}  // namespace newsgraph
