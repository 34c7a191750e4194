// Wakeup trees (explore/wakeup_tree.hpp): insert walks past initials and weak initials, stops
// at a leaf (a covering sequence), and adds what no sequence covers; a step that ends the
// execution is a weak initial of nothing.
#include "explore/wakeup_tree.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

WakeupStep step(ThreadId thread, std::uint32_t location, AccessMode mode) {
  WakeupStep result;
  result.thread = thread;
  result.footprint.add(Access{ResourceKind::Location, location, mode});
  return result;
}

WakeupStep write(ThreadId thread, std::uint32_t location) {
  return step(thread, location, AccessMode::Write);
}

WakeupStep read(ThreadId thread, std::uint32_t location) {
  return step(thread, location, AccessMode::Read);
}

TEST(WakeupTree, AnInitialIsAStepOfTheSequenceThatCommutesToTheFront) {
  WakeupSequence sequence{write(1, 0), read(2, 5), read(3, 0)};
  EXPECT_TRUE(weakInitial(sequence, write(1, 0)));
  EXPECT_TRUE(weakInitial(sequence, read(2, 5)));   // independent of the write before it
  EXPECT_FALSE(weakInitial(sequence, read(3, 0)));  // after a conflicting write
}

TEST(WakeupTree, AStepOutsideTheSequenceIsAWeakInitialOnlyWhenIndependentOfAllOfIt) {
  WakeupSequence sequence{write(1, 0), read(2, 5)};
  EXPECT_TRUE(weakInitial(sequence, read(4, 7)));
  EXPECT_FALSE(weakInitial(sequence, read(4, 0)));
  WakeupStep halting = read(4, 7);
  halting.footprint.add(Access{ResourceKind::Halt, 0, AccessMode::Write});
  EXPECT_FALSE(weakInitial(sequence, halting));
}

TEST(WakeupTree, ALeafCoversTheSequencesItIsAWeakInitialOf) {
  WakeupTree tree;
  tree.insert({read(1, 0)});
  tree.insert({read(2, 0)});  // reads commute: exploring 1 first covers it
  EXPECT_EQ(tree.firstThread(), 1u);
  EXPECT_EQ(tree.lowestThread(), 1u);
  WakeupTree rest = tree.takeSubtree(1);
  EXPECT_TRUE(rest.empty());
  EXPECT_TRUE(tree.empty());
}

TEST(WakeupTree, ADependentSequenceGetsABranchOfItsOwn) {
  WakeupTree tree;
  tree.insert({write(1, 0)});
  tree.insert({read(2, 0), write(3, 1)});
  EXPECT_TRUE(tree.begins(1));
  EXPECT_TRUE(tree.begins(2));
  WakeupTree afterTwo = tree.takeSubtree(2);
  ASSERT_FALSE(afterTwo.empty());
  EXPECT_EQ(afterTwo.firstThread(), 3u);
}

TEST(WakeupTree, InsertFollowsAnInitialDownTheTreeAndAddsTheRest) {
  WakeupTree tree;
  tree.insert({read(2, 0), write(3, 9)});
  // 2's read is an initial of the new sequence (4's write does not touch location 0): it is
  // taken off; 4's write conflicts with 3's, so it is added after 2, beside 3's.
  tree.insert({write(4, 9), read(2, 0)});
  WakeupTree afterTwo = tree.takeSubtree(2);
  EXPECT_TRUE(afterTwo.begins(3));
  EXPECT_TRUE(afterTwo.begins(4));
  // Had 3's step commuted with 4's, the leaf after 3 would have covered it.
  WakeupTree other;
  other.insert({read(2, 0), write(3, 1)});
  other.insert({write(4, 9), read(2, 0)});
  EXPECT_FALSE(other.takeSubtree(2).begins(4));
}

TEST(WakeupTree, AddFirstIsABacktrackPointThatIgnoresCoverage) {
  WakeupTree tree;
  tree.insert({read(1, 0)});
  tree.addFirst(read(2, 0));
  tree.addFirst(read(2, 0));
  EXPECT_TRUE(tree.begins(2));
  tree.dropIf([](ThreadId t) { return t == 1; });
  EXPECT_EQ(tree.firstThread(), 2u);
  tree.dropIf([](ThreadId) { return true; });
  EXPECT_TRUE(tree.empty());
}

}  // namespace
}  // namespace initcheck
