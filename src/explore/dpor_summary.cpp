// The DPOR search's state cache and subtree summaries (dpor_summary.hpp).
#include "explore/dpor_summary.hpp"

#include "model/semantics.hpp"

#include <algorithm>

namespace initcheck {

namespace {

ThreadId renameThread(ThreadId t, const std::vector<ThreadId>& map) {
  return t < map.size() ? map[t] : t;
}

}  // namespace

void DporSummary::add(ThreadId thread, const Footprint& footprint) {
  for (const Access& access : footprint.accesses) {
    SummaryEntry entry{thread, access};
    auto at = std::lower_bound(entries_.begin(), entries_.end(), entry);
    if (at == entries_.end() || !(*at == entry))
      entries_.insert(at, entry);
  }
}

void DporSummary::addAll(const DporSummary& other) {
  if (other.entries_.empty())
    return;
  std::vector<SummaryEntry> merged;
  merged.reserve(entries_.size() + other.entries_.size());
  std::set_union(entries_.begin(), entries_.end(), other.entries_.begin(), other.entries_.end(),
                 std::back_inserter(merged));
  entries_ = std::move(merged);
}

DporSummary DporSummary::renamed(const std::vector<ThreadId>& map) const {
  DporSummary result;
  result.entries_.reserve(entries_.size());
  for (SummaryEntry entry : entries_) {
    entry.thread = renameThread(entry.thread, map);
    if (entry.access.kind == ResourceKind::ThreadExit ||
        entry.access.kind == ResourceKind::ThreadLocal)
      entry.access.id = renameThread(entry.access.id, map);
    result.entries_.push_back(entry);
  }
  result.normalize();
  return result;
}

void DporSummary::normalize() {
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
}

std::size_t DporSummary::hash() const {
  std::size_t seed = entries_.size();
  for (const SummaryEntry& entry : entries_) {
    std::size_t value = (static_cast<std::size_t>(entry.thread) << 40) ^
                        (static_cast<std::size_t>(entry.access.kind) << 36) ^
                        (static_cast<std::size_t>(entry.access.id) << 8) ^
                        (static_cast<std::size_t>(entry.access.mode) << 4) ^
                        static_cast<std::size_t>(entry.access.role);
    seed ^= value + 0x9E3779B97F4A7C15ULL + (seed << 6) + (seed >> 2);
  }
  return seed;
}

const DporSummary* DporCache::intern(DporSummary summary) {
  return &*summaries_.insert(std::move(summary)).first;
}

CompactKey DporCache::keyOf(const Semantics& system, const State& state, bool symmetry) {
  return system.compactKey(state, symmetry, keys_);
}

std::vector<ThreadId> inverseOf(const std::vector<ThreadId>& map) {
  std::vector<ThreadId> inverse(map.size());
  for (ThreadId t = 0; t < map.size(); ++t)
    inverse[map[t]] = t;
  return inverse;
}

}  // namespace initcheck
