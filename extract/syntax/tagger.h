// Trained sequence taggers for news: part of speech, chunks and named entities.
//
// Three greedy left-to-right averaged-perceptron models over hashed features. The shipped models
// (resources/models/*.model.gz) are trained on CoNLL-2003 English by `scripts/train-models.sh`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

// A name found by the NER model: tokens [first_token, end_token) of one sentence, CoNLL class.
struct NameSpan {
  std::size_t first_token = 0;
  std::size_t end_token = 0;
  std::string type;       // "PER", "ORG", "LOC", "MISC"
  double confidence = 1;  // the lowest per-token label probability inside the span, in (0, 1]
  bool operator==(const NameSpan&) const = default;
};

class Tagger {
 public:
  // Loads the three models shipped in resources/models/.
  static Tagger LoadEmbedded();
  // Loads three model files (gzip bytes). Throws std::runtime_error naming the model when one is
  // not a model of the right kind or of this format version.
  Tagger(std::string_view pos_model_gz, std::string_view chunk_model_gz,
         std::string_view ner_model_gz);
  // The same with the NER model's name-type list and word classes (TSV text, see Gazetteer)
  // instead of the embedded ones.
  Tagger(std::string_view pos_model_gz, std::string_view chunk_model_gz,
         std::string_view ner_model_gz, std::string_view name_types, std::string_view word_classes);
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  // Fills Token::pos and Token::chunk (BIO, e.g. "B-NP", "I-VP", "O") of every token.
  void TagSyntax(std::vector<Sentence>& sentences) const;
  // The two halves of TagSyntax: TagChunks needs Token::pos.
  void TagPartsOfSpeech(std::vector<Sentence>& sentences) const;
  void TagChunks(std::vector<Sentence>& sentences) const;
  // Names in each sentence of one document, in token order; needs Token::pos (TagPartsOfSpeech).
  // The sentences must be the whole document in order: earlier mentions inform later ones.
  std::vector<std::vector<NameSpan>> FindNames(const std::vector<Sentence>& sentences) const;

 private:
  struct Models;
  std::unique_ptr<const Models> models_;
};

// ---- Training and evaluation on CoNLL-2003 style data ----

// One document of labelled text: Token::pos and Token::chunk hold the gold tags (BIO) and
// `names[s][t]` the gold BIO entity tag of token t of sentence s ("B-PER", "I-ORG", "O").
struct LabelledDocument {
  std::vector<Sentence> sentences;
  std::vector<std::vector<std::string>> names;
};

// Reads CoNLL-2003 columns (token, POS, chunk, NER; IOB1) into documents, split at -DOCSTART-
// lines, converting both tag columns to BIO. Throws std::runtime_error on a malformed line.
std::vector<LabelledDocument> ReadConll(std::istream& in);

// "B-X" begins a span; "I-X" continues one of type X and otherwise begins one (conlleval rule).
struct LabelSpan {
  std::size_t first = 0;
  std::size_t end = 0;
  std::string type;
  bool operator==(const LabelSpan&) const = default;
};
std::vector<LabelSpan> SpansFromBio(const std::vector<std::string>& labels);

struct SpanScore {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;
  double Precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double F1() const;
  void Add(const SpanScore& other);
};

// Dev-set figures: POS token accuracy, chunk span F1 (all chunk types) and exact-match NER span
// scores per type (PER, ORG, LOC, MISC), with throughput of each model (tokens per CPU second).
struct TaggerEvaluation {
  std::size_t tokens = 0;
  double pos_accuracy = 0;
  SpanScore chunks;
  std::vector<std::pair<std::string, SpanScore>> names;  // sorted by type
  double pos_tokens_per_second = 0;
  double chunk_tokens_per_second = 0;
  double ner_tokens_per_second = 0;
  // Summed over the given types ({"LOC","ORG","PER"} for the headline figure).
  SpanScore NameScore(const std::vector<std::string>& types) const;
};

// Tags `gold`'s text from scratch with `tagger` and scores it against the gold labels.
TaggerEvaluation EvaluateTagger(const Tagger& tagger, const std::vector<LabelledDocument>& gold);

enum class TaggerTask { kPos, kChunk, kNer };
// "pos", "chunk", "ner"; throws std::runtime_error for anything else.
TaggerTask ParseTaggerTask(std::string_view name);

struct TaggerTrainingOptions {
  TaggerTask task = TaggerTask::kPos;
  int epochs = 0;  // 0: the task's default
  // Chunk and NER models learn from POS and chunk tags predicted by models trained on the other
  // folds of the training data (jack-knifing), so training features match run-time features.
  int folds = 5;
  std::uint64_t seed = 20030601;
  // Independent training runs over differently shuffled data (seeds seed, seed + 1, ...) whose
  // averaged weights are averaged into the model; 0: the task's default.
  int runs = 0;
  double prune = 0.0;  // 0: the task's default; features whose |averaged weights| stay below drop
  // The POS model that tags the dev set for the chunk and NER tasks (gzip bytes).
  std::string pos_model_gz;
  // The NER gazetteer's name-type list and word classes (TSV text, may be empty); nullopt: the
  // embedded ones.
  std::optional<std::string> name_types;
  std::optional<std::string> word_classes;
  // Called after every epoch with the averaged model's dev scores when a dev set is given (of
  // the first run, and once more at the end for the mixed model of several runs).
  std::function<void(int epoch, const TaggerEvaluation&)> on_epoch;
  // Progress lines ("training POS on fold 2/5") for the command line; may be empty.
  std::function<void(std::string_view)> on_progress;
};

// Trains one model and returns its file (gzip bytes). Deterministic: the same data and options
// give bit-identical bytes. `dev` may be empty.
std::string TrainTaggerModel(const std::vector<LabelledDocument>& train,
                             const std::vector<LabelledDocument>& dev,
                             const TaggerTrainingOptions& options);

}  // namespace newsgraph
