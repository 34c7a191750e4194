// The progress line's text: thousands separators, the average rate, one decimal of seconds,
// the depth and preemption bound of the explicit engine, the smt engine's queries.
#include "report/progress_text.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace initcheck {
namespace {

SearchProgress explicitProgress() {
  SearchProgress progress;
  progress.executions = 12345;
  progress.states = 67890;
  progress.transitions = 70000;
  progress.seconds = 2.9;
  progress.deepestSteps = 14;
  return progress;
}

TEST(GroupThousands, PutsACommaEveryThreeDigitsFromTheRight) {
  EXPECT_EQ(groupThousands(0), "0");
  EXPECT_EQ(groupThousands(999), "999");
  EXPECT_EQ(groupThousands(1000), "1,000");
  EXPECT_EQ(groupThousands(65536), "65,536");
  EXPECT_EQ(groupThousands(1234567), "1,234,567");
  EXPECT_EQ(groupThousands(std::numeric_limits<std::uint64_t>::max()),
            "18,446,744,073,709,551,615");
}

TEST(ProgressText, ExplicitEngineShowsExecutionsStatesRateTimeAndDepth) {
  // 67,890 states in 2.9 s: 23,410.3 states/s, rounded.
  EXPECT_EQ(progressText("examples/x.ic", explicitProgress()),
            "examples/x.ic: 12,345 executions  67,890 states  23,410 states/s  2.9 s  depth 14");
}

TEST(ProgressText, PreemptionBoundFollowsWhenBounded) {
  SearchProgress progress = explicitProgress();
  progress.preemptionBound = 2;
  EXPECT_EQ(progressText("x.ic", progress),
            "x.ic: 12,345 executions  67,890 states  23,410 states/s  2.9 s  depth 14  "
            "preemption bound 2");
}

TEST(ProgressText, NoTimeYetMeansNoRate) {
  SearchProgress progress;
  progress.states = 5;
  EXPECT_EQ(progressText("x.ic", progress),
            "x.ic: 0 executions  5 states  0 states/s  0.0 s  depth 0");
}

TEST(ProgressText, OneIsSingular) {
  SearchProgress progress;
  progress.executions = 1;
  progress.states = 1;
  progress.seconds = 0.5;
  EXPECT_EQ(progressText("x.ic", progress),
            "x.ic: 1 execution  1 state  2 states/s  0.5 s  depth 0");
  progress.queriesAnswered = 1;
  EXPECT_EQ(progressText("x.ic", progress), "x.ic: 1 query answered  0.5 s");
}

TEST(ProgressText, SmtEngineShowsQueriesAnswered) {
  SearchProgress progress;
  progress.seconds = 12.04;
  progress.queriesAnswered = 1500;
  EXPECT_EQ(progressText("x.ic", progress), "x.ic: 1,500 queries answered  12.0 s");
}

}  // namespace
}  // namespace initcheck
