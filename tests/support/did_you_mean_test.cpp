#include "support/did_you_mean.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(editDistance("", ""), 0u);
  EXPECT_EQ(editDistance("abc", "abc"), 0u);
  EXPECT_EQ(editDistance("abc", "abd"), 1u);
  EXPECT_EQ(editDistance("abc", "ab"), 1u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(editDistance("vaule", "value"), 1u);
}

TEST(ClosestName, SuggestsANearTypo) {
  EXPECT_EQ(closestName("vaule", {"value", "valid", "o"}), "value");
  EXPECT_EQ(closestName("p", {"o", "zz"}), "o");
}

TEST(ClosestName, StaysSilentWhenNothingIsClose) {
  EXPECT_EQ(closestName("configuration", {"x", "mutex"}), std::nullopt);
  EXPECT_EQ(closestName("x", {}), std::nullopt);
}

TEST(ClosestName, BreaksTiesAlphabetically) {
  EXPECT_EQ(closestName("ab", {"bb", "aa"}), "aa");
}

}  // namespace
}  // namespace initcheck
