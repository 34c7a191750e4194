// Vector clocks for happens-before (LANGUAGE.md section 4). The edges they carry follow the Go
// memory model (once, mutex, waitgroup, channels, go, join) and C++20 release sequences for
// atomics (a release store heads a sequence that RMWs continue; a plain store starts a new one).
// A clock maps thread ids to counters; missing entries are 0, so clocks of different lengths
// compare as if padded with zeros.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace initcheck {

class VectorClock {
 public:
  std::uint32_t get(std::size_t thread) const {
    return thread < counters_.size() ? counters_[thread] : 0;
  }
  void set(std::size_t thread, std::uint32_t value);
  void tick(std::size_t thread) { set(thread, get(thread) + 1); }
  void join(const VectorClock& other);  // pointwise maximum
  bool lessOrEqual(const VectorClock& other) const;
  bool concurrentWith(const VectorClock& other) const {
    return !lessOrEqual(other) && !other.lessOrEqual(*this);
  }
  bool empty() const;
  // The number of stored entries (trailing ones may be 0); get() is 0 from here on.
  std::size_t size() const { return counters_.size(); }
  std::size_t hash() const;
  bool operator==(const VectorClock& other) const;

 private:
  std::vector<std::uint32_t> counters_;
};

// One access: the thread's own counter when it happened (0 = none) and where.
struct Epoch {
  std::uint32_t counter = 0;
  bool happensBefore(std::size_t thread, const VectorClock& clock) const {
    return counter != 0 && counter <= clock.get(thread);
  }
  bool operator==(const Epoch&) const = default;
};

}  // namespace initcheck
