// Clean-up on SIGINT, SIGTERM and SIGHUP: registered actions (removing temporary files and
// staging directories) run on a watcher thread, and the process then dies of the same signal.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace newsgraph {

class InterruptCleanup {
 public:
  // Blocks the three signals in the calling thread, so every thread it starts later inherits the
  // mask, and starts the watcher. Make one before starting any other thread.
  InterruptCleanup();
  ~InterruptCleanup();
  InterruptCleanup(const InterruptCleanup&) = delete;
  InterruptCleanup& operator=(const InterruptCleanup&) = delete;

  // Registers `action` to run on an interrupt (actions run in the order added, each at most
  // once); returns a handle for Cancel.
  std::size_t Add(std::function<void()> action);
  void Cancel(std::size_t handle);

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace newsgraph
