// The watcher thread of a symbolic check (see limit_watcher.hpp).
#include "symbolic/limit_watcher.hpp"

#include "support/process_memory.hpp"

namespace initcheck::symbolic {

namespace {
constexpr std::chrono::milliseconds kPollInterval{10};
}  // namespace

LimitWatcher::LimitWatcher(z3::context& context, WatchedLimits limits)
    : context_(context), limits_(limits) {
  if (limits_.timeoutSeconds || limits_.maxMemoryMB || limits_.cancel)
    thread_ = std::jthread([this](std::stop_token stop) { watch(stop); });
}

std::optional<LimitKind> LimitWatcher::fired() const {
  int kind = fired_.load();
  if (kind < 0)
    return std::nullopt;
  return static_cast<LimitKind>(kind);
}

void LimitWatcher::stopIfFired() const {
  if (std::optional<LimitKind> kind = fired())
    throw LimitStop{*kind};
}

// Once a limit is reached, Z3 is interrupted at every poll: an interrupt that comes while no
// query runs is lost, and the query after it must be stopped too.
void LimitWatcher::watch(std::stop_token stop) {
  while (!stop.stop_requested()) {
    if (fired_.load() < 0) {
      if (std::optional<LimitKind> limit = reached())
        fired_ = static_cast<int>(*limit);
    }
    if (fired_.load() >= 0)
      context_.interrupt();
    std::this_thread::sleep_for(kPollInterval);
  }
}

std::optional<LimitKind> LimitWatcher::reached() const {
  if (limits_.cancel && limits_.cancel->load())
    return LimitKind::Time;
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - limits_.start;
  if (limits_.timeoutSeconds && elapsed.count() >= *limits_.timeoutSeconds)
    return LimitKind::Time;
  if (limits_.maxMemoryMB) {
    std::optional<std::uint64_t> resident = residentMegabytes();
    if (resident && *resident >= *limits_.maxMemoryMB)
      return LimitKind::Memory;
  }
  return std::nullopt;
}

}  // namespace initcheck::symbolic
