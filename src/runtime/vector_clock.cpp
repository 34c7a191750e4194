// Vector clock operations; they follow the Go memory model and C++20 release sequences as
// described in LANGUAGE.md section 4 (see vector_clock.hpp).
#include "runtime/vector_clock.hpp"

#include <algorithm>

#include "runtime/value.hpp"

namespace initcheck {

void VectorClock::set(std::size_t thread, std::uint32_t value) {
  if (thread >= counters_.size())
    counters_.resize(thread + 1, 0);
  counters_[thread] = value;
}

void VectorClock::join(const VectorClock& other) {
  if (other.counters_.size() > counters_.size())
    counters_.resize(other.counters_.size(), 0);
  for (std::size_t i = 0; i < other.counters_.size(); ++i)
    counters_[i] = std::max(counters_[i], other.counters_[i]);
}

bool VectorClock::lessOrEqual(const VectorClock& other) const {
  for (std::size_t i = 0; i < counters_.size(); ++i) {
    if (counters_[i] > other.get(i))
      return false;
  }
  return true;
}

bool VectorClock::empty() const {
  return std::all_of(counters_.begin(), counters_.end(), [](auto c) { return c == 0; });
}

std::size_t VectorClock::hash() const {
  std::size_t seed = 0;
  std::size_t last = counters_.size();
  while (last > 0 && counters_[last - 1] == 0)
    --last;
  for (std::size_t i = 0; i < last; ++i)
    hashCombine(seed, counters_[i]);
  return seed;
}

bool VectorClock::operator==(const VectorClock& other) const {
  return lessOrEqual(other) && other.lessOrEqual(*this);
}

}  // namespace initcheck
