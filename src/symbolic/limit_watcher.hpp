// Watches the limits of one symbolic check from a second thread: every 10 ms it asks whether
// the time is up, the process's resident memory is over `--max-memory`, or another thread
// cancelled the check, and if so interrupts Z3 (z3::context::interrupt, which is safe to call
// from another thread) so that a long query ends at once with `unknown`.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <thread>

#include <z3++.h>

#include "explore/explorer.hpp"

namespace initcheck::symbolic {

// Thrown by the unfolder and the encoder (which poll the watcher while they build terms, as
// z3::context::interrupt only stops a running query) and by the unfolder's event budget.
struct LimitStop {
  LimitKind kind = LimitKind::Time;
};

struct WatchedLimits {
  std::chrono::steady_clock::time_point start;  // the time limit counts from here
  std::optional<double> timeoutSeconds;
  std::optional<std::uint64_t> maxMemoryMB;
  const std::atomic<bool>* cancel = nullptr;
};

class LimitWatcher {
 public:
  LimitWatcher(z3::context& context, WatchedLimits limits);  // its jthread stops and joins
  LimitWatcher(const LimitWatcher&) = delete;
  LimitWatcher& operator=(const LimitWatcher&) = delete;

  // The limit that ended the check (a cancel counts as time), once one has.
  std::optional<LimitKind> fired() const;
  // Throws LimitStop once a limit has fired (a relaxed atomic load otherwise).
  void stopIfFired() const;

 private:
  void watch(std::stop_token stop);
  std::optional<LimitKind> reached() const;

  z3::context& context_;
  WatchedLimits limits_;
  std::atomic<int> fired_ = -1;  // a LimitKind, or -1
  std::jthread thread_;
};

}  // namespace initcheck::symbolic
