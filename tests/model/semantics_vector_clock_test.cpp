// Vector clocks: join, <=, concurrency, padding with zeros.
#include <gtest/gtest.h>

#include "runtime/vector_clock.hpp"

namespace initcheck {
namespace {

VectorClock clockOf(std::initializer_list<std::uint32_t> counters) {
  VectorClock clock;
  std::size_t i = 0;
  for (std::uint32_t counter : counters)
    clock.set(i++, counter);
  return clock;
}

TEST(VectorClock, MissingEntriesAreZero) {
  VectorClock clock;
  EXPECT_EQ(clock.get(5), 0u);
  EXPECT_TRUE(clock.empty());
  clock.tick(2);
  EXPECT_EQ(clock.get(2), 1u);
  EXPECT_FALSE(clock.empty());
}

TEST(VectorClock, JoinIsPointwiseMaximum) {
  VectorClock a = clockOf({1, 5});
  a.join(clockOf({3, 2, 7}));
  EXPECT_EQ(a, clockOf({3, 5, 7}));
}

TEST(VectorClock, LessOrEqualAndConcurrency) {
  EXPECT_TRUE(clockOf({1, 2}).lessOrEqual(clockOf({1, 3})));
  EXPECT_FALSE(clockOf({2, 2}).lessOrEqual(clockOf({1, 3})));
  EXPECT_TRUE(clockOf({2, 2}).concurrentWith(clockOf({1, 3})));
  EXPECT_FALSE(clockOf({1, 2}).concurrentWith(clockOf({1, 3})));
}

TEST(VectorClock, TrailingZerosDoNotMatter) {
  VectorClock padded = clockOf({1, 2, 0, 0});
  EXPECT_EQ(padded, clockOf({1, 2}));
  EXPECT_EQ(padded.hash(), clockOf({1, 2}).hash());
}

TEST(VectorClock, EpochHappensBefore) {
  Epoch epoch{3};
  EXPECT_TRUE(epoch.happensBefore(1, clockOf({0, 3})));
  EXPECT_FALSE(epoch.happensBefore(1, clockOf({0, 2})));
  EXPECT_FALSE(Epoch{}.happensBefore(0, clockOf({9})));
}

}  // namespace
}  // namespace initcheck
