// The resource limits of one search (ExploreOptions::timeoutSeconds, maxStates): a search
// asks before every move whether it may go on; once a limit is reached it stays reached.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>

#include "explore/explorer.hpp"

namespace initcheck {

class SearchBudget {
 public:
  SearchBudget(std::optional<double> timeoutSeconds, std::optional<std::uint64_t> maxStates,
               const std::atomic<bool>* cancel = nullptr);

  // True once a limit is reached. Reads the clock only every few calls: a check is cheap.
  bool exhausted(std::uint64_t statesSoFar);
  // exhausted(), and when it is, the limit recorded in `result` (the searches' loop test).
  bool stopsSearch(std::uint64_t statesSoFar, ExplorationResult& result);
  std::optional<LimitKind> limit() const { return limit_; }
  double elapsedSeconds() const;

 private:
  bool timeIsUp() const;

  std::chrono::steady_clock::time_point start_;
  std::optional<double> timeoutSeconds_;
  std::optional<std::uint64_t> maxStates_;
  std::optional<LimitKind> limit_;
  const std::atomic<bool>* cancel_ = nullptr;
  std::uint32_t callsSinceClock_ = 0;
};

}  // namespace initcheck
