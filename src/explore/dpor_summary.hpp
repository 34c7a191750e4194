// The state cache of the DPOR search (dpor_search.hpp): per state explored, the sleep set it
// was explored with and a summary of its subtree, every (thread, next-step access) seen there,
// so that a path reaching the state again can race those steps against its own events.
// Thread ids are stored renamed to the state's canonical order (model/state_encoding.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "explore/collapsed_keys.hpp"
#include "explore/state_store.hpp"
#include "explore/thread_set.hpp"
#include "model/state_encoding.hpp"
#include "runtime/footprint.hpp"

namespace initcheck {

class Semantics;
class State;

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
  bool operator==(const DporSummary&) const = default;
  std::size_t hash() const;

 private:
  void normalize();

  std::vector<SummaryEntry> entries_;  // sorted, unique
};

struct DporCacheEntry {
  ThreadSet sleep;                       // canonical ids of the threads asleep when it was explored
  bool complete = false;                 // its subtree is explored (false while it is on the path)
  const DporSummary* summary = nullptr;  // canonical ids; interned (see DporCache)
};

// States (as compact keys: collapsed_keys.hpp, in a StateStore: state_store.hpp, whole or under
// hash compaction by their fingerprints) and their entries. Summaries
// repeat a lot (the same threads touch the same resources in most subtrees), so each distinct one
// is stored once and entries point to it.
class DporCache {
 public:
  explicit DporCache(bool hashCompaction = false)
      : states_(std::make_unique<StateStore<DporCacheEntry>>(
            hashCompaction ? StoredKeys::Fingerprints : StoredKeys::Whole)) {}
  // The key of a state, its sections stored in this cache's table.
  CompactKey keyOf(const Semantics& system, const State& state, bool symmetry);
  // The entry of a key, made if there was none, and whether it was made; entries stay where
  // they are while the cache lives.
  std::pair<DporCacheEntry*, bool> insert(const CompactKey& key) {
    return states_->insert(key.ids);
  }
  const DporSummary* intern(DporSummary summary);
  std::size_t size() const { return states_->size(); }
  // Under hash compaction, the probability that a stored state was taken for another.
  std::optional<double> omissionBound() const { return states_->omissionBound(); }

 private:
  struct SummaryHash {
    std::size_t operator()(const DporSummary& summary) const { return summary.hash(); }
  };
  CollapsedKeys keys_;  // states are stored collapsed
  // Behind a pointer: the store's hash functor points at it, and the cache is moved.
  std::unique_ptr<StateStore<DporCacheEntry>> states_;
  std::unordered_set<DporSummary, SummaryHash> summaries_;  // node-based: stable addresses
};

// actual -> canonical (the key's map) and canonical -> actual.
std::vector<ThreadId> inverseOf(const std::vector<ThreadId>& map);

}  // namespace initcheck
