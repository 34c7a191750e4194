// Time and state limits of a search (see search_budget.hpp).
#include "explore/search_budget.hpp"

#include "support/process_memory.hpp"

namespace initcheck {

namespace {
constexpr std::uint32_t kCallsPerClockRead = 64;
constexpr std::chrono::milliseconds kMemoryReadInterval{20};
}  // namespace

SearchBudget::SearchBudget(const ExploreOptions& options)
    : start_(std::chrono::steady_clock::now()),
      lastMemoryRead_(start_),
      timeoutSeconds_(options.timeoutSeconds),
      maxStates_(options.maxStates),
      maxMemoryMB_(options.maxMemoryMB),
      cancel_(options.cancel) {}

bool SearchBudget::exhausted(std::uint64_t statesReached) {
  if (limit_)
    return true;
  if (maxStates_ && statesReached >= *maxStates_) {
    limit_ = LimitKind::States;
  } else if ((timeoutSeconds_ || cancel_ || maxMemoryMB_) &&
             ++callsSinceClock_ >= kCallsPerClockRead) {
    callsSinceClock_ = 0;
    limit_ = clockedLimit();
  }
  return limit_.has_value();
}

// The limits that need the clock (or the memory it paces); a cancel counts as time.
std::optional<LimitKind> SearchBudget::clockedLimit() {
  if ((cancel_ && cancel_->load()) || (timeoutSeconds_ && timeIsUp()))
    return LimitKind::Time;
  if (maxMemoryMB_ && memoryIsFull())
    return LimitKind::Memory;
  return std::nullopt;
}

bool SearchBudget::memoryIsFull() {
  auto now = std::chrono::steady_clock::now();
  if (now - lastMemoryRead_ < kMemoryReadInterval)
    return false;
  lastMemoryRead_ = now;
  std::optional<std::uint64_t> resident = residentMegabytes();
  return resident && *resident >= *maxMemoryMB_;
}

bool SearchBudget::stopsSearch(std::uint64_t statesReached, ExplorationResult& result) {
  if (!exhausted(statesReached))
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
