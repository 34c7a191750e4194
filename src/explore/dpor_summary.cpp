// The DPOR search's state cache and subtree summaries (dpor_summary.hpp).
#include "explore/dpor_summary.hpp"

#include <algorithm>

namespace initcheck {

namespace {

ThreadId renameThread(ThreadId t, const std::vector<ThreadId>& map) {
  return t < map.size() ? map[t] : t;
}

}  // namespace

void DporSummary::add(ThreadId thread, const Footprint& footprint) {
  for (const Access& access : footprint.accesses)
    entries_.push_back(SummaryEntry{thread, access});
  normalize();
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

DporCacheEntry* DporCache::find(const CachedKey& key) {
  auto found = table_.find(key.bytes);
  return found == table_.end() ? nullptr : &found->second;
}

DporCacheEntry& DporCache::insert(const CachedKey& key) {
  return table_[key.bytes];
}

std::vector<ThreadId> inverseOf(const std::vector<ThreadId>& map) {
  std::vector<ThreadId> inverse(map.size());
  for (ThreadId t = 0; t < map.size(); ++t)
    inverse[map[t]] = t;
  return inverse;
}

}  // namespace initcheck
