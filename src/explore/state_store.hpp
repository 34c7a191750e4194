// The state cache's exact store: compact keys (collapsed_keys.hpp) and a record per key, in
// about the key's length plus 40 bytes a state. The keys' bytes lie end to end in chunks of
// 1 MB (each after its LEB128 length); records sit in a deque (stable addresses) and carry where
// their key starts; an absl::flat_hash_set of record indices, hashed and compared through the
// chunks, finds a key's record (one control byte and four bytes a slot). A std::unordered_map
// of std::string keys cost about 145 bytes a state: a node, the string, and the string's own
// allocation once a key is longer than 15 bytes. Under hash compaction the store keeps each
// key's fingerprint in the record instead of the key in the arena (StoredKeys).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_set.h>

#include "explore/fingerprint_store.hpp"

namespace initcheck {

// Byte strings appended end to end, never moved; a string is named by a 64-bit place.
class ByteArena {
 public:
  std::uint64_t append(std::string_view bytes);
  std::string_view at(std::uint64_t place) const;

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;
  std::vector<std::size_t>
      sizes_;             // each chunk's capacity (one larger than kChunk holds one string)
  std::size_t used_ = 0;  // in the last chunk
};

// How a StateStore knows its keys: whole (exact), or by 64-bit fingerprints (hash compaction,
// `--state-cache hash`, fingerprint_store.hpp): 8 bytes a state instead of the key, and two keys
// with one fingerprint share a record.
enum class StoredKeys { Whole, Fingerprints };

template <class Record>
class StateStore {
 public:
  explicit StateStore(StoredKeys kept = StoredKeys::Whole)
      : fingerprints_(kept == StoredKeys::Fingerprints), index_(0, Hash{this}, Equal{this}) {}
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // The record of `key`, or null.
  Record* find(std::string_view key) {
    auto found = index_.find(probeOf(key));
    return found == index_.end() ? nullptr : &records_[*found].record;
  }
  // The record of `key`, made (value-initialized) if there was none, and whether it was made;
  // one lookup either way.
  std::pair<Record*, bool> insert(std::string_view key) {
    const Probe probe = probeOf(key);
    bool made = false;
    auto at = index_.lazy_emplace(probe, [&](const auto& construct) {
      records_.push_back(Stored{Record{}, fingerprints_ ? probe.fingerprint : keys_.append(key)});
      construct(static_cast<std::uint32_t>(records_.size() - 1));
      made = true;
    });
    return {&records_[*at].record, made};
  }
  std::size_t size() const { return records_.size(); }
  // With fingerprints, the probability that some stored key was taken for another.
  std::optional<double> omissionBound() const {
    if (!fingerprints_)
      return std::nullopt;
    return fingerprintOmissionBound(records_.size());
  }

 private:
  struct Stored {
    Record record;
    std::uint64_t key;  // where the key lies in keys_, or its fingerprint
  };
  // A key as the index compares it: its bytes (whole keys) or its fingerprint.
  struct Probe {
    std::string_view bytes;
    std::uint64_t fingerprint = 0;
  };
  Probe probeOf(std::string_view key) const {
    return fingerprints_ ? Probe{{}, fingerprintOf(key)} : Probe{key};
  }
  Probe probeOf(std::uint32_t index) const {
    const std::uint64_t key = records_[index].key;
    return fingerprints_ ? Probe{{}, key} : Probe{keys_.at(key)};
  }
  static const Probe& probeOf(const Probe& probe) { return probe; }

  struct Hash {
    using is_transparent = void;
    const StateStore* store;
    template <class Key>
    std::size_t operator()(const Key& key) const {
      const Probe probe = store->probeOf(key);
      return store->fingerprints_ ? probe.fingerprint : absl::HashOf(probe.bytes);
    }
  };
  struct Equal {
    using is_transparent = void;
    const StateStore* store;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      const Probe left = store->probeOf(a);
      const Probe right = store->probeOf(b);
      return store->fingerprints_ ? left.fingerprint == right.fingerprint
                                  : left.bytes == right.bytes;
    }
  };

  bool fingerprints_;
  ByteArena keys_;  // whole keys only
  std::deque<Stored> records_;
  absl::flat_hash_set<std::uint32_t, Hash, Equal> index_;
};

}  // namespace initcheck
