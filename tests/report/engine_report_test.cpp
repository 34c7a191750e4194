// The text report of real engine results: the shape of a race report and of a deadlock
// report for tiny specs (headline, numbered steps, summary).
#include <gtest/gtest.h>

#include <sstream>

#include "check/engine.hpp"
#include "report/text_report.hpp"

namespace initcheck {
namespace {

std::string report(const std::string& text, bool stats = false) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok());
  CheckResult result = makeEngine(EngineKind::Explicit)->check(spec, CheckOptions{});
  std::ostringstream out;
  writeText(out, "t.ic", result, stats);
  return out.str();
}

TEST(EngineReport, RaceNamesBothAccesses) {
  std::string out = report("var v: int = 0;\nthread a { v = 1; }\nthread b { let t = v; }\n");
  EXPECT_EQ(out.rfind("t.ic:3:20: violation: race: ", 0), 0u) << out;
  EXPECT_NE(out.find("\n  1. a        t.ic:2:12  "), std::string::npos) << out;
  EXPECT_NE(out.find("are not ordered by happens-before\n"), std::string::npos) << out;
}

TEST(EngineReport, DeadlockListsTheBlockedThreads) {
  std::string out = report(
      "var m: mutex; var n: mutex;\n"
      "thread a { m.lock(); n.lock(); n.unlock(); m.unlock(); }\n"
      "thread b { n.lock(); m.lock(); m.unlock(); n.unlock(); }\n");
  EXPECT_NE(out.find("violation: deadlock: "), std::string::npos) << out;
  EXPECT_NE(out.find("  deadlock: "), std::string::npos) << out;
}

TEST(EngineReport, SingleInitListsEveryCall) {
  std::string out = report(
      "init func open(port: int) { }\nthread a { open(1); }\nthread b { open(1); }\n"
      "check single_init(open);\n");
  EXPECT_NE(out.find("violation: single_init: "), std::string::npos) << out;
  EXPECT_NE(out.find("\n    call open(1) (1st call"), std::string::npos) << out;
  EXPECT_NE(out.find("\n    call open(1) (2nd call"), std::string::npos) << out;
}

TEST(EngineReport, OkCompleteWithStats) {
  std::string out = report("var x: int = 0;\nthread a { x = 1; }\n", true);
  EXPECT_EQ(out.rfind("t.ic: ok (complete)\nstats: executions=1 states=", 0), 0u) << out;
}

}  // namespace
}  // namespace initcheck
