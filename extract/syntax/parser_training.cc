// Training of the dependency parser: TrainParserModel.
#include <algorithm>
#include <set>
#include <stdexcept>

#include "extract/syntax/dependency_parser.h"
#include "extract/syntax/parser_features.h"
#include "extract/syntax/parser_model_file.h"
#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger_features.h"
#include "extract/syntax/transition_system.h"

namespace newsgraph {
namespace {

// SplitMix64: a small deterministic generator, the same on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Fisher-Yates shuffle.
  void Shuffle(std::vector<std::size_t>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Next() % i]);
  }

 private:
  std::uint64_t state_;
};

// A training sentence's gold tree: heads projectivized, the root as word n; relation ids.
struct GoldTree {
  std::vector<int> heads;
  std::vector<int> labels;
};

class ParserTrainer {
 public:
  ParserTrainer(std::vector<std::string> label_names, const ParserTrainingOptions& options)
      : moves_({"shift", "left-arc", "right-arc"}),
        labels_(label_names),
        label_names_(std::move(label_names)),
        random_(options.seed),
        explore_(options.explore) {
    root_label_ = LabelId("root");
  }

  int LabelId(const std::string& name) const {
    const auto found = std::lower_bound(label_names_.begin(), label_names_.end(), name);
    if (found == label_names_.end() || *found != name) {
      throw std::runtime_error("parser training: unknown relation " + name);
    }
    return static_cast<int>(found - label_names_.begin());
  }
  GoldTree MakeGold(const Sentence& sentence) const;
  void TrainSentence(const Sentence& sentence, const GoldTree& gold, bool explore);
  std::string Serialize(double prune) const {
    return PackParserModel(moves_.Serialize(kParserMovesKind, prune),
                           labels_.Serialize(kParserLabelsKind, prune));
  }

 private:
  Move OracleMove(int predicted, const GoldTree& gold) const;
  int TrainLabel(Move move, const GoldTree& gold);

  SequenceTrainer moves_;
  SequenceTrainer labels_;
  std::vector<std::string> label_names_;
  int root_label_ = -1;
  Random random_;
  double explore_;
  ParserWordClasses classes_{EmbeddedWordClasses()};
  std::vector<ParserWord> words_;
  ArcHybridState state_;
  std::vector<std::uint64_t> keys_;
};

GoldTree ParserTrainer::MakeGold(const Sentence& sentence) const {
  GoldTree gold;
  std::vector<int> heads;
  for (const Token& token : sentence.tokens) {
    heads.push_back(token.head);
    gold.labels.push_back(LabelId(token.deprel));
  }
  gold.heads = Projectivize(std::move(heads));
  const int n = static_cast<int>(gold.heads.size());
  for (int& head : gold.heads) {
    if (head < 0) head = n;
  }
  return gold;
}

// The best move still reaching the most gold arcs: the predicted one when it is, otherwise the
// first such in the order left arc, right arc, shift.
Move ParserTrainer::OracleMove(int predicted, const GoldTree& gold) const {
  int costs[kNumMoves];
  MoveCosts(state_, gold.heads, costs);
  int best_cost = -1;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!state_.IsValid(static_cast<Move>(m))) continue;
    if (best_cost < 0 || costs[m] < best_cost) best_cost = costs[m];
  }
  if (state_.IsValid(static_cast<Move>(predicted)) && costs[predicted] == best_cost) {
    return static_cast<Move>(predicted);
  }
  for (Move m : {kLeftArc, kRightArc, kShift}) {
    if (state_.IsValid(m) && costs[m] == best_cost) return m;
  }
  throw std::logic_error("parser training: no valid move");
}

// Learns the relation of the arc `move` makes when its head is the gold one; returns the
// relation the model predicts, as parsing would.
int ParserTrainer::TrainLabel(Move move, const GoldTree& gold) {
  const int head = state_.HeadOf(move), dependent = state_.DependentOf(move);
  if (head == state_.root()) return root_label_;
  keys_.resize(kMaxParserFeatures);
  keys_.resize(LabelFeatures(state_, words_.data(), head, dependent, keys_.data()));
  const int predicted = labels_.Predict(keys_);
  if (gold.heads[static_cast<std::size_t>(dependent)] == head) {
    labels_.Update(keys_, gold.labels[static_cast<std::size_t>(dependent)], predicted);
  }
  return predicted;
}

void ParserTrainer::TrainSentence(const Sentence& sentence, const GoldTree& gold, bool explore) {
  MakeParserWords(sentence, classes_, words_);
  state_.Reset(static_cast<int>(sentence.tokens.size()));
  while (!state_.IsTerminal()) {
    keys_.resize(kMaxParserFeatures);
    keys_.resize(TransitionFeatures(state_, words_.data(), keys_.data()));
    const int predicted = moves_.Predict(keys_);
    const Move oracle = OracleMove(predicted, gold);
    moves_.Update(keys_, oracle, predicted);
    Move next = oracle;
    if (explore && predicted != oracle && state_.IsValid(static_cast<Move>(predicted)) &&
        random_.Uniform() < explore_) {
      next = static_cast<Move>(predicted);
    }
    const int label = next == kShift ? -1 : TrainLabel(next, gold);
    state_.Apply(next, label);
  }
}

std::vector<std::string> RelationNames(const std::vector<Sentence>& train) {
  std::set<std::string> names = {"root"};
  for (const Sentence& sentence : train) {
    for (const Token& token : sentence.tokens) names.insert(token.deprel);
  }
  return {names.begin(), names.end()};
}

}  // namespace

std::string TrainParserModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                             const ParserTrainingOptions& options) {
  ParserTrainer trainer(RelationNames(train), options);
  std::vector<GoldTree> gold;
  gold.reserve(train.size());
  for (const Sentence& sentence : train) gold.push_back(trainer.MakeGold(sentence));
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  Random shuffle(options.seed ^ 0x5eed5eed5eed5eedULL);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle.Shuffle(order);
    for (std::size_t i : order) {
      if (train[i].tokens.empty()) continue;
      trainer.TrainSentence(train[i], gold[i], epoch > 1);
    }
    const bool report = epoch % std::max(1, options.report_every) == 0 || epoch == options.epochs;
    if (options.on_epoch && !dev.empty() && report) {
      const DependencyParser parser(trainer.Serialize(options.prune));
      options.on_epoch(epoch, EvaluateParser(parser, dev));
    }
  }
  return trainer.Serialize(options.prune);
}

}  // namespace newsgraph
