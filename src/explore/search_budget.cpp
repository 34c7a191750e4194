// Time and state limits of a search (see search_budget.hpp).
#include "explore/search_budget.hpp"

namespace initcheck {

namespace {
constexpr std::uint32_t kCallsPerClockRead = 64;
}  // namespace

SearchBudget::SearchBudget(std::optional<double> timeoutSeconds,
                           std::optional<std::uint64_t> maxStates, const std::atomic<bool>* cancel)
    : start_(std::chrono::steady_clock::now()),
      timeoutSeconds_(timeoutSeconds),
      maxStates_(maxStates),
      cancel_(cancel) {}

bool SearchBudget::exhausted(std::uint64_t statesSoFar) {
  if (limit_)
    return true;
  if (maxStates_ && statesSoFar >= *maxStates_) {
    limit_ = LimitKind::States;
  } else if ((timeoutSeconds_ || cancel_) && ++callsSinceClock_ >= kCallsPerClockRead) {
    callsSinceClock_ = 0;
    if ((cancel_ && cancel_->load()) || (timeoutSeconds_ && timeIsUp()))
      limit_ = LimitKind::Time;
  }
  return limit_.has_value();
}

bool SearchBudget::stopsSearch(std::uint64_t statesSoFar, ExplorationResult& result) {
  if (!exhausted(statesSoFar))
    return false;
  result.limitReached = true;
  result.limit = limit_;
  return true;
}

double SearchBudget::elapsedSeconds() const {
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  return elapsed.count();
}

bool SearchBudget::timeIsUp() const {
  return elapsedSeconds() >= *timeoutSeconds_;
}

}  // namespace initcheck
