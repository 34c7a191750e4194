// The progress throttle: never due without a callback, never within the first interval, and
// then about once per interval however fast or slow the moves are.
#include "explore/progress_throttle.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace initcheck {
namespace {

using Clock = ProgressThrottle::Clock;
using std::chrono::milliseconds;

// Calls due() as a fast search would, for `span`; the number of reports due.
int reportsWithin(ProgressThrottle& throttle, Clock::duration span) {
  int reports = 0;
  for (Clock::time_point end = Clock::now() + span; Clock::now() < end;)
    reports += throttle.due() ? 1 : 0;
  return reports;
}

TEST(ProgressThrottle, NeverDueWhenOff) {
  ProgressThrottle throttle(false);
  EXPECT_EQ(reportsWithin(throttle, milliseconds(300)), 0);
  EXPECT_FALSE(throttle.intervalPassed());
}

TEST(ProgressThrottle, QuietForTheFirstIntervalThenAboutOncePerInterval) {
  ProgressThrottle throttle(true);
  EXPECT_EQ(reportsWithin(throttle, milliseconds(150)), 0);
  // 150 ms + 900 ms: reports at about 200, 400, 600, 800 and 1000 ms.
  int reports = reportsWithin(throttle, milliseconds(900));
  EXPECT_GE(reports, 3);
  EXPECT_LE(reports, 5);
}

TEST(ProgressThrottle, SlowMovesAreReportedToo) {
  Clock::time_point start = Clock::now();
  ProgressThrottle throttle(true);
  int reports = 0;
  for (int move = 0; move < 12; ++move) {  // 12 moves of 50 ms: 600 ms or a little more
    std::this_thread::sleep_for(milliseconds(50));
    reports += throttle.due() ? 1 : 0;
  }
  auto elapsed = Clock::now() - start;
  EXPECT_GE(reports, 2);
  EXPECT_LE(reports, elapsed / ProgressThrottle::kProgressInterval);
}

}  // namespace
}  // namespace initcheck
