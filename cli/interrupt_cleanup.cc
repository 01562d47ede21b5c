#include "cli/interrupt_cleanup.h"

#include <pthread.h>
#include <signal.h>

#include <map>
#include <mutex>
#include <thread>

namespace newsgraph {
namespace {

sigset_t InterruptSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  return signals;
}

}  // namespace

struct InterruptCleanup::State {
  std::mutex mutex;
  std::map<std::size_t, std::function<void()>> actions;  // by handle, in the order added
  std::size_t next_handle = 0;
};

InterruptCleanup::InterruptCleanup() : state_(std::make_shared<State>()) {
  const sigset_t signals = InterruptSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([state = state_, signals]() {
    int signal_number = 0;
    if (sigwait(&signals, &signal_number) != 0) return;
    {
      std::lock_guard<std::mutex> lock(state->mutex);
      for (auto& [handle, action] : state->actions) action();
      state->actions.clear();
    }
    ::signal(signal_number, SIG_DFL);
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
    ::raise(signal_number);
  }).detach();
}

InterruptCleanup::~InterruptCleanup() {
  std::lock_guard<std::mutex> lock(state_->mutex);
  state_->actions.clear();
}

std::size_t InterruptCleanup::Add(std::function<void()> action) {
  std::lock_guard<std::mutex> lock(state_->mutex);
  state_->actions.emplace(state_->next_handle, std::move(action));
  return state_->next_handle++;
}

void InterruptCleanup::Cancel(std::size_t handle) {
  std::lock_guard<std::mutex> lock(state_->mutex);
  state_->actions.erase(handle);
}

}  // namespace newsgraph
