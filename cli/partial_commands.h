// Partial graphs on the command line: `extract --partial FILE`, the `merge` command, and the
// partial `build` keeps beside its exports for `build --update`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/graph_flags.h"
#include "cli/interrupt_cleanup.h"
#include "export/graph_writer.h"
#include "export/output_files.h"
#include "extract/entities/actor_dictionary.h"
#include "graph/graph_builder.h"
#include "graph/partial_graph.h"

namespace newsgraph {

// The partial graph `build` writes into its output directory with the exports (gzip), and
// `build --update` reads from it.
inline constexpr const char* kBuildPartialName = "graph.partial.gz";

// Runs `action` on an interrupt while in scope.
class CleanupOnInterrupt {
 public:
  CleanupOnInterrupt(InterruptCleanup& cleanup, std::function<void()> action)
      : cleanup_(cleanup), handle_(cleanup.Add(std::move(action))) {}
  ~CleanupOnInterrupt() { cleanup_.Cancel(handle_); }
  CleanupOnInterrupt(const CleanupOnInterrupt&) = delete;
  CleanupOnInterrupt& operator=(const CleanupOnInterrupt&) = delete;

 private:
  InterruptCleanup& cleanup_;
  std::size_t handle_;
};

// A result file being written (a partial graph, boilerplate counts): made (as an AtomicFile)
// before any work, so an unwritable path fails first, and removed on an interrupt. gzip when the
// path ends in ".gz", else plain.
class PendingOutputFile {
 public:
  // Throws std::runtime_error when `path` is one of `inputs` or cannot be written.
  PendingOutputFile(const std::string& path, const std::vector<std::string>& inputs,
                    InterruptCleanup& interrupts);
  // Writes what `write` puts out and renames the file into place.
  void Commit(const std::function<void(std::ostream&)>& write);

 private:
  std::string path_;
  AtomicFile file_;
  CleanupOnInterrupt cleanup_;
};

// The files of a graph directory, made before any work: the staged exports (and the snapshot
// folder when the plan asks for one) and the merge log when `merge_log` is given, each removed
// on an interrupt.
class GraphDirectoryOutputs {
 public:
  GraphDirectoryOutputs(const std::string& output, const GraphPlan& plan,
                        const std::string& merge_log, InterruptCleanup& interrupts);
  StagedOutputs& staged() { return staged_; }
  AtomicFile* log() { return log_.get(); }  // null without a merge log

 private:
  StagedOutputs staged_;
  CleanupOnInterrupt staged_cleanup_;
  std::unique_ptr<AtomicFile> log_;
  CleanupOnInterrupt log_cleanup_;
};

// A fingerprint (16 hex digits) of what the actor dictionary is made of: the capitals option and
// the bytes of the alias file and the PETRARCH dictionaries, in order. Throws std::runtime_error
// when a file cannot be read.
std::string DictionaryFingerprint(const ActorDictionaryOptions& options);
// Throws std::runtime_error naming `name` when `partial` was extracted under another dictionary
// than `fingerprint`.
void CheckSameDictionary(const PartialGraph& partial, const std::string& fingerprint,
                         const std::string& name);

// Writes what `write` puts out to `out`, gzip-compressed when `gzip`.
void WriteMaybeGzip(std::ostream& out, bool gzip, const std::function<void(std::ostream&)>& write);

// The files `writers` write, then kBuildPartialName.
std::vector<std::string> GraphDirectoryFiles(
    const std::vector<std::unique_ptr<GraphWriter>>& writers);

// Writes `partial` into `staged`, then builds its graph (canonical order, so build and merge agree
// byte for byte), freeing each document's record once fed to the builder and the builder's
// tables as the graph takes them, and the merge log into `log` when given; writes every file of
// `plan` (its writers' and per-period snapshots), commits them, then the log. Prints the summary
// lines that name `output`.
void WriteGraphDirectory(PartialGraph&& partial, const ActorDictionary& actors,
                         const GraphPlan& plan, StagedOutputs& staged, AtomicFile* log,
                         const std::string& output);

// The partial `build` starts from: with `update`, the one an earlier build left in `directory`
// (std::runtime_error with what to do when there is none, or when it was made under other
// dictionary options than `actors`), else an empty one; its dictionary fingerprint set.
PartialGraph StartBuildPartial(const std::string& directory, bool update,
                               const ActorDictionaryOptions& actors);

// `newsgraph merge PART... (-o DIR | --partial FILE)` with the graph options of build.
void AddMergeCommand(CLI::App& app, InterruptCleanup& interrupts);

}  // namespace newsgraph
