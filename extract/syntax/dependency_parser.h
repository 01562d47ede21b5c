// A greedy transition-based dependency parser for Universal Dependencies, trained by the
// project's own code (`newsgraph train --task parse`).
//
// Design: the arc-hybrid transition system (extract/syntax/transition_system.h) chooses among
// three unlabelled moves with an averaged perceptron over hashed features (Zhang and Nivre 2011
// templates adapted to arc-hybrid: stack and buffer words and tags, the words, tags and relations
// of the outermost dependents found so far, valencies, distances; plus the word classes the NER
// model reads). When a move makes an arc, a second averaged perceptron chooses its relation among
// the full UD relations with subtypes ("nsubj:pass", "obl:agent", "acl:relcl"), reading the
// dependent's finished subtree. Three classes per move and one relation choice per word keep
// parsing fast; both models keep dense int16 weight rows per feature (SequenceModel).
//
// Training follows the dynamic oracle of Goldberg and Nivre (2013): after the first epoch the
// parser follows its own predicted moves (with probability 0.9) and learns, at each state, the
// best move still reachable from there. Non-projective training trees are projectivized by
// lifting (see Projectivize) before training; the oracle's costs are exact on the lifted tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/types.h"

namespace newsgraph {

class DependencyParser {
 public:
  // The parser of resources/models/parser.model.gz, compiled into the program.
  static DependencyParser LoadEmbedded();
  // Loads a model file (gzip bytes). Throws std::runtime_error when it is not a parser model of
  // this format version.
  explicit DependencyParser(std::string_view model_gz);
  ~DependencyParser();
  DependencyParser(DependencyParser&&) noexcept;
  DependencyParser& operator=(DependencyParser&&) noexcept;

  // Fills Token::head (-1 for the root word) and Token::deprel ("root" for it) of every token.
  // Needs Token::pos (Penn tags). Thread-safe: concurrent calls share the model read-only.
  void Parse(Sentence& sentence) const;

 private:
  struct Model;
  std::unique_ptr<const Model> model_;
};

// ---- Training and evaluation on Universal Dependencies treebanks ----

// Attachment scores over all words, punctuation included (as in CoNLL 2018).
struct ParserEvaluation {
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t correct_heads = 0;
  std::size_t correct_labelled = 0;  // head and relation (subtype included)
  double cpu_seconds = 0;            // parsing alone
  double UnlabelledScore() const { return words ? double(correct_heads) / words : 0; }
  double LabelledScore() const { return words ? double(correct_labelled) / words : 0; }
};

// Parses copies of `gold` (Token::pos as given, normally predicted tags) and scores them
// against gold heads and relations.
ParserEvaluation EvaluateParser(const DependencyParser& parser, const std::vector<Sentence>& gold);

struct ParserTrainingOptions {
  int epochs = 15;
  std::uint64_t seed = 20181101;
  double explore = 0.9;         // probability of following a predicted move after epoch 1
  double prune = 1.0;           // drops features whose |averaged weights| all stay below this
  // Called after every `report_every`-th epoch and the last with the averaged model's scores on
  // the dev sentences, if any.
  int report_every = 5;
  std::function<void(int epoch, const ParserEvaluation&)> on_epoch;
};

// Trains a parser on `train` (Token::pos: the tags the parser will see at run time, i.e.
// predicted ones; Token::head and Token::deprel: the gold tree) and returns its model file
// (gzip bytes). Deterministic and single-threaded: the same data and options give the same bytes.
std::string TrainParserModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                             const ParserTrainingOptions& options);

}  // namespace newsgraph
