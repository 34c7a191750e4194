// The DPOR's index of path events by resource (explore/path_access_index.hpp).
#include "explore/path_access_index.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

Access location(std::uint32_t id, AccessMode mode) {
  return Access{ResourceKind::Location, id, mode, AccessRole::Plain};
}

Footprint footprintOf(std::initializer_list<Access> accesses) {
  Footprint footprint;
  for (const Access& access : accesses)
    footprint.add(access);
  return footprint;
}

TEST(PathAccessIndex, ListsEachResourcesAccessesWithTheWriteBeforeThem) {
  PathAccessIndex index;
  index.push(0, 0, footprintOf({location(1, AccessMode::Write)}));
  index.push(1, 1, footprintOf({location(1, AccessMode::Read), location(2, AccessMode::Read)}));
  index.push(2, 2, footprintOf({location(1, AccessMode::Read)}));
  index.push(3, 1, footprintOf({location(1, AccessMode::Write)}));
  index.push(4, 0, footprintOf({location(1, AccessMode::Read)}));
  const auto& x = index.accessesOf(location(1, AccessMode::Read));
  ASSERT_EQ(x.size(), 5U);
  EXPECT_EQ(x[0].previousWrite, -1);
  EXPECT_EQ(x[1].previousWrite, 0);
  EXPECT_EQ(x[2].previousWrite, 0);
  EXPECT_EQ(x[3].previousWrite, 0);
  EXPECT_EQ(x[4].previousWrite, 3);
  EXPECT_EQ(x[3].event, 3U);
  EXPECT_EQ(x[3].thread, 1U);
  EXPECT_TRUE(x[3].writes);
  EXPECT_FALSE(x[4].writes);
  EXPECT_EQ(index.accessesOf(location(2, AccessMode::Write)).size(), 1U);
  EXPECT_TRUE(index.accessesOf(location(3, AccessMode::Read)).empty());
}

TEST(PathAccessIndex, PopUndoesTheNewestPush) {
  PathAccessIndex index;
  Footprint write = footprintOf({location(1, AccessMode::Write)});
  Footprint both = footprintOf({location(1, AccessMode::Read), location(2, AccessMode::Write)});
  index.push(0, 0, write);
  index.push(1, 1, both);
  index.pop(both);
  EXPECT_EQ(index.accessesOf(location(1, AccessMode::Read)).size(), 1U);
  EXPECT_TRUE(index.accessesOf(location(2, AccessMode::Read)).empty());
  index.push(1, 2, both);
  EXPECT_EQ(index.accessesOf(location(2, AccessMode::Read)).back().thread, 2U);
}

TEST(PathAccessIndex, KeepsTheEventsThatHalt) {
  PathAccessIndex index;
  Footprint halt =
      footprintOf({Access{ResourceKind::Halt, 0, AccessMode::Write, AccessRole::Plain}});
  index.push(0, 0, footprintOf({location(1, AccessMode::Write)}));
  index.push(1, 1, halt);
  ASSERT_EQ(index.haltingEvents().size(), 1U);
  EXPECT_EQ(index.haltingEvents()[0], 1U);
  index.pop(halt);
  EXPECT_TRUE(index.haltingEvents().empty());
}

}  // namespace
}  // namespace initcheck
