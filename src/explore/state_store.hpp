// The state cache's exact store: compact keys (collapsed_keys.hpp) and a record per key, in
// about the key's length plus 40 bytes a state. The keys' bytes lie end to end in chunks of
// 1 MB (each after its LEB128 length); records sit in a deque (stable addresses) and carry where
// their key starts; an absl::flat_hash_set of record indices, hashed and compared through the
// chunks, finds a key's record (one control byte and four bytes a slot). A std::unordered_map
// of std::string keys cost about 145 bytes a state: a node, the string, and the string's own
// allocation once a key is longer than 15 bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_set.h>

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

template <class Record>
class StateStore {
 public:
  StateStore() : index_(0, Hash{this}, Equal{this}) {}
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // The record of `key`, or null.
  Record* find(std::string_view key) {
    auto found = index_.find(key);
    return found == index_.end() ? nullptr : &records_[*found].record;
  }
  // The record of `key`, made (value-initialized) if there was none, and whether it was made;
  // one lookup either way.
  std::pair<Record*, bool> insert(std::string_view key) {
    bool made = false;
    auto at = index_.lazy_emplace(key, [&](const auto& construct) {
      records_.push_back(Stored{Record{}, keys_.append(key)});
      construct(static_cast<std::uint32_t>(records_.size() - 1));
      made = true;
    });
    return {&records_[*at].record, made};
  }
  std::size_t size() const { return records_.size(); }

 private:
  struct Stored {
    Record record;
    std::uint64_t keyAt;
  };
  std::string_view keyOf(std::uint32_t index) const { return keys_.at(records_[index].keyAt); }

  struct Hash {
    using is_transparent = void;
    const StateStore* store;
    std::size_t operator()(std::string_view key) const { return absl::HashOf(key); }
    std::size_t operator()(std::uint32_t index) const { return (*this)(store->keyOf(index)); }
  };
  struct Equal {
    using is_transparent = void;
    const StateStore* store;
    std::string_view view(std::string_view key) const { return key; }
    std::string_view view(std::uint32_t index) const { return store->keyOf(index); }
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      return view(a) == view(b);
    }
  };

  ByteArena keys_;
  std::deque<Stored> records_;
  absl::flat_hash_set<std::uint32_t, Hash, Equal> index_;
};

}  // namespace initcheck
