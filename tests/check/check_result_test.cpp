// Effective bounds (defaults < file options < command line) and verdicts of a CheckResult.
#include "check/check_result.hpp"

#include <gtest/gtest.h>

#include "check/effective_bounds.hpp"

namespace initcheck {
namespace {

TEST(EffectiveBounds, DefaultsWhenNothingIsSet) {
  Bounds bounds = effectiveBounds({}, {});
  EXPECT_EQ(bounds.unroll, 8);
  EXPECT_EQ(bounds.threads, 16);
  EXPECT_EQ(bounds.depth, 32);
  EXPECT_FALSE(bounds.preemptions);
}

TEST(EffectiveBounds, FileOptionsOverrideDefaultsAndFlagsOverrideBoth) {
  SpecOptions file;
  file.unroll = 3;
  file.preemptions = 2;
  file.depth = 5;
  SpecOptions flags;
  flags.unroll = 4;
  flags.threads = 7;
  Bounds bounds = effectiveBounds(file, flags);
  EXPECT_EQ(bounds.unroll, 4);
  EXPECT_EQ(bounds.threads, 7);
  EXPECT_EQ(bounds.depth, 5);
  EXPECT_EQ(bounds.preemptions, 2);
}

TEST(Verdict, InternalErrorThenViolationThenLimit) {
  CheckResult result;
  EXPECT_EQ(decideVerdict(result), Verdict::Ok);
  result.boundsHit.insert(BoundKind::Unroll);
  EXPECT_EQ(decideVerdict(result), Verdict::Ok);
  EXPECT_FALSE(result.complete());
  result.limit = LimitKind::Time;
  EXPECT_EQ(decideVerdict(result), Verdict::Unknown);
  result.violations.push_back({});
  EXPECT_EQ(decideVerdict(result), Verdict::Violated);
  result.internalErrors.push_back("bug");
  EXPECT_EQ(decideVerdict(result), Verdict::InternalError);
}

TEST(Verdict, ExitCodes) {
  EXPECT_EQ(exitCodeFor(Verdict::Ok), ExitCode::Ok);
  EXPECT_EQ(exitCodeFor(Verdict::Violated), ExitCode::Violation);
  EXPECT_EQ(exitCodeFor(Verdict::Unknown), ExitCode::Unknown);
  EXPECT_EQ(exitCodeFor(Verdict::InternalError), ExitCode::InternalError);
}

}  // namespace
}  // namespace initcheck
