// The resource limits of one search (ExploreOptions::timeoutSeconds, maxStates, maxMemoryMB,
// cancel): a search asks before every move whether it may go on; once a limit is reached it
// stays reached. A move is one successor (one `choose` value), so the clock is read every few
// microseconds of search; resident memory is read at most every 20 ms.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>

#include "explore/explorer.hpp"

namespace initcheck {

class SearchBudget {
 public:
  explicit SearchBudget(const ExploreOptions& options);

  // True once a limit is reached. Reads the clock only every few calls: a check is cheap.
  // `statesReached`: states arrived at so far (ExploreOptions::maxStates counts them).
  bool exhausted(std::uint64_t statesReached);
  // exhausted(), and when it is, the limit recorded in `result` (the searches' loop test).
  bool stopsSearch(std::uint64_t statesReached, ExplorationResult& result);
  std::optional<LimitKind> limit() const { return limit_; }
  double elapsedSeconds() const;

 private:
  bool timeIsUp() const;
  std::optional<LimitKind> clockedLimit();
  bool memoryIsFull();

  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point lastMemoryRead_;
  std::optional<double> timeoutSeconds_;
  std::optional<std::uint64_t> maxStates_;
  std::optional<std::uint64_t> maxMemoryMB_;
  std::optional<LimitKind> limit_;
  const std::atomic<bool>* cancel_ = nullptr;
  std::uint32_t callsSinceClock_ = 0;
};

}  // namespace initcheck
