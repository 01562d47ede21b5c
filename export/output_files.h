// Output files that are written whole or not at all, and that never replace anything but a
// regular file. Every error names the path and carries the system's reason (strerror).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// A stream buffer over a file descriptor (64 KiB put area, written out when full, on flush and on
// destruction) that remembers the errno of the first failed write, so a full disk or a closed
// pipe is reported with its reason. The descriptor is not closed.
class DescriptorBuffer final : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd);
  ~DescriptorBuffer() override;
  int error() const { return error_; }  // errno of the first failed write; 0 when none failed

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool Drain();
  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

// Throws std::runtime_error naming `path` unless it is a place a file can be written: a missing
// file in an existing writable directory, a regular file, or (with `allow_streams`) a character
// device or a FIFO, which are written in place. Returns true for those written in place.
bool CheckOutputTarget(const std::string& path, bool allow_streams);

// One output file. Construction creates a hidden temporary sibling `.<name>.tmp-<pid>-<random>`
// (or opens a character device or FIFO in place), so an unwritable location is found before any
// work; Commit renames the temporary over `path`. Without Commit the destructor removes the
// temporary and `path` is untouched. Temporaries left by processes that no longer run are removed
// when the next AtomicFile for the same path is made.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return stream_; }
  // Throws std::runtime_error naming the path with the reason when a write has failed.
  void CheckWrites() const;
  // Flushes, checks every write, and renames into place. Throws std::runtime_error on failure.
  void Commit();
  // The temporary file; empty when the target is written in place.
  const std::string& temporary_path() const { return temporary_; }

 private:
  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  std::unique_ptr<DescriptorBuffer> buffer_;
  std::ostream stream_;
  bool committed_ = false;
};

// Writes `path` through an AtomicFile: a reader never sees a half-written file, and a failure
// leaves any earlier file intact. Throws std::runtime_error naming the path and the reason.
void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// The files of one build, replaced together. A name may hold a sub-folder ("neo4j/actors.csv"):
// the sub-folder is made inside `directory` on commit when missing. Construction creates
// `directory` when missing and a
// hidden staging directory `.newsgraph-staging-<pid>` inside it, and refuses (std::runtime_error)
// targets that exist and are not regular files; it also finishes or removes what earlier runs left
// when they died: a staging directory holding the commit mark has its files moved into place (and
// its whole folders put in place of theirs), any other is removed. Write puts one file into the staging directory; Commit moves them all into
// place (after marking the staging directory committed), and on a failed move puts the earlier
// files back, so `directory` holds either every old file or every new one. Without Commit the
// destructor removes the staging directory, and `directory` too when it made it and it is empty.
class StagedOutputs {
 public:
  // Called before each step that can fail ("write graph.json", "commit", "replace periods",
  // "rename graph.json");
  // tests throw from it to simulate a failure at that step.
  using StepHook = std::function<void(std::string_view step)>;

  StagedOutputs(std::string directory, std::vector<std::string> names, StepHook before_step = {});
  ~StagedOutputs();
  StagedOutputs(const StagedOutputs&) = delete;
  StagedOutputs& operator=(const StagedOutputs&) = delete;

  // Writes the staged file `name`, executable (mode 0777 less the umask) when asked.
  void Write(const std::string& name, const std::function<void(std::ostream&)>& write,
             bool executable = false);
  // Stages `folder` (a path inside `directory`, "periods") as a whole, for files whose names are
  // only known later: Write accepts any name inside it, and Commit replaces the folder with the
  // staged one, so nothing it held before survives beside the new files (a staged folder with no
  // file replaces it with an empty one). Throws std::runtime_error when `folder` exists and is
  // not a directory. Call it before any Write.
  void StageFolder(const std::string& folder);
  void Commit();

  // What the destructor does without Commit, safe to run from another thread while this object
  // is in use (from a signal watcher, before the process dies): removes the staging directory
  // unless it holds the commit mark (the next run then finishes the moves), and the directories
  // this object made when they are empty.
  void Abandon() const;

 private:
  void Step(std::string_view step) const;
  bool InStagedFolder(const std::string& name) const;
  void WriteCommitMark() const;
  void ReplaceFolders();
  void RollBack(std::size_t renamed);
  void RollBackFolders();
  std::string directory_;
  std::vector<std::string> names_;
  std::vector<std::string> folders_;          // folders staged whole (StageFolder)
  std::vector<std::string> folders_replaced_;  // those Commit moved into place, in order
  std::vector<bool> folders_existed_;         // whether each of folders_replaced_ was there
  StepHook before_step_;
  std::string staging_;
  std::vector<std::string> created_;
  std::vector<std::string> folders_made_;  // sub-folders Commit made, deepest first
  bool committed_ = false;
};

}  // namespace newsgraph
