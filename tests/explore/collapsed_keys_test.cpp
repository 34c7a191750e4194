// Compact exact keys (explore/collapsed_keys.hpp): a table of sections and of layouts.
#include "explore/collapsed_keys.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(CollapsedKeys, EqualSectionsGetEqualIdsAndDifferentOnesDifferent) {
  CollapsedKeys keys;
  std::uint32_t ab = keys.idOf("ab");
  EXPECT_EQ(keys.idOf("cd"), ab + 1);
  EXPECT_EQ(keys.idOf("ab"), ab);
  EXPECT_NE(keys.idOf("abc"), ab);
  EXPECT_EQ(keys.sections(), 3u);
}

TEST(CollapsedKeys, LayoutIdsAreUniqueToATableAndALayout) {
  CollapsedKeys keys, other;
  std::vector<ThreadId> identity{0, 1, 2}, swapped{1, 0, 2};
  std::uint32_t plain = keys.layoutId(false, nullptr, identity);
  EXPECT_GT(plain, 0u);
  EXPECT_EQ(keys.layoutId(false, nullptr, identity), plain);
  std::uint32_t symmetric = keys.layoutId(true, nullptr, identity);
  std::uint32_t renamed = keys.layoutId(true, nullptr, swapped);
  EXPECT_NE(symmetric, plain);
  EXPECT_NE(renamed, symmetric);
  EXPECT_EQ(keys.layoutId(true, nullptr, identity), symmetric);  // not only the last one
  EXPECT_EQ(keys.layoutId(false, nullptr, identity), plain);
  std::uint32_t elsewhere = other.layoutId(false, nullptr, identity);
  EXPECT_NE(elsewhere, plain);  // a note written for one table never reads as the other's
  EXPECT_NE(elsewhere, symmetric);
  EXPECT_NE(elsewhere, renamed);
}

}  // namespace
}  // namespace initcheck
