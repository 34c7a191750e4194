// A set of thread ids below 64, as a bit mask: the sleep, backtrack and done sets of DPOR.
#pragma once

#include <bit>
#include <cstdint>

#include "runtime/trace_event.hpp"

namespace initcheck {

class ThreadSet {
 public:
  static constexpr ThreadId kCapacity = 64;

  ThreadSet() = default;

  bool contains(ThreadId t) const { return t < kCapacity && ((bits_ >> t) & 1U) != 0; }
  void insert(ThreadId t) { bits_ |= std::uint64_t{1} << t; }
  void insertAll(ThreadSet other) { bits_ |= other.bits_; }
  bool empty() const { return bits_ == 0; }
  bool subsetOf(ThreadSet other) const { return (bits_ & ~other.bits_) == 0; }
  ThreadSet minus(ThreadSet other) const { return ThreadSet(bits_ & ~other.bits_); }
  ThreadSet intersect(ThreadSet other) const { return ThreadSet(bits_ & other.bits_); }
  ThreadId first() const { return static_cast<ThreadId>(std::countr_zero(bits_)); }
  // Calls visit(t) for every member t, in increasing order.
  template <typename Visit>
  void forEach(Visit visit) const {
    for (std::uint64_t rest = bits_; rest != 0; rest &= rest - 1)
      visit(static_cast<ThreadId>(std::countr_zero(rest)));
  }
  bool operator==(const ThreadSet&) const = default;

 private:
  explicit ThreadSet(std::uint64_t bits) : bits_(bits) {}

  std::uint64_t bits_ = 0;
};

}  // namespace initcheck
