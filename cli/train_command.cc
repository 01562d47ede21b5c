#include "cli/train_command.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/graph_writer.h"
#include "extract/text/corpus_reader.h"
#include "extract/syntax/conllu.h"
#include "extract/syntax/dependency_parser.h"
#include "extract/syntax/name_types.h"
#include "extract/syntax/sequence_model.h"
#include "extract/syntax/tagger.h"
#include "extract/syntax/tagger_features.h"
#include "extract/syntax/word_classes.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

struct TrainCommandOptions {
  std::string task;
  std::vector<std::string> train_paths;
  std::string dev_path;
  std::string output_path;
  std::string pos_model_path;
  std::string name_types_path;
  std::string word_classes_path;
  int epochs = 0;
  int folds = 5;
  std::uint64_t seed = TaggerTrainingOptions{}.seed;
  int runs = 0;
  std::vector<std::string> pos_train_paths;  // parse: the POS model's other training data
  int pos_folds = 1;                         // parse: jack-knife folds for the POS tags
  std::string tagged_path;                   // parse: where to write the tagged treebanks
};

struct EvaluateCommandOptions {
  std::string gold_path;
  std::string pos_model_path;
  std::string chunk_model_path;
  std::string ner_model_path;
  std::string name_types_path;
  std::string word_classes_path;
};

struct EvaluateParserOptions {
  std::string gold_path;
  std::string output_path;
  std::string parser_model_path;
  std::string pos_model_path;
};

struct LearnWordClassesOptions {
  std::vector<std::string> inputs;
  std::string output_path;
  std::uint32_t classes = WordClassLearner::kDefaultClasses;
};

struct LearnNameTypesOptions {
  std::vector<std::string> inputs;
  std::string pos_model_path;
  std::string ner_model_path;
  std::string word_classes_path;
  std::string output_path;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<Sentence> ReadConlluFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  try {
    return ReadConllu(in);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
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

// Replaces the UD treebanks' Penn tags that CoNLL-2003 writes otherwise by CoNLL's
// (resources/pos_tag_map.tsv).
void MapPosTags(std::vector<Sentence>& sentences) {
  static const auto* const map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    std::istringstream in{std::string(EmbeddedResource("pos_tag_map.tsv"))};
    std::string line;
    while (std::getline(in, line)) {
      const std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      (*m)[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return m;
  }();
  for (Sentence& sentence : sentences) {
    for (Token& token : sentence.tokens) {
      const auto found = map->find(token.pos);
      if (found != map->end()) token.pos = found->second;
    }
  }
}

bool IsConllu(const std::string& path) {
  constexpr std::string_view kSuffix = ".conllu";
  return path.size() >= kSuffix.size() &&
         path.compare(path.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

// Treebank sentences as POS training documents of ten sentences, tags mapped to CoNLL's; they
// carry no chunk or name labels ("O").
std::vector<LabelledDocument> TaggingDocuments(std::vector<Sentence> sentences) {
  MapPosTags(sentences);
  constexpr std::size_t kSentencesPerDocument = 10;
  std::vector<LabelledDocument> documents;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (s % kSentencesPerDocument == 0) documents.emplace_back();
    for (Token& token : sentences[s].tokens) token.chunk.assign(1, 'O');
    documents.back().names.emplace_back(sentences[s].tokens.size(), "O");
    documents.back().sentences.push_back(std::move(sentences[s]));
  }
  return documents;
}

// CoNLL-2003 documents, or a CoNLL-U treebank's sentences as POS training documents.
std::vector<LabelledDocument> ReadTaggingFile(const std::string& path) {
  return IsConllu(path) ? TaggingDocuments(ReadConlluFile(path)) : ReadConllFile(path);
}

void Append(std::vector<LabelledDocument>& to, std::vector<LabelledDocument> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// The file at `path`, or the embedded model `name` when `path` is empty.
std::string ModelBytes(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(EmbeddedResource(name)) : ReadFile(path);
}

// The list of --name-types or --word-classes: the file's (gzip) text, none for "none", the
// embedded one when no path is given.
std::string ListText(const std::string& path, std::string (*embedded)()) {
  if (path.empty()) return embedded();
  if (path == "none") return {};
  return GzipDecompress(ReadFile(path));
}

// Writes `bytes` to `path` through a temporary file renamed into place.
void WriteFile(const std::string& path, std::string_view bytes) {
  WriteFileAtomically(path, [&](std::ostream& out) {
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  });
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

void RunTrainParser(const TrainCommandOptions& opts);

void RunTrain(const TrainCommandOptions& opts) {
  if (opts.task == "parse") return RunTrainParser(opts);
  TaggerTrainingOptions options;
  options.task = ParseTaggerTask(opts.task);
  options.epochs = opts.epochs;
  options.folds = opts.folds;
  options.seed = opts.seed;
  options.runs = opts.runs;
  options.name_types = ListText(opts.name_types_path, EmbeddedNameTypes);
  options.word_classes = ListText(opts.word_classes_path, EmbeddedWordClasses);
  std::vector<LabelledDocument> train;
  for (const std::string& path : opts.train_paths) {
    if (IsConllu(path) && options.task != TaggerTask::kPos) {
      throw std::runtime_error(path + ": a CoNLL-U treebank trains POS models only");
    }
    Append(train, ReadTaggingFile(path));
  }
  std::vector<LabelledDocument> dev;
  if (!opts.dev_path.empty()) {
    dev = ReadTaggingFile(opts.dev_path);
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
  WriteFile(opts.output_path, model);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "wrote " << opts.output_path << " (" << model.size() << " bytes) in " << seconds
            << " s\n";
}

// Replaces the POS tags of `sentences` by those the POS model `pos_model_gz` predicts.
void TagPredictedPos(const std::string& pos_model_gz, std::vector<Sentence>& sentences) {
  const Tagger tagger(pos_model_gz, EmbeddedResource("models/chunk.model.gz"),
                      EmbeddedResource("models/ner.model.gz"));
  tagger.TagPartsOfSpeech(sentences);
}

std::string Fraction(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.4f", value);
  return buffer;
}

// Tags `train` with POS models that never saw the sentence tagged (jack-knifing): for each of
// `folds` folds (sentence index modulo folds), a POS model trained on the documents of
// `pos_train_paths` and the other folds' sentences, as `train --task pos` would train it.
void TagJackKnifed(const std::vector<std::string>& pos_train_paths, int folds,
                   std::uint64_t seed, std::vector<Sentence>& train) {
  std::vector<LabelledDocument> other;
  for (const std::string& path : pos_train_paths) Append(other, ReadTaggingFile(path));
  std::vector<Sentence> tagged = train;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<Sentence> rest, held_out;
    for (std::size_t s = 0; s < train.size(); ++s) {
      (static_cast<int>(s % folds) == fold ? held_out : rest).push_back(train[s]);
    }
    std::vector<LabelledDocument> documents = other;
    Append(documents, TaggingDocuments(std::move(rest)));
    TaggerTrainingOptions options;
    options.task = TaggerTask::kPos;
    options.seed = seed;
    std::cerr << "training the POS model of fold " << fold + 1 << "/" << folds << "\n";
    TagPredictedPos(TrainTaggerModel(documents, {}, options), held_out);
    for (std::size_t s = fold, k = 0; s < train.size(); s += folds, ++k) {
      tagged[s] = std::move(held_out[k]);
    }
  }
  train = std::move(tagged);
}

// Writes treebank sentences as CoNLL-U (ID, FORM, XPOS, HEAD, DEPREL; other columns "_").
void WriteTreebank(const std::string& path, const std::vector<Sentence>& sentences) {
  WriteFileAtomically(path, [&](std::ostream& out) {
    for (const Sentence& sentence : sentences) {
      for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
        const Token& token = sentence.tokens[t];
        out << t + 1 << '\t' << token.text << "\t_\t_\t" << token.pos << "\t_\t" << token.head + 1
            << '\t' << token.deprel << "\t_\t_\n";
      }
      out << '\n';
    }
  });
}

void RunTrainParser(const TrainCommandOptions& opts) {
  const std::string pos_model = ModelBytes(opts.pos_model_path, "models/pos.model.gz");
  std::vector<Sentence> train;
  for (const std::string& path : opts.train_paths) {
    auto sentences = ReadConlluFile(path);
    train.insert(train.end(), std::make_move_iterator(sentences.begin()),
                 std::make_move_iterator(sentences.end()));
  }
  if (opts.pos_folds > 1) {
    TagJackKnifed(opts.pos_train_paths, opts.pos_folds, TaggerTrainingOptions{}.seed, train);
  } else if (opts.pos_folds == 1) {
    TagPredictedPos(pos_model, train);
  }
  if (!opts.tagged_path.empty()) WriteTreebank(opts.tagged_path, train);
  std::vector<Sentence> dev;
  if (!opts.dev_path.empty()) {
    dev = ReadConlluFile(opts.dev_path);
    TagPredictedPos(pos_model, dev);
  }
  ParserTrainingOptions options;
  if (opts.epochs > 0) options.epochs = opts.epochs;
  options.seed = opts.seed;
  options.on_epoch = [](int epoch, const ParserEvaluation& eval) {
    std::cout << "epoch " << epoch << ": UAS " << Fraction(eval.UnlabelledScore()) << " LAS "
              << Fraction(eval.LabelledScore()) << std::endl;
  };
  auto start = std::chrono::steady_clock::now();
  std::string model = TrainParserModel(train, dev, options);
  WriteFile(opts.output_path, model);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "wrote " << opts.output_path << " (" << model.size() << " bytes) in " << seconds
            << " s\n";
}

// Writes the parses of `sentences` as CoNLL-U.
void WriteParses(const std::string& path, const DependencyParser& parser,
                 std::vector<Sentence> sentences) {
  for (Sentence& sentence : sentences) parser.Parse(sentence);
  WriteTreebank(path, sentences);
}

void RunEvaluateParser(const EvaluateParserOptions& opts) {
  std::vector<Sentence> gold = ReadConlluFile(opts.gold_path);
  std::vector<std::string> gold_tags;
  MapPosTags(gold);
  for (const Sentence& sentence : gold) {
    for (const Token& token : sentence.tokens) gold_tags.push_back(token.pos);
  }
  TagPredictedPos(ModelBytes(opts.pos_model_path, "models/pos.model.gz"), gold);
  std::size_t tags_correct = 0, at = 0;
  for (const Sentence& sentence : gold) {
    for (const Token& token : sentence.tokens) tags_correct += token.pos == gold_tags[at++];
  }
  const DependencyParser parser =
      opts.parser_model_path.empty() ? DependencyParser::LoadEmbedded()
                                     : DependencyParser(ReadFile(opts.parser_model_path));
  const ParserEvaluation eval = EvaluateParser(parser, gold);
  if (!opts.output_path.empty()) WriteParses(opts.output_path, parser, gold);
  const double seconds = std::max(eval.cpu_seconds, 1e-9);
  std::cout << "words " << eval.words << ", words/s " << static_cast<long>(eval.words / seconds)
            << " (CPU time of parsing alone), POS accuracy (XPOS) "
            << Percent(static_cast<double>(tags_correct) / std::max<std::size_t>(1, at)) << "\n"
            << "parser: UAS=" << Fraction(eval.UnlabelledScore())
            << " LAS=" << Fraction(eval.LabelledScore()) << " sentences=" << eval.sentences
            << " sentences/s=" << static_cast<long>(eval.sentences / seconds) << "\n";
}

void RunEvaluate(const EvaluateCommandOptions& opts) {
  auto gold = ReadConllFile(opts.gold_path);
  auto start = std::chrono::steady_clock::now();
  Tagger tagger(ModelBytes(opts.pos_model_path, "models/pos.model.gz"),
                ModelBytes(opts.chunk_model_path, "models/chunk.model.gz"),
                ModelBytes(opts.ner_model_path, "models/ner.model.gz"),
                ListText(opts.name_types_path, EmbeddedNameTypes),
                ListText(opts.word_classes_path, EmbeddedWordClasses));
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

// Feeds the text of every article of `inputs` to `add` (problems with single articles are reported
// on stderr), then writes `list()` gzip-compressed to `output_path`; throws std::runtime_error when
// no article could be read.
template <typename Add, typename List>
void LearnList(const std::vector<std::string>& inputs, Add&& add, List&& list,
               const std::string& output_path, std::string_view what) {
  CorpusReader reader(inputs, [](const Diagnostic& d) { std::cerr << d.ToString() << "\n"; });
  Document document;
  while (reader.Next(document)) add(document.text);
  if (reader.documents_read() == 0) throw std::runtime_error("no articles read: nothing learned");
  WriteFile(output_path, GzipCompress(list()));
  std::cerr << "learned " << what << " from " << reader.documents_read() << " documents into "
            << output_path << "\n";
}

void RunLearnNameTypes(const LearnNameTypesOptions& opts) {
  const Tagger tagger(ModelBytes(opts.pos_model_path, "models/pos.model.gz"),
                      EmbeddedResource("models/chunk.model.gz"), ReadFile(opts.ner_model_path),
                      /*name_types=*/"", ListText(opts.word_classes_path, EmbeddedWordClasses));
  NameTypeCounter counter(tagger);
  LearnList(
      opts.inputs, [&](std::string_view text) { counter.Add(text); }, [&] { return counter.Tsv(); },
      opts.output_path, "name types");
}

void RunLearnWordClasses(const LearnWordClassesOptions& opts) {
  WordClassLearner learner;
  LearnList(
      opts.inputs, [&](std::string_view text) { learner.Add(text); },
      [&] { return learner.Tsv(opts.classes); }, opts.output_path, "word classes");
}

// Adds `flag` (--name-types or --word-classes), one of the lists the NER model reads, to `app`.
void AddListOption(CLI::App* app, const std::string& flag, std::string& path,
                   const std::string& what) {
  app->add_option(flag, path,
                  "The NER model's " + what + " (.tsv.gz), or none (default: the embedded one)");
}

// Registers `evaluate-parser`.
void AddEvaluateParserCommand(CLI::App& app) {
  auto parser = std::make_shared<EvaluateParserOptions>();
  CLI::App* parser_app = app.add_subcommand(
      "evaluate-parser",
      "Parse a CoNLL-U treebank's gold tokens with predicted POS tags and print attachment scores "
      "(punctuation included) and sentences per second");
  parser_app->footer(
      "Example:\n  newsgraph evaluate-parser ../shared/data/ud/en_ewt-ud-dev.conllu");
  parser_app->add_option("gold", parser->gold_path, "Gold data (CoNLL-U)")
      ->required()
      ->check(CLI::ExistingFile);
  parser_app->add_option("--parser-model", parser->parser_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  parser_app->add_option("--pos-model", parser->pos_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  parser_app->add_option("-o,--output", parser->output_path,
                         "Also write the predicted tags and parses as CoNLL-U");
  parser_app->callback([parser] { RunEvaluateParser(*parser); });
}

}  // namespace

void AddTrainCommand(CLI::App& app) {
  auto train = std::make_shared<TrainCommandOptions>();
  CLI::App* train_app = app.add_subcommand(
      "train",
      "Train a POS, chunk or NER model from CoNLL-2003 style data (token POS chunk NER, IOB1), "
      "or a dependency parser from CoNLL-U treebanks (--task parse). Chunk and NER models and "
      "the parser learn from predicted POS tags (jack-knifed for chunk and NER).");
  train_app->footer(
      "Examples (scripts/train-models.sh trains every shipped model):\n"
      "  newsgraph train --task pos --train eng.train --dev eng.testa -o pos.model.gz\n"
      "  newsgraph train --task parse --train en_ewt-ud-train.conllu "
      "--dev en_ewt-ud-dev.conllu -o parser.model.gz");
  train_app->add_option("--task", train->task, "Which model to train")
      ->required()
      ->check(CLI::IsMember({"pos", "chunk", "ner", "parse"}));
  train_app
      ->add_option("--train", train->train_paths,
                   "Training data, repeatable (CoNLL-2003 columns; CoNLL-U for parse)")
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
                   "POS model that tags the dev set, and the parser's data (default: the embedded one)")
      ->check(CLI::ExistingFile);
  train_app
      ->add_option("--runs", train->runs,
                   "Training runs mixed into the model (0: the task's default)")
      ->check(CLI::NonNegativeNumber);
  train_app
      ->add_option("--seed", train->seed,
                   "Seed of the training order (the shipped models use the default)")
      ->capture_default_str();
  train_app
      ->add_option("--pos-train", train->pos_train_paths,
                   "parse: the POS model's training data besides the treebanks (repeatable), "
                   "for --pos-folds")
      ->check(CLI::ExistingFile);
  train_app
      ->add_option("--pos-folds", train->pos_folds,
                   "parse: tag the treebanks with POS models trained on --pos-train and the "
                   "other folds of the treebanks (1: tag with --pos-model; 0: learn from the "
                   "tags the treebanks' XPOS column holds, as --write-tagged writes them)")
      ->check(CLI::NonNegativeNumber);
  train_app->add_option("--write-tagged", train->tagged_path,
                        "parse: also write the treebanks with the tags the parser learns from "
                        "(CoNLL-U), to train again with --pos-folds 0");
  AddListOption(train_app, "--name-types", train->name_types_path, "name-type list");
  AddListOption(train_app, "--word-classes", train->word_classes_path, "word classes");
  train_app->add_option("-o,--output", train->output_path, "Model file to write (.model.gz)")
      ->required();
  train_app->callback([train] { RunTrain(*train); });

  auto evaluate = std::make_shared<EvaluateCommandOptions>();
  CLI::App* evaluate_app = app.add_subcommand(
      "evaluate-tagger",
      "Tag CoNLL-2003 gold data from scratch and print POS accuracy, chunk F1, strict NER span "
      "scores and tokens per second of each model");
  evaluate_app->footer("Example:\n  newsgraph evaluate-tagger eng.testa");
  evaluate_app->add_option("gold", evaluate->gold_path, "Gold data (CoNLL-2003 columns)")
      ->required()
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--pos-model", evaluate->pos_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--chunk-model", evaluate->chunk_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  evaluate_app->add_option("--ner-model", evaluate->ner_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  AddListOption(evaluate_app, "--name-types", evaluate->name_types_path, "name-type list");
  AddListOption(evaluate_app, "--word-classes", evaluate->word_classes_path, "word classes");
  evaluate_app->callback([evaluate] { RunEvaluate(*evaluate); });

  AddEvaluateParserCommand(app);

  auto learn = std::make_shared<LearnNameTypesOptions>();
  CLI::App* learn_app = app.add_subcommand(
      "learn-name-types",
      "Tag a corpus with an NER model trained with --name-types none and write which type each "
      "capitalised word mostly takes inside names (the name-type list the shipped NER model "
      "reads)");
  learn_app->footer(
      "Example:\n  newsgraph learn-name-types news.jsonl --ner-model plain.model.gz "
      "-o name_types.tsv.gz");
  learn_app->add_option("inputs", learn->inputs, "Articles: .txt, .jsonl files or directories")
      ->required();
  learn_app->add_option("--pos-model", learn->pos_model_path, "Default: embedded")
      ->check(CLI::ExistingFile);
  learn_app
      ->add_option("--ner-model", learn->ner_model_path, "NER model trained with --name-types none")
      ->required()
      ->check(CLI::ExistingFile);
  AddListOption(learn_app, "--word-classes", learn->word_classes_path, "word classes");
  learn_app->add_option("-o,--output", learn->output_path, "List to write (.tsv.gz)")->required();
  learn_app->callback([learn] { RunLearnNameTypes(*learn); });

  auto classes = std::make_shared<LearnWordClassesOptions>();
  CLI::App* classes_app = app.add_subcommand(
      "learn-word-classes",
      "Cluster the words of unlabelled articles by their neighbours (the word classes the shipped "
      "NER model reads)");
  classes_app->footer(
      "Example:\n  newsgraph learn-word-classes news.jsonl -o word_classes.tsv.gz");
  classes_app->add_option("inputs", classes->inputs, "Articles: .txt, .jsonl files or directories")
      ->required();
  classes_app->add_option("--classes", classes->classes, "Number of classes")
      ->capture_default_str()
      ->check(CLI::Range(2, 4096));
  classes_app->add_option("-o,--output", classes->output_path, "List to write (.tsv.gz)")
      ->required();
  classes_app->callback([classes] { RunLearnWordClasses(*classes); });
}

}  // namespace newsgraph
