// The smt engine and `--engine auto` end to end, on small specs whose answers are known: the
// violated kinds, traces replayed through the semantics, bounded verdicts, the preemption
// note, the one-key-in-a-million spec, and the auto engine's cross-check.
#include "check/smt_engine.hpp"

#include <gtest/gtest.h>

#include <string>

#include "check/auto_engine.hpp"
#include "check/explicit_engine.hpp"
#include "check/spec_expectations.hpp"

namespace initcheck {
namespace {

CheckResult checkText(Engine& engine, const std::string& text, CheckOptions options = {}) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok());
  return engine.check(spec, options);
}

std::string traceText(const ReportedViolation& violation) {
  std::string text;
  for (const TraceEvent& event : violation.trace)
    text += event.threadName + " " + event.action + "\n";
  return text;
}

const char* const kRace = R"(
var x: int = 0;
thread a { x = 1; }
thread b { let y = x; }
)";

TEST(SmtEngine, FindsARaceWithAReplayedTrace) {
  SmtEngine engine;
  CheckResult result = checkText(engine, kRace);
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.verdict, Verdict::Violated);
  EXPECT_EQ(describeKinds(result.violatedKinds()), "{race}");
  ASSERT_EQ(result.violations.size(), 1u);
  EXPECT_NE(traceText(result.violations[0]).find("write x = 1"), std::string::npos)
      << traceText(result.violations[0]);
  EXPECT_EQ(result.engine, "smt");
  ASSERT_TRUE(result.solver.has_value());
  EXPECT_GT(result.solver->queries, 0u);
}

TEST(SmtEngine, ProvesAOnceProtectedInitCompleteWithinTheBounds) {
  SmtEngine engine;
  CheckResult result = checkText(engine, R"(
init func setup() { }
var o: once;
var value: int;
thread a { o.do(func() { setup(); value = 1; }); assert value == 1; }
thread b { o.do(func() { setup(); value = 1; }); assert value == 1; }
check single_init(setup);
)");
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.verdict, Verdict::Ok);
  EXPECT_TRUE(result.boundsHit.empty());
}

TEST(SmtEngine, SaysWhichBoundCutAnExecution) {
  SmtEngine engine;
  CheckResult result = checkText(engine, R"(
option unroll = 2;
var stop: bool = false;
thread spinner { let n = 0; while !stop { n = n + 1; } }   // counts: no pure spin
thread stopper { stop = true; }
)");
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(describeKinds(result.violatedKinds()), "{race}");
  EXPECT_EQ(result.boundsHit.count(BoundKind::Unroll), 1u);
}

TEST(SmtEngine, NotesThatItDoesNotBoundPreemptions) {
  SmtEngine engine;
  CheckResult result = checkText(engine, std::string("option preemptions = 0;\n") + kRace);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_NE(result.notes[0].find("does not bound preemptions"), std::string::npos);
}

TEST(SmtEngine, FindsTheOneKeyInAMillion) {
  SmtEngine engine;
  LoadedSpec spec =
      loadSpecFile(std::string(INITCHECK_SOURCE_DIR) + "/bench/specs/one_key_in_a_million.ic");
  ASSERT_TRUE(spec.ok());
  CheckResult result = engine.check(spec, CheckOptions{});
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(describeKinds(result.violatedKinds()), "{single_init}");
  ASSERT_FALSE(result.violations.empty());
  EXPECT_NE(traceText(result.violations[0]).find("choose 424242"), std::string::npos)
      << traceText(result.violations[0]);
}

TEST(AutoEngine, AnswersLikeTheExplicitEngineAndNamesTheEngine) {
  AutoEngine engine;
  CheckOptions options;
  options.crossCheck = true;
  CheckResult result = checkText(engine, kRace, options);
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(describeKinds(result.violatedKinds()), "{race}");
  EXPECT_EQ(result.engine.rfind("auto: ", 0), 0u) << result.engine;
}

TEST(AutoEngine, DescribesADisagreement) {
  CheckResult explicitResult;
  CheckResult smtResult;
  EXPECT_EQ(disagreement(explicitResult, smtResult), "");
  Violation race;
  race.kind = PropertyKind::Race;
  explicitResult.violations.push_back(ReportedViolation{race, {}, 0, 0});
  EXPECT_EQ(disagreement(explicitResult, smtResult),
            "the engines disagree: explicit finds race, smt finds none");
}

}  // namespace
}  // namespace initcheck
