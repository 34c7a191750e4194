// The text report over hand-built CheckResults: verdict lines, numbered traces with aligned
// columns, the summary of what was violated, and the statistics line.
#include "report/text_report.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace initcheck {
namespace {

std::string text(const CheckResult& result, bool stats = false) {
  std::ostringstream out;
  writeText(out, "x.ic", result, stats);
  return out.str();
}

TraceEvent event(std::string thread, SourcePosition at, EventKind kind, std::string action) {
  return TraceEvent{0,  std::move(thread),  at, kind, std::move(action),
                    "", MemoryEffect::None, {}, {}};
}

ReportedViolation race() {
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Race;
  reported.violation.message = "race on 'value': write by a, read by b";
  reported.violation.position = {20, 5};
  reported.violation.related.push_back({{12, 9}, "write of 'value' by a"});
  reported.trace = {
      event("main", {12, 9}, EventKind::Write, "write name = \"a\""),
      event("go#1", {13, 24}, EventKind::OnceEnter, "o.do: enter"),
      event("b", {20, 5}, EventKind::Read, "read value = 0"),
  };
  return reported;
}

TEST(TextReport, OkComplete) {
  EXPECT_EQ(text(CheckResult{}), "x.ic: ok (complete)\n");
}

TEST(TextReport, OkBoundedNamesTheBounds) {
  CheckResult result;
  result.boundsHit = {BoundKind::Threads, BoundKind::Unroll};
  EXPECT_EQ(text(result), "x.ic: ok (bounded: unroll, threads)\n");
}

TEST(TextReport, UnknownNamesTheLimit) {
  CheckResult result;
  result.verdict = Verdict::Unknown;
  result.limit = LimitKind::Time;
  result.stats.executions = 42;
  EXPECT_EQ(text(result), "x.ic: unknown (time limit reached after 42 executions)\n");
}

TEST(TextReport, RaceWithNumberedAlignedTrace) {
  CheckResult result;
  result.verdict = Verdict::Violated;
  result.violations.push_back(race());
  EXPECT_EQ(text(result),
            "x.ic:20:5: violation: race: race on 'value': write by a, read by b\n"
            "  1. main     x.ic:12:9   write name = \"a\"\n"
            "  2. go#1     x.ic:13:24  o.do: enter\n"
            "  3. b        x.ic:20:5   read value = 0\n"
            "  race: the write of 'value' by a at x.ic:12:9 and the read by b at x.ic:20:5 are "
            "not ordered by happens-before\n");
}

TEST(TextReport, DeadlockListsEachBlockedThread) {
  CheckResult result;
  result.verdict = Verdict::Violated;
  ReportedViolation reported;
  reported.violation.kind = PropertyKind::Deadlock;
  reported.violation.message = "deadlock: a waits for lock 'm' held by b; b waits for ...";
  reported.violation.related = {{{3, 5}, "a waits for lock 'm' held by b"},
                                {{7, 5}, "b waits for lock 'n' held by a"}};
  result.violations.push_back(reported);
  EXPECT_EQ(text(result),
            "x.ic: violation: deadlock: a waits for lock 'm' held by b; b waits for ...\n"
            "  deadlock: a waits for lock 'm' held by b at x.ic:3:5\n"
            "  deadlock: b waits for lock 'n' held by a at x.ic:7:5\n");
}

TEST(TextReport, InternalErrorsAreNotTraces) {
  CheckResult result;
  result.verdict = Verdict::InternalError;
  result.internalErrors.push_back("replay failed");
  EXPECT_EQ(text(result), "x.ic: internal error: replay failed\n");
}

TEST(TextReport, StatsLine) {
  CheckResult result;
  result.stats.executions = 6;
  result.stats.states = 9;
  result.stats.transitions = 12;
  result.stats.seconds = 0.25;
  std::string out = text(result, true);
  EXPECT_NE(
      out.find(
          "stats: executions=6 states=9 transitions=12 sleep_blocked=0 cache_hits=0 seconds=0.250 "
          "peak_rss_mb="),
      std::string::npos);
  result.stats.cacheLookupStride = 4;
  result.stats.hashOmissionBound = 1.84e-7;  // --state-cache hash
  EXPECT_NE(text(result, true)
                .find(" cache_hits=0 cache_lookup_stride=4 hash_omission_probability=1.8e-07 "
                      "seconds=0.250"),
            std::string::npos)
      << text(result, true);
}

}  // namespace
}  // namespace initcheck
