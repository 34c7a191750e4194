// The smt engine's limits (issue 17): a cancel or a time limit that comes at any point of the
// unfolding, the encoding or a query ends the check with verdict unknown and the limit named,
// never an internal error; --max-states bounds the events of the unfolding; an unfolding or an
// encoding too large for the engine, and a loop cut where it may have spun, are refused as
// `unsupported` (a kind of its own) before anything large is built, and --engine auto then
// answers with the explicit engine alone and says so.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "check/auto_engine.hpp"
#include "check/smt_engine.hpp"

namespace initcheck {
namespace {

LoadedSpec load(const std::string& relative) {
  LoadedSpec spec = loadSpecFile(std::string(INITCHECK_SOURCE_DIR) + "/" + relative);
  EXPECT_TRUE(spec.ok()) << relative;
  return spec;
}

// Specs whose smt check takes from a fraction of a second to well over one (Z3 on a slow
// query, many queries, a key among a million), so that the stops below land in every phase.
const std::vector<std::string> kSpecs = {
    "specs/real/singleflight.ic",
    "specs/real/folly_call_once.ic",
    "bench/specs/one_key_in_a_million.ic",
};

// An answer, or unknown by the limit that was asked for: never an internal error, never the
// solver's own unknown.
void expectStoppedCleanly(const CheckResult& result, const std::string& what) {
  ASSERT_TRUE(result.internalErrors.empty()) << what << ": " << result.internalErrors[0];
  ASSERT_NE(result.verdict, Verdict::InternalError) << what;
  if (result.verdict == Verdict::Unknown) {
    ASSERT_TRUE(result.limit.has_value()) << what;
    EXPECT_EQ(*result.limit, LimitKind::Time) << what;
  }
}

// The stop points: 0 to 900 ms, spread by a fixed permutation (i * 37 mod 61) so that runs
// repeat and neighbouring runs stop in different phases.
double stopAfterSeconds(int run) {
  return ((run * 37) % 61) * 0.015;
}

TEST(SmtLimits, ACancelAtAnyPointEndsInUnknownNeverAnInternalError) {
  int stopped = 0;
  for (int run = 0; run < 18; ++run) {
    const std::string& file = kSpecs[static_cast<std::size_t>(run) % kSpecs.size()];
    LoadedSpec spec = load(file);
    std::atomic<bool> cancel = false;
    CheckOptions options;
    options.cancel = &cancel;
    std::jthread canceller([&cancel, run] {
      std::this_thread::sleep_for(std::chrono::duration<double>(stopAfterSeconds(run)));
      cancel = true;
    });
    CheckResult result = SmtEngine().check(spec, options);
    expectStoppedCleanly(result,
                         file + " cancelled after " + std::to_string(stopAfterSeconds(run)) + " s");
    stopped += result.verdict == Verdict::Unknown ? 1 : 0;
  }
  EXPECT_GT(stopped, 6);  // most runs are stopped, not answered before the cancel
}

TEST(SmtLimits, ATimeLimitAtAnyPointEndsInUnknownNeverAnInternalError) {
  int stopped = 0;
  for (int run = 0; run < 18; ++run) {
    const std::string& file = kSpecs[static_cast<std::size_t>(run + 1) % kSpecs.size()];
    CheckOptions options;
    options.timeoutSeconds = 0.001 + stopAfterSeconds(run);
    CheckResult result = SmtEngine().check(load(file), options);
    expectStoppedCleanly(result,
                         file + " with --timeout " + std::to_string(*options.timeoutSeconds));
    stopped += result.verdict == Verdict::Unknown ? 1 : 0;
  }
  EXPECT_GT(stopped, 6);
}

TEST(SmtLimits, MaxStatesBoundsTheEventsOfTheUnfolding) {
  CheckOptions options;
  options.maxStates = 40;
  CheckResult result = SmtEngine().check(load("specs/real/singleflight.ic"), options);
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.verdict, Verdict::Unknown);
  EXPECT_EQ(result.limit, LimitKind::States);
  ASSERT_TRUE(result.solver.has_value());
  EXPECT_EQ(result.solver->queries, 0u);
}

TEST(SmtLimits, AnEncodingTooLargeIsRefusedBeforeItIsBuilt) {
  CheckResult result = SmtEngine().check(load("specs/real/boost_call_once.ic"), {});
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.verdict, Verdict::Unknown);
  EXPECT_EQ(result.limit, LimitKind::Unsupported);
  ASSERT_TRUE(result.limitReason.has_value());
  EXPECT_EQ(result.limitReason->rfind("unsupported: the encoding of ", 0), 0u)
      << *result.limitReason;
  EXPECT_NE(result.limitReason->find("; most for '"), std::string::npos) << *result.limitReason;
  ASSERT_TRUE(result.solver.has_value());
  EXPECT_GT(result.solver->events, 0u);
  EXPECT_EQ(result.solver->constraints, 0u);  // nothing was encoded
}

TEST(SmtLimits, AnUnfoldingThatKeepsGrowingIsRefusedWithItsPlace) {
  CheckResult result = SmtEngine().check(load("specs/real/freebsd_pthread_once.ic"), {});
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.limit, LimitKind::Unsupported);
  ASSERT_TRUE(result.limitReason.has_value());
  EXPECT_EQ(result.limitReason->rfind("unsupported: the unfolding grows past 3000 events", 0), 0u)
      << *result.limitReason;
  EXPECT_NE(result.limitReason->find(" at "), std::string::npos) << *result.limitReason;
}

// dispatch_once's outer wait loop holds an rmw loop that assigns variables, so the walker
// unrolls it rather than walking it as a spin; the unroll bound cuts an iteration that may have
// only read and left the variables as they were, where the explicit engine waits instead.
TEST(SmtLimits, ALoopCutWhereItMayHaveSpunIsRefused) {
  CheckResult result = SmtEngine().check(load("specs/real/dispatch_once.ic"), {});
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.limit, LimitKind::Unsupported);
  ASSERT_TRUE(result.limitReason.has_value());
  EXPECT_EQ(result.limitReason->rfind("unsupported: a loop that may go round doing nothing", 0), 0u)
      << *result.limitReason;
  EXPECT_NE(result.limitReason->find(" at 40:5"), std::string::npos) << *result.limitReason;
}

TEST(SmtLimits, AutoAnswersAloneWhenTheSmtEngineRefuses) {
  CheckResult result = AutoEngine().check(load("specs/real/bionic_pthread_once.ic"), {});
  ASSERT_TRUE(result.internalErrors.empty()) << result.internalErrors[0];
  EXPECT_EQ(result.engine, "auto: explicit");
  EXPECT_EQ(result.verdict, Verdict::Ok);
  bool said = false;
  for (const std::string& note : result.notes)
    said = said || note.find("the smt engine cannot check this spec (unsupported: ") == 0;
  EXPECT_TRUE(said);
}

}  // namespace
}  // namespace initcheck
