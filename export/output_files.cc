#include "export/output_files.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <stdexcept>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBufferBytes = 64 << 10;
constexpr std::string_view kStagingPrefix = ".newsgraph-staging-";
constexpr std::string_view kCommitMark = ".committed";
constexpr std::string_view kPreviousFolder = ".previous";

std::runtime_error WriteError(const std::string& path, int error) {
  return std::runtime_error("cannot write " + path + ": " + std::strerror(error));
}

fs::path DirectoryOf(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

// True when the process `pid` has ended (a leftover of it may be removed).
bool ProcessEnded(std::string_view pid_text) {
  long pid = 0;
  const auto [end, error] = std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), pid);
  if (error != std::errc() || pid <= 0 || end == pid_text.data()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Removes `.<name>.tmp-<pid>-*` siblings of `path` whose process has ended.
void RemoveStaleTemporaries(const std::string& path) {
  const std::string prefix = std::string(".").append(fs::path(path).filename().string()).append(".tmp-");
  std::error_code error;
  for (fs::directory_iterator it(DirectoryOf(path), error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string_view rest = std::string_view(name).substr(prefix.size());
    if (ProcessEnded(rest.substr(0, rest.find('-')))) fs::remove(it->path(), error);
  }
}

// Creates and opens a new hidden file next to `path`; returns its descriptor and sets `name`.
int CreateTemporarySibling(const std::string& path, std::string& name) {
  std::random_device entropy;
  std::uniform_int_distribution<unsigned long long> digits;
  int error = 0;
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[40];
    std::snprintf(suffix, sizeof suffix, "%ld-%016llx", static_cast<long>(::getpid()),
                  digits(entropy));
    const std::string file =
        std::string(".").append(fs::path(path).filename().string()).append(".tmp-").append(suffix);
    name = (DirectoryOf(path) / file).string();
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    error = errno;
    if (error != EEXIST) break;
  }
  throw WriteError(path, error);
}

void CloseOrThrow(int& fd, const std::string& path) {
  const int result = ::close(fd);
  fd = -1;
  if (result != 0) throw WriteError(path, errno);
}

// The folders a committed staging directory replaces whole: the lines of its commit mark.
std::set<std::string> WholeFolders(const fs::path& staging) {
  std::ifstream mark(staging / kCommitMark);
  std::set<std::string> folders;
  for (std::string line; std::getline(mark, line);) {
    if (!line.empty()) folders.insert(line);
  }
  return folders;
}

// Puts each folder `staging` replaces whole and still holds in place of the folder in
// `directory`.
void ReplaceWholeFolders(const fs::path& staging, const fs::path& directory,
                         const std::set<std::string>& folders) {
  std::error_code error;
  for (const std::string& folder : folders) {
    if (!fs::is_directory(staging / folder, error)) continue;
    fs::remove_all(directory / folder, error);
    fs::create_directories((directory / folder).parent_path(), error);
    fs::rename(staging / folder, directory / folder, error);
  }
}

// Moves the files of a committed staging directory into `directory`, those of its sub-folders
// into the same sub-folders of `directory`; the folders it replaces whole go first.
void RollForward(const fs::path& staging, const fs::path& directory, bool top = true) {
  std::error_code error;
  if (top) ReplaceWholeFolders(staging, directory, WholeFolders(staging));
  for (fs::directory_iterator it(staging, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (top && (name == kCommitMark || name == kPreviousFolder)) continue;
    std::error_code moved;
    if (it->is_directory(moved)) {
      fs::create_directories(directory / name, moved);
      RollForward(it->path(), directory / name, false);
    } else {
      fs::rename(it->path(), directory / name, moved);
    }
  }
}

// Finishes (committed) or removes (not committed) staging directories of ended processes.
void RecoverStaging(const fs::path& directory) {
  std::error_code error;
  std::vector<fs::path> leftovers;
  for (fs::directory_iterator it(directory, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with(kStagingPrefix) &&
        ProcessEnded(std::string_view(name).substr(kStagingPrefix.size())))
      leftovers.push_back(it->path());
  }
  for (const fs::path& staging : leftovers) {
    if (fs::exists(staging / kCommitMark, error)) RollForward(staging, directory);
    fs::remove_all(staging, error);
  }
}

// Creates `directory` and its missing parents; returns those it created, deepest first.
std::vector<std::string> CreateDirectories(const fs::path& directory) {
  std::vector<std::string> created;
  for (fs::path path = directory; !path.empty() && !fs::exists(path); path = path.parent_path()) {
    created.push_back(path.string());
    if (path == path.parent_path()) break;
  }
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) throw std::runtime_error("cannot create " + directory.string() + ": " + error.message());
  return created;
}

}  // namespace

DescriptorBuffer::DescriptorBuffer(int fd) : fd_(fd), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

DescriptorBuffer::~DescriptorBuffer() { Drain(); }

// Writes out the put area (nothing once a write has failed) and empties it.
bool DescriptorBuffer::Drain() {
  const char* data = pbase();
  std::size_t left = static_cast<std::size_t>(pptr() - pbase());
  while (left > 0 && error_ == 0) {
    const ssize_t wrote = ::write(fd_, data, left);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) error_ = wrote < 0 ? errno : EIO;
    if (wrote > 0) data += wrote, left -= static_cast<std::size_t>(wrote);
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return error_ == 0;
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

int DescriptorBuffer::sync() { return Drain() ? 0 : -1; }

bool CheckOutputTarget(const std::string& path, bool allow_streams) {
  struct stat info;
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISREG(info.st_mode)) return false;
    if (allow_streams && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) return true;
    throw std::runtime_error("refusing to write " + path + ": it exists and is " +
                             (S_ISDIR(info.st_mode) ? "a directory" : "not a regular file"));
  }
  if (errno != ENOENT) throw WriteError(path, errno);
  const std::string directory = DirectoryOf(path).string();
  if (::stat(directory.c_str(), &info) != 0) throw WriteError(path, errno);
  if (!S_ISDIR(info.st_mode)) throw WriteError(path, ENOTDIR);
  if (::access(directory.c_str(), W_OK | X_OK) != 0) throw WriteError(path, errno);
  return false;
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), stream_(nullptr) {
  if (CheckOutputTarget(path_, true)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw WriteError(path_, errno);
  } else {
    RemoveStaleTemporaries(path_);
    fd_ = CreateTemporarySibling(path_, temporary_);
  }
  buffer_ = std::make_unique<DescriptorBuffer>(fd_);
  stream_.rdbuf(buffer_.get());
}

AtomicFile::~AtomicFile() {
  stream_.rdbuf(nullptr);
  buffer_.reset();
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::CheckWrites() const {
  if (buffer_->error() != 0) throw WriteError(path_, buffer_->error());
  if (!stream_) throw WriteError(path_, EIO);
}

void AtomicFile::Commit() {
  stream_.flush();
  CheckWrites();
  CloseOrThrow(fd_, path_);
  if (!temporary_.empty() && std::rename(temporary_.c_str(), path_.c_str()) != 0)
    throw WriteError(path_, errno);
  committed_ = true;
}

void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  AtomicFile file(path);
  write(file.stream());
  file.Commit();
}

namespace {

// Throws unless `root`/`name` can be staged: its folder inside `root` is missing (made on
// commit) or a directory, and the file itself a place CheckOutputTarget accepts.
void CheckStagedTarget(const fs::path& root, const std::string& name) {
  const fs::path target = root / name;
  std::error_code error;
  for (fs::path folder = target.parent_path(); folder != root && !folder.empty();
       folder = folder.parent_path()) {
    if (fs::exists(folder, error) && !fs::is_directory(folder, error))
      throw std::runtime_error("refusing to write " + target.string() + ": " + folder.string() +
                               " exists and is not a directory");
  }
  if (fs::is_directory(target.parent_path(), error)) CheckOutputTarget(target.string(), false);
}

}  // namespace

StagedOutputs::StagedOutputs(std::string directory, std::vector<std::string> names,
                             StepHook before_step)
    : directory_(std::move(directory)), names_(std::move(names)), before_step_(std::move(before_step)) {
  const fs::path root(directory_);
  std::error_code error;
  if (fs::exists(root, error) && !fs::is_directory(root, error))
    throw std::runtime_error("cannot write into " + directory_ + ": not a directory");
  created_ = CreateDirectories(root);
  try {
    RecoverStaging(root);
    for (const std::string& name : names_) CheckStagedTarget(root, name);
    staging_ = (root / (std::string(kStagingPrefix) + std::to_string(::getpid()))).string();
    fs::remove_all(staging_, error);
    if (::mkdir(staging_.c_str(), 0777) != 0) throw WriteError(directory_, errno);
    for (const std::string& name : names_) {
      for (const fs::path& folder : {fs::path(staging_), fs::path(staging_) / kPreviousFolder}) {
        fs::create_directories((folder / name).parent_path(), error);
        if (error)
          throw std::runtime_error("cannot write into " + directory_ + ": " + error.message());
      }
    }
  } catch (...) {
    Abandon();
    throw;
  }
}

StagedOutputs::~StagedOutputs() {
  std::error_code error;
  if (!staging_.empty()) fs::remove_all(staging_, error);
  if (!committed_) {
    for (const std::string& directory : created_) ::rmdir(directory.c_str());
  }
}

void StagedOutputs::Abandon() const {
  std::error_code error;
  if (!staging_.empty() && !fs::exists(fs::path(staging_) / kCommitMark, error))
    fs::remove_all(staging_, error);
  for (const std::string& directory : created_) ::rmdir(directory.c_str());
}

void StagedOutputs::StageFolder(const std::string& folder) {
  const fs::path target = fs::path(directory_) / folder;
  std::error_code error;
  const fs::file_status status = fs::symlink_status(target, error);
  if (fs::exists(status) && !fs::is_directory(status))
    throw std::runtime_error("refusing to write " + target.string() +
                             ": it exists and is not a directory");
  for (const fs::path& made : {fs::path(staging_) / folder,
                               (fs::path(staging_) / kPreviousFolder / folder).parent_path()}) {
    fs::create_directories(made, error);
    if (error) throw std::runtime_error("cannot write into " + directory_ + ": " + error.message());
  }
  folders_.push_back(folder);
}

bool StagedOutputs::InStagedFolder(const std::string& name) const {
  for (const std::string& folder : folders_) {
    if (name.size() > folder.size() && name.compare(0, folder.size(), folder) == 0 &&
        name[folder.size()] == '/')
      return true;
  }
  return false;
}

void StagedOutputs::Step(std::string_view step) const {
  if (before_step_) before_step_(step);
}

void StagedOutputs::Write(const std::string& name, const std::function<void(std::ostream&)>& write,
                          bool executable) {
  Step("write " + name);
  const std::string target = (fs::path(directory_) / name).string();
  const std::string staged = (fs::path(staging_) / name).string();
  if (InStagedFolder(name)) {
    std::error_code error;
    fs::create_directories(fs::path(staged).parent_path(), error);
    if (error) throw std::runtime_error("cannot write " + target + ": " + error.message());
  }
  int fd =
      ::open(staged.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0777 : 0666);
  if (fd < 0) throw WriteError(target, errno);
  try {
    DescriptorBuffer buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (buffer.error() != 0) throw WriteError(target, buffer.error());
    if (!out) throw WriteError(target, EIO);
  } catch (...) {
    ::close(fd);
    throw;
  }
  CloseOrThrow(fd, target);
}

void StagedOutputs::Commit() {
  const fs::path root(directory_), staging(staging_);
  Step("commit");
  for (const std::string& name : names_) {
    if (::link((root / name).c_str(), (staging / kPreviousFolder / name).c_str()) != 0 &&
        errno != ENOENT)
      throw WriteError((root / name).string(), errno);
  }
  for (const std::string& name : names_) {
    const fs::path folder = (root / name).parent_path();
    if (folder == root) continue;
    std::vector<std::string> made = CreateDirectories(folder);
    folders_made_.insert(folders_made_.end(), made.begin(), made.end());
  }
  WriteCommitMark();
  try {
    ReplaceFolders();
  } catch (...) {
    RollBack(0);
    throw;
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    try {
      Step("rename " + names_[i]);
      if (std::rename((staging / names_[i]).c_str(), (root / names_[i]).c_str()) != 0)
        throw WriteError((root / names_[i]).string(), errno);
    } catch (...) {
      RollBack(i);
      throw;
    }
  }
  committed_ = true;
}

// The commit mark lists the folders replaced whole, one a line, for a later run to finish.
void StagedOutputs::WriteCommitMark() const {
  const std::string mark = (fs::path(staging_) / kCommitMark).string();
  const int fd = ::open(mark.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw WriteError(directory_, errno);
  std::string folders;
  for (const std::string& folder : folders_) folders.append(folder).append("\n");
  const bool written = ::write(fd, folders.data(), folders.size()) ==
                       static_cast<ssize_t>(folders.size());
  const int error = errno;
  ::close(fd);
  if (!written) throw WriteError(mark, error);
}

// Moves each folder staged whole into place, the folder it replaces into the staging directory's
// previous files.
void StagedOutputs::ReplaceFolders() {
  const fs::path root(directory_), staging(staging_);
  for (const std::string& folder : folders_) {
    Step("replace " + folder);
    const fs::path target = root / folder, previous = staging / kPreviousFolder / folder;
    std::error_code error;
    const bool existed = fs::exists(fs::symlink_status(target, error));
    if (existed && std::rename(target.c_str(), previous.c_str()) != 0)
      throw WriteError(target.string(), errno);
    folders_replaced_.push_back(folder);
    folders_existed_.push_back(existed);
    if (std::rename((staging / folder).c_str(), target.c_str()) != 0)
      throw WriteError(target.string(), errno);
  }
}

// Puts back the files the first `renamed` renames replaced (or removes those that were new).
void StagedOutputs::RollBack(std::size_t renamed) {
  const fs::path root(directory_), previous = fs::path(staging_) / kPreviousFolder;
  ::unlink((fs::path(staging_) / kCommitMark).c_str());
  for (std::size_t i = 0; i < renamed; ++i) {
    const fs::path old = previous / names_[i];
    if (std::rename(old.c_str(), (root / names_[i]).c_str()) != 0)
      ::unlink((root / names_[i]).c_str());
  }
  RollBackFolders();
  for (const std::string& folder : folders_made_) ::rmdir(folder.c_str());
}

// Puts back the folders ReplaceFolders replaced, latest first.
void StagedOutputs::RollBackFolders() {
  const fs::path root(directory_), staging(staging_);
  for (std::size_t i = folders_replaced_.size(); i-- > 0;) {
    const std::string& folder = folders_replaced_[i];
    std::error_code error;
    if (fs::exists(staging / folder, error) || std::rename((root / folder).c_str(),
                                                           (staging / folder).c_str()) != 0)
      fs::remove_all(root / folder, error);
    if (folders_existed_[i])
      std::rename((staging / kPreviousFolder / folder).c_str(), (root / folder).c_str());
  }
  folders_replaced_.clear();
  folders_existed_.clear();
}

}  // namespace newsgraph
