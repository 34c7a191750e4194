// Section tables for compact exact keys (collapsed_keys.hpp).
#include "explore/collapsed_keys.hpp"

#include <atomic>

namespace initcheck {

namespace {

// Layout ids are unique in the process, so a note written for one table is never read as one
// of another's (notes live in states, which outlive a table that steps aside).
std::uint32_t freshLayoutId() {
  static std::atomic<std::uint32_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

std::uint32_t CollapsedKeys::idOf(std::string_view section) {
  auto found = sections_.find(section);
  if (found != sections_.end())
    return found->second;
  auto id = static_cast<std::uint32_t>(sections_.size());
  sections_.emplace(std::string(section), id);
  return id;
}

std::uint32_t CollapsedKeys::layoutId(bool symmetry, const SymmetryInfo* classes,
                                      const std::vector<ThreadId>& toCanonical) {
  if (lastLayoutId_ != 0 && lastLayout_.first == std::pair(symmetry, classes) &&
      lastLayout_.second == toCanonical)
    return lastLayoutId_;
  Layout layout{{symmetry, classes}, toCanonical};
  auto [at, added] = layouts_.try_emplace(layout, 0);
  if (added)
    at->second = freshLayoutId();
  lastLayout_ = std::move(layout);
  lastLayoutId_ = at->second;
  return lastLayoutId_;
}

}  // namespace initcheck
