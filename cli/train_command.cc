#include "cli/train_command.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "extract/tagger.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

struct TrainCommandOptions {
  std::string task;
  std::string train_path;
  std::string dev_path;
  std::string output_path;
  std::string pos_model_path;
  int epochs = 0;
  int folds = 5;
};

struct EvaluateCommandOptions {
  std::string gold_path;
  std::string pos_model_path;
  std::string chunk_model_path;
  std::string ner_model_path;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<LabelledDocument> ReadConllFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  try {
    return ReadConll(in);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
}

// The file at `path`, or the embedded model `name` when `path` is empty.
std::string ModelBytes(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(EmbeddedResource(name)) : ReadFile(path);
}

std::string Percent(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.2f", 100 * value);
  return buffer;
}

void PrintNames(const TaggerEvaluation& eval, std::ostream& out) {
  for (const auto& [type, score] : eval.names) {
    out << "  " << type << ": P " << Percent(score.Precision()) << " R " << Percent(score.Recall())
        << " F1 " << Percent(score.F1()) << " (" << score.gold << " gold)\n";
  }
  out << "  NER F1 PER+ORG+LOC " << Percent(eval.NameScore({"PER", "ORG", "LOC"}).F1())
      << ", all types " << Percent(eval.NameScore({"PER", "ORG", "LOC", "MISC"}).F1()) << "\n";
}

void RunTrain(const TrainCommandOptions& opts) {
  TaggerTrainingOptions options;
  options.task = ParseTaggerTask(opts.task);
  options.epochs = opts.epochs;
  options.folds = opts.folds;
  auto train = ReadConllFile(opts.train_path);
  std::vector<LabelledDocument> dev;
  if (!opts.dev_path.empty()) {
    dev = ReadConllFile(opts.dev_path);
    if (options.task != TaggerTask::kPos) {
      options.pos_model_gz = ModelBytes(opts.pos_model_path, "models/pos.model.gz");
    }
    options.on_epoch = [&](int epoch, const TaggerEvaluation& eval) {
      std::cout << "epoch " << epoch << ":";
      switch (options.task) {
        case TaggerTask::kPos:
          std::cout << " POS accuracy " << Percent(eval.pos_accuracy) << "\n";
          break;
        case TaggerTask::kChunk:
          std::cout << " chunk F1 " << Percent(eval.chunks.F1()) << "\n";
          break;
        case TaggerTask::kNer:
          std::cout << "\n";
          PrintNames(eval, std::cout);
          break;
      }
      std::cout.flush();
    };
  }
  options.on_progress = [](std::string_view message) { std::cerr << message << "\n"; };
  auto start = std::chrono::steady_clock::now();
  std::string model = TrainTaggerModel(train, dev, options);
  std::ofstream out(opts.output_path, std::ios::binary);
  if (!out || !out.write(model.data(), static_cast<std::streamsize>(model.size()))) {
    throw std::runtime_error("cannot write " + opts.output_path);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "wrote " << opts.output_path << " (" << model.size() << " bytes) in " << seconds
            << " s\n";
}

void RunEvaluate(const EvaluateCommandOptions& opts) {
  auto gold = ReadConllFile(opts.gold_path);
  auto start = std::chrono::steady_clock::now();
  Tagger tagger(ModelBytes(opts.pos_model_path, "models/pos.model.gz"),
                ModelBytes(opts.chunk_model_path, "models/chunk.model.gz"),
                ModelBytes(opts.ner_model_path, "models/ner.model.gz"));
  double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  TaggerEvaluation eval = EvaluateTagger(tagger, gold);
  std::cout << "tokens " << eval.tokens << ", models loaded in " << load_seconds << " s\n"
            << "POS accuracy " << Percent(eval.pos_accuracy) << "\n"
            << "chunk F1 " << Percent(eval.chunks.F1()) << " (P "
            << Percent(eval.chunks.Precision()) << " R " << Percent(eval.chunks.Recall()) << ")\n"
            << "NER:\n";
  PrintNames(eval, std::cout);
  double total = 1 / (1 / eval.pos_tokens_per_second + 1 / eval.chunk_tokens_per_second +
                      1 / eval.ner_tokens_per_second);
  std::cout << "tokens/s: POS " << static_cast<long>(eval.pos_tokens_per_second) << ", chunk "
            << static_cast<long>(eval.chunk_tokens_per_second) << ", NER "
            << static_cast<long>(eval.ner_tokens_per_second) << ", all three "
            << static_cast<long>(total) << "\n";
}

}  // namespace

void AddTrainCommand(CLI::App& app) {
  auto train = std::make_shared<TrainCommandOptions>();
  CLI::App* train_app = app.add_subcommand(
      "train",
      "Train a POS, chunk or NER model from CoNLL-2003 style data (token POS chunk NER, IOB1). "
      "Chunk and NER models learn from jack-knifed predicted POS tags.");
  train_app->add_option("--task", train->task, "Which model to train")
      ->required()
      ->check(CLI::IsMember({"pos", "chunk", "ner"}));
  train_app->add_option("--train", train->train_path, "Training data (CoNLL-2003 columns)")
      ->required()
      ->check(CLI::ExistingFile);
  train_app->add_option("--dev", train->dev_path, "Dev data: prints scores after every epoch")
      ->check(CLI::ExistingFile);
  train_app->add_option("--epochs", train->epochs, "Passes over the data (0: task default)")
      ->check(CLI::NonNegativeNumber);
  train_app
      ->add_option("--folds", train->folds,
                   "Jack-knife folds for predicted POS/chunk inputs (1: no held-out folds)")
      ->check(CLI::PositiveNumber);
  train_app
      ->add_option("--pos-model", train->pos_model_path,
                   "POS model that tags the dev set (default: the embedded one)")
      ->check(CLI::ExistingFile);
  train_app->add_option("-o,--output", train->output_path, "Model file to write (.model.gz)")
      ->required();
  train_app->callback([train] { RunTrain(*train); });

  auto evaluate = std::make_shared<EvaluateCommandOptions>();
  CLI::App* evaluate_app = app.add_subcommand(
      "evaluate-tagger",
      "Tag CoNLL-2003 gold data from scratch and print POS accuracy, chunk F1, strict NER span "
      "scores and tokens per second of each model");
  evaluate_app->add_option("gold", evaluate->gold_path, "Gold data (CoNLL-2003 columns)")
      ->required()
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--pos-model", evaluate->pos_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--chunk-model", evaluate->chunk_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--ner-model", evaluate->ner_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  evaluate_app->callback([evaluate] { RunEvaluate(*evaluate); });
}

}  // namespace newsgraph
