// Default resource limits: what CI gets, what a terminal gets, and how flags override them.
#include "cli/limit_defaults.hpp"

#include <gtest/gtest.h>

namespace initcheck::cli {
namespace {

TEST(LimitDefaults, CiIsRecognisedFromTheUsualValues) {
  EXPECT_TRUE(isCiValue("true"));
  EXPECT_TRUE(isCiValue("1"));
  EXPECT_TRUE(isCiValue("yes"));
  EXPECT_FALSE(isCiValue(nullptr));
  EXPECT_FALSE(isCiValue(""));
  EXPECT_FALSE(isCiValue("0"));
  EXPECT_FALSE(isCiValue("false"));
}

TEST(LimitDefaults, OutsideCiOnlyMemoryIsLimitedToThreeQuartersOfTheRam) {
  ResourceLimits limits = defaultLimits(false, 16000);
  EXPECT_EQ(limits.maxMemoryMB, 12000u);
  EXPECT_FALSE(limits.timeoutSeconds);
  EXPECT_FALSE(limits.maxStates);
  EXPECT_FALSE(defaultLimits(false, std::nullopt).maxMemoryMB);
}

TEST(LimitDefaults, InCiTimeAndMemoryAreLimited) {
  ResourceLimits big = defaultLimits(true, 65536);
  EXPECT_EQ(big.timeoutSeconds, kCiTimeoutSeconds);
  EXPECT_EQ(big.maxMemoryMB, kCiMaxMemoryMB);
  EXPECT_EQ(defaultLimits(true, 2048).maxMemoryMB, 1536u);  // a small runner: 3/4 of its RAM
  EXPECT_EQ(defaultLimits(true, std::nullopt).maxMemoryMB, kCiMaxMemoryMB);
}

TEST(LimitDefaults, FlagsOverrideAndZeroTurnsALimitOff) {
  ResourceLimits defaults = defaultLimits(true, 65536);
  ResourceLimits flags;
  flags.timeoutSeconds = 2.5;
  flags.maxMemoryMB = 0;
  flags.maxStates = 1000;
  ResourceLimits limits = effectiveLimits(flags, defaults);
  EXPECT_EQ(limits.timeoutSeconds, 2.5);
  EXPECT_FALSE(limits.maxMemoryMB);
  EXPECT_EQ(limits.maxStates, 1000u);
  ResourceLimits none = effectiveLimits(ResourceLimits{}, defaults);
  EXPECT_EQ(none.timeoutSeconds, kCiTimeoutSeconds);
  flags = ResourceLimits{};
  flags.timeoutSeconds = 0;
  EXPECT_FALSE(effectiveLimits(flags, defaults).timeoutSeconds);
}

}  // namespace
}  // namespace initcheck::cli
