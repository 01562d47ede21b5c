#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/syntax/conllu.h"
#include "extract/syntax/dependency_parser.h"

namespace newsgraph {
namespace {

// Three tagged sentences, one of them non-projective ("A hearing is scheduled on the issue today").
const char kTreebank[] =
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tcity\tcity\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tembassy\tembassy\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tclosed\tclose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tofficials\tofficial\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_\n"
    "\n"
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\thearing\thearing\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_\n"
    "4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
    "8\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\t_\n"
    "\n";

std::vector<Sentence> Treebank() {
  std::istringstream in(kTreebank);
  return ReadConllu(in);
}

TEST(ParserTrainingTest, SameDataGivesTheSameModelBytes) {
  ParserTrainingOptions options;
  options.epochs = 3;
  const auto sentences = Treebank();
  EXPECT_EQ(TrainParserModel(sentences, {}, options), TrainParserModel(sentences, {}, options));
}

TEST(ParserTrainingTest, LearnsItsProjectiveTrainingTrees) {
  ParserTrainingOptions options;
  options.epochs = 10;
  options.prune = 0;
  const auto sentences = Treebank();
  const DependencyParser parser(TrainParserModel(sentences, {}, options));
  const std::vector<Sentence> projective(sentences.begin(), sentences.begin() + 2);
  const ParserEvaluation eval = EvaluateParser(parser, projective);
  EXPECT_EQ(eval.words, 11u);
  EXPECT_EQ(eval.correct_labelled, 11u);
}

TEST(ParserTrainingTest, ReportsDevScoresOfTheLastEpoch) {
  ParserTrainingOptions options;
  options.epochs = 2;
  std::vector<int> epochs;
  options.on_epoch = [&](int epoch, const ParserEvaluation& eval) {
    epochs.push_back(epoch);
    EXPECT_EQ(eval.sentences, 3u);
  };
  const auto sentences = Treebank();
  TrainParserModel(sentences, sentences, options);
  EXPECT_EQ(epochs, std::vector<int>{2});
}

}  // namespace
}  // namespace newsgraph
