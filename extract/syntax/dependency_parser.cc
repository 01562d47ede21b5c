#include "extract/syntax/dependency_parser.h"

#include <cstring>
#include <ctime>
#include <stdexcept>

#include "extract/syntax/parser_features.h"
#include "extract/syntax/parser_model_file.h"
#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger_features.h"
#include "extract/syntax/transition_system.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'P', 'A', 'R', 'S', 'E', 'R'};
// Version 1: arc-hybrid moves and relations, the feature templates of parser_features.cc.
constexpr std::uint32_t kVersion = 1;
constexpr std::string_view kWhat = "parser model";

void PutU32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Reads a little-endian u32 at `at` of `data`, advancing `at`; throws when truncated.
std::uint32_t GetU32(std::string_view data, std::size_t& at) {
  if (data.size() - at < 4) throw std::runtime_error("parser model: file is truncated");
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(data[at + i])} << (8 * i);
  at += 4;
  return v;
}

std::string_view GetPart(std::string_view data, std::size_t& at) {
  const std::uint32_t size = GetU32(data, at);
  if (data.size() - at < size) throw std::runtime_error("parser model: file is truncated");
  const std::string_view part = data.substr(at, size);
  at += size;
  return part;
}

// Scratch space of one thread's parses, reused from sentence to sentence.
struct Workspace {
  std::vector<ParserWord> words;
  ArcHybridState state;
  std::uint64_t keys[kMaxParserFeatures];
  std::vector<std::int32_t> scores;
};

}  // namespace

std::string PackParserModel(std::string_view moves_gz, std::string_view labels_gz) {
  std::string out(kMagic, sizeof(kMagic));
  PutU32(out, kVersion);
  for (std::string_view part : {moves_gz, labels_gz}) {
    PutU32(out, static_cast<std::uint32_t>(part.size()));
    out.append(part);
  }
  return GzipCompress(out);
}

struct DependencyParser::Model {
  SequenceModel moves;
  SequenceModel labels;
  int root_label = -1;
  ParserWordClasses classes{EmbeddedWordClasses()};

  Move BestMove(Workspace& work) const;
  int BestLabel(Workspace& work, Move move) const;
};

Move DependencyParser::Model::BestMove(Workspace& work) const {
  // A state with one valid move (an empty stack, or only the root left in the buffer) needs no
  // scoring: whatever the scores, that move is taken.
  const Move only = work.state.OnlyValidMove();
  if (only != kNoMove) return only;
  const std::size_t count = TransitionFeatures(work.state, work.words.data(), work.keys);
  std::int32_t scores[kNumMoves] = {0, 0, 0};
  moves.Score(work.keys, count, scores);
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!work.state.IsValid(static_cast<Move>(m))) continue;
    if (best < 0 || scores[m] > scores[best]) best = m;
  }
  return static_cast<Move>(best);
}

int DependencyParser::Model::BestLabel(Workspace& work, Move move) const {
  const int head = work.state.HeadOf(move), dependent = work.state.DependentOf(move);
  if (head == work.state.root()) return root_label;
  const std::size_t count =
      LabelFeatures(work.state, work.words.data(), head, dependent, work.keys);
  const std::size_t num_labels = labels.labels().size();
  work.scores.assign(num_labels, 0);
  labels.Score(work.keys, count, work.scores.data());
  int best = -1;
  for (int l = 0; l < static_cast<int>(num_labels); ++l) {
    if (l == root_label) continue;
    if (best < 0 || work.scores[l] > work.scores[best]) best = l;
  }
  return best;
}

DependencyParser DependencyParser::LoadEmbedded() {
  return DependencyParser(EmbeddedResource("models/parser.model.gz"));
}

DependencyParser::DependencyParser(std::string_view model_gz) {
  const std::string data = GzipDecompress(model_gz);
  if (data.size() < sizeof(kMagic) || std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0) {
    throw std::runtime_error("parser model: not a newsgraph parser model (bad magic number)");
  }
  std::size_t at = sizeof(kMagic);
  const std::uint32_t version = GetU32(data, at);
  if (version != kVersion) {
    throw std::runtime_error("parser model: unsupported format version " +
                             std::to_string(version) + " (this build reads version " +
                             std::to_string(kVersion) + "); retrain with `newsgraph train`");
  }
  auto model = std::make_unique<Model>();
  model->moves = SequenceModel::Load(GetPart(data, at), kParserMovesKind, kWhat);
  model->labels = SequenceModel::Load(GetPart(data, at), kParserLabelsKind, kWhat);
  if (at != data.size()) throw std::runtime_error("parser model: trailing bytes in model file");
  if (model->moves.labels().size() != kNumMoves) {
    throw std::runtime_error("parser model: the move model has the wrong number of moves");
  }
  const auto& names = model->labels.labels();
  for (std::size_t l = 0; l < names.size(); ++l) {
    if (names[l] == "root") model->root_label = static_cast<int>(l);
  }
  if (model->root_label < 0 || names.size() < 2) {
    throw std::runtime_error("parser model: the relation model has no \"root\" relation");
  }
  model_ = std::move(model);
}

DependencyParser::~DependencyParser() = default;
DependencyParser::DependencyParser(DependencyParser&&) noexcept = default;
DependencyParser& DependencyParser::operator=(DependencyParser&&) noexcept = default;

void DependencyParser::Parse(Sentence& sentence) const {
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;
  thread_local Workspace work;
  MakeParserWords(sentence, model_->classes, work.words);
  work.state.Reset(n);
  while (!work.state.IsTerminal()) {
    const Move move = model_->BestMove(work);
    const int label = move == kShift ? -1 : model_->BestLabel(work, move);
    work.state.Apply(move, label);
  }
  const auto& names = model_->labels.labels();
  for (int i = 0; i < n; ++i) {
    const WordArcs& arcs = work.state.arcs(i);
    Token& token = sentence.tokens[static_cast<std::size_t>(i)];
    token.head = arcs.head == n ? -1 : arcs.head;
    token.deprel = names[static_cast<std::size_t>(arcs.label)];
  }
}

ParserEvaluation EvaluateParser(const DependencyParser& parser, const std::vector<Sentence>& gold) {
  std::vector<Sentence> parsed = gold;
  ParserEvaluation eval;
  const std::clock_t start = std::clock();
  for (Sentence& sentence : parsed) parser.Parse(sentence);
  eval.cpu_seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    ++eval.sentences;
    for (std::size_t t = 0; t < gold[s].tokens.size(); ++t) {
      const Token &g = gold[s].tokens[t], &p = parsed[s].tokens[t];
      ++eval.words;
      eval.correct_heads += g.head == p.head;
      eval.correct_labelled += g.head == p.head && g.deprel == p.deprel;
    }
  }
  return eval;
}

}  // namespace newsgraph
