// The state cache of the DPOR search (dpor_search.hpp): per state explored, the sleep set it
// was explored with and a summary of its subtree, every (thread, next-step access) seen there,
// so that a path reaching the state again can race those steps against its own events.
// Thread ids are stored renamed to the state's canonical order (model/canonical_key.hpp).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "explore/thread_set.hpp"
#include "model/canonical_key.hpp"
#include "model/footprint.hpp"

namespace initcheck {

struct SummaryEntry {
  ThreadId thread = 0;
  Access access;

  bool operator==(const SummaryEntry&) const = default;
  auto operator<=>(const SummaryEntry&) const = default;
};

class DporSummary {
 public:
  void add(ThreadId thread, const Footprint& footprint);
  void addAll(const DporSummary& other);
  // The same entries with thread ids (and thread-exit resources) renamed by `map`
  // (ids beyond it stay).
  DporSummary renamed(const std::vector<ThreadId>& map) const;
  const std::vector<SummaryEntry>& entries() const { return entries_; }

 private:
  void normalize();

  std::vector<SummaryEntry> entries_;  // sorted, unique
};

using CachedKey = CanonicalKey;

struct DporCacheEntry {
  ThreadSet sleep;        // canonical ids of the threads asleep when it was explored
  bool complete = false;  // its subtree is explored (false while it is on the path)
  DporSummary summary;    // canonical ids
};

class DporCache {
 public:
  DporCacheEntry* find(const CachedKey& key);
  DporCacheEntry& insert(const CachedKey& key);
  std::size_t size() const { return table_.size(); }

 private:
  std::unordered_map<std::string, DporCacheEntry> table_;
};

// actual -> canonical (the key's map) and canonical -> actual.
std::vector<ThreadId> inverseOf(const std::vector<ThreadId>& map);

}  // namespace initcheck
