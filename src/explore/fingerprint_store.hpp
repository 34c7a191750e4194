// The state cache's store under hash compaction (`--state-cache hash`): a record per state,
// found by a 64-bit fingerprint of its key (XXH3, seed 0: the same in every run) instead of the
// key itself, in 8 bytes a state instead of the key's length plus its length's LEB128. Two
// states with one fingerprint share a record: the second is taken for the first and its
// subtree may be left out (Wolper and Leroy, "Reliable hashing without collision detection",
// CAV 1993; SPIN's -DHC). omissionBound() is the probability, for fingerprints that behave as
// uniform random values, that any state stored so far was taken for another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string_view>
#include <utility>

#include <absl/container/flat_hash_set.h>

namespace initcheck {

// XXH3's 64-bit hash of the bytes, seed 0.
std::uint64_t fingerprintOf(std::string_view bytes);

// At most n(n-1)/2 pairs of n fingerprints of `bits` bits collide, each with 2^-bits: the
// union bound n(n-1)/2^(bits+1), capped at 1.
double fingerprintOmissionBound(std::size_t stored, int bits = 64);

template <class Record>
class FingerprintStore {
 public:
  FingerprintStore() : index_(0, Hash{this}, Equal{this}) {}
  FingerprintStore(const FingerprintStore&) = delete;
  FingerprintStore& operator=(const FingerprintStore&) = delete;

  // The record of `key`'s fingerprint, made (value-initialized) if there was none, and whether
  // it was made.
  std::pair<Record*, bool> insert(std::string_view key) {
    Fingerprint fingerprint{fingerprintOf(key)};
    bool made = false;
    auto at = index_.lazy_emplace(fingerprint, [&](const auto& construct) {
      records_.push_back(Stored{Record{}, fingerprint.value});
      construct(static_cast<std::uint32_t>(records_.size() - 1));
      made = true;
    });
    return {&records_[*at].record, made};
  }
  std::size_t size() const { return records_.size(); }
  double omissionBound() const { return fingerprintOmissionBound(records_.size()); }

 private:
  struct Fingerprint {
    std::uint64_t value;
  };
  struct Stored {
    Record record;
    std::uint64_t fingerprint;
  };

  struct Hash {
    using is_transparent = void;
    const FingerprintStore* store;
    std::size_t operator()(Fingerprint key) const { return key.value; }
    std::size_t operator()(std::uint32_t index) const { return store->records_[index].fingerprint; }
  };
  struct Equal {
    using is_transparent = void;
    const FingerprintStore* store;
    std::uint64_t value(Fingerprint key) const { return key.value; }
    std::uint64_t value(std::uint32_t index) const { return store->records_[index].fingerprint; }
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      return value(a) == value(b);
    }
  };

  std::deque<Stored> records_;
  absl::flat_hash_set<std::uint32_t, Hash, Equal> index_;
};

}  // namespace initcheck
