// Pure spin loops on both engines (LANGUAGE.md section 5, livelock): the explicit executor
// detects spins at run time (runtime/spin.cpp), the smt engine encodes the loops of
// compile/spin_loops.hpp as await-like groups (symbolic/walker_spin.cpp) with a livelock query
// (symbolic/encode_livelock.cpp). Each small spec runs on both engines with `--unroll 1` and
// with the default bound; both must give the expected verdict (the explicit engine's answer is
// pinned, so agreement on a wrong answer fails too), the same violated kinds and instances,
// and the same completeness: a spin costs no unrolling, a loop with a write still does.
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "check/check_options.hpp"
#include "check/explicit_engine.hpp"
#include "check/loaded_spec.hpp"
#include "check/smt_engine.hpp"

#include "engine_comparison.hpp"

namespace initcheck {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::set<PropertyKind> kinds;  // what the explicit engine reports (empty: ok)
  bool complete;                 // no bound cut an execution
};

void checkBothEngines(const Case& c, std::optional<std::int64_t> unroll,
                      const std::set<PropertyKind>& kinds, bool complete) {
  SCOPED_TRACE(std::string(c.name) + (unroll ? " --unroll " + std::to_string(*unroll) : ""));
  LoadedSpec spec = analyzeSpec(SourceFile(std::string(c.name) + ".ic", c.text));
  ASSERT_TRUE(spec.ok()) << c.text;
  CheckOptions options;
  options.timeoutSeconds = 60;
  options.bounds.unroll = unroll;
  CheckResult explicitResult = ExplicitEngine().check(spec, options);
  CheckResult smtResult = SmtEngine().check(spec, options);
  ASSERT_TRUE(explicitResult.verdict == Verdict::Ok || explicitResult.verdict == Verdict::Violated)
      << errorsOf(explicitResult);
  EXPECT_EQ(explicitResult.violatedKinds(), kinds);
  EXPECT_EQ(explicitResult.boundsHit.empty(), complete);
  EXPECT_EQ(smtResult.verdict, explicitResult.verdict) << errorsOf(smtResult);
  EXPECT_EQ(smtResult.violatedKinds(), explicitResult.violatedKinds());
  EXPECT_EQ(instancesOf(smtResult), instancesOf(explicitResult));
  EXPECT_EQ(smtResult.boundsHit, explicitResult.boundsHit);
  EXPECT_TRUE(smtResult.internalErrors.empty()) << errorsOf(smtResult);
}

class EngineDifferentialSpin : public ::testing::TestWithParam<Case> {};

TEST_P(EngineDifferentialSpin, BothEnginesAgreeAtAnyUnroll) {
  checkBothEngines(GetParam(), 1, GetParam().kinds, GetParam().complete);
  checkBothEngines(GetParam(), std::nullopt, GetParam().kinds, GetParam().complete);
}

// A `let` in the body changes a variable in the first iteration (from no value), so the
// explicit executor counts the second: under `--unroll 1` it is cut, from 2 on the loop spins.
TEST(EngineDifferentialSpinLet, ALetInTheBodyCostsTwoIterations) {
  const Case spin{"let_in_the_body",
                  "var x0: int = 1;\n"
                  "var a0: atomic int = 0;\n"
                  "thread th0 { while true { let q = 2 * x0; if 2 < a0.load() { return; } } }\n"
                  "thread th1 { while true { let q = 2 * x0; if 2 < a0.load() { return; } } }\n",
                  {},
                  false};
  checkBothEngines(spin, 1, {}, false);
  checkBothEngines(spin, 2, {PropertyKind::Livelock}, true);
  checkBothEngines(spin, std::nullopt, {PropertyKind::Livelock}, true);
}

// A wait loop whose wait blocks and is woken, then reads the old value again (rc11, relaxed or
// acquire loads): that run is counted, so `--unroll 1` cuts it in both engines; under sc the
// load after the wake-up reads the new value and the loop exits.
TEST(EngineDifferentialSpinWait, ABlockedWaitCostsAnIteration) {
  const char* publish =
      "var state: atomic int = 0;\n"
      "var data: int;\n"
      "thread p { data = 42; state.store(1, release); state.notify_one(); }\n"
      "thread w { while state.load(acquire) == 0 { state.wait(0, relaxed); } assert data == 42; "
      "}\n";
  const char* shared =
      "var state: atomic int = 0;\n"
      "var data: int;\n"
      "func get() -> int {\n"
      "  while state.load(acquire) != 2 { state.wait(1, relaxed); }\n"
      "  return data;\n"
      "}\n"
      "thread starter { if state.cas(0, 1) { data = 5; state.store(2, release); "
      "state.notify_all(); } }\n"
      "thread a { assert get() == 5; }\n"
      "thread b { assert get() == 5; }\n";
  for (const char* text : {publish, shared}) {
    const Case waits{"wait_loop", text, {}, false};
    checkBothEngines(waits, 1, {}, false);
    checkBothEngines(waits, 2, {}, true);
    checkBothEngines(waits, std::nullopt, {}, true);
    std::string sc = std::string("option memory_model = sc;\n") + text;
    checkBothEngines(Case{"wait_loop_sc", sc.c_str(), {}, true}, 1, {}, true);
  }
}

// Two values to wait through: the second blocked run is cut by `--unroll 1`. The wait's
// argument is loaded again after the check, so the loop can wait for 2 once 2 is stored and
// nobody notifies after that: a deadlock at every bound.
TEST(EngineDifferentialSpinWait, TwoBlockedWaitsCostTwoIterations) {
  const Case twoSteps{
      "wait_loop_two_steps_lost",
      "var state: atomic int = 0;\n"
      "thread p { state.store(1); state.notify_all(); state.store(2); state.notify_all(); }\n"
      "thread w { while state.load() != 2 { state.wait(state.load()); } }\n",
      {},
      false};
  checkBothEngines(twoSteps, 1, {PropertyKind::Deadlock}, false);
  checkBothEngines(twoSteps, 2, {PropertyKind::Deadlock}, true);
  checkBothEngines(twoSteps, std::nullopt, {PropertyKind::Deadlock}, true);
}

using K = PropertyKind;

const Case kCases[] = {
    {"exits",
     "var flag: atomic int = 0;\n"
     "var data: int;\n"
     "thread a { data = 1; flag.store(1, release); }\n"
     "thread b { while flag.load(acquire) == 0 { } assert data == 1; }\n",
     {},
     true},
    // b's spin waits for a store a makes only when it saw ready first: a lost wake-up.
    {"lost_wakeup_sc",
     "option memory_model = sc;\n"
     "var flag: atomic int = 0;\n"
     "var ready: atomic bool = false;\n"
     "thread a { if ready.load() { flag.store(1); } }\n"
     "thread b { ready.store(true); while flag.load() == 0 { } }\n",
     {K::Livelock},
     true},
    {"lost_wakeup_rc11",
     "var flag: atomic int = 0;\n"
     "var ready: atomic bool = false;\n"
     "thread a { if ready.load(acquire) { flag.store(1, release); } }\n"
     "thread b { ready.store(true, release); while flag.load(acquire) == 0 { } }\n",
     {K::Livelock},
     true},
    // The relaxed spin exits on the flag, but its load synchronizes with nothing.
    {"relaxed_spin_stale_data",
     "var flag: atomic int = 0;\n"
     "var data: int;\n"
     "thread a { data = 1; flag.store(1, relaxed); }\n"
     "thread b { while flag.load(relaxed) == 0 { } assert data == 1; }\n",
     {K::Race, K::InitBeforeUse},
     true},
    // The spin may read the 1 (and exit) or the final 0 (and wait forever).
    {"relaxed_spin_overwritten",
     "var flag: atomic int = 0;\n"
     "thread a { flag.store(1, relaxed); flag.store(0, relaxed); }\n"
     "thread b { while flag.load(relaxed) == 0 { } }\n",
     {K::Livelock},
     true},
    {"nested_spins_exit",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { x.store(1); y.store(1); }\n"
     "thread b { while y.load() == 0 { while x.load() == 0 { } } }\n",
     {},
     true},
    {"nested_spins_outer_stuck",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { x.store(1); }\n"
     "thread b { while y.load() == 0 { while x.load() == 0 { } } }\n",
     {K::Livelock},
     true},
    {"spin_in_function_of_two_threads",
     "var go_: atomic bool = false;\n"
     "var n: atomic int = 0;\n"
     "func wait_go() { while !go_.load(acquire) { } n.add(1); }\n"
     "thread a { wait_go(); }\n"
     "thread b { wait_go(); }\n"
     "thread c { if n.load() == 0 { go_.store(true, release); } }\n",
     {},
     true},
    // Both callers wait at the same `while`: one instance, two threads waiting there.
    {"spin_in_function_of_two_threads_stuck",
     "var go_: atomic bool = false;\n"
     "var n: atomic int = 0;\n"
     "func wait_go() { while !go_.load(acquire) { } n.add(1); }\n"
     "thread a { wait_go(); }\n"
     "thread b { wait_go(); }\n"
     "thread c { if n.load() == 1 { go_.store(true, release); } }\n",
     {K::Livelock},
     true},
    // Not a spin: the iteration writes, so the loop unrolls and the bound cuts it.
    {"loop_with_a_write",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { x.store(1); }\n"
     "thread b { while x.load() == 0 { y.add(1); } }\n",
     {},
     false},
    {"spin_on_an_array_cell",
     "var flags: [2]atomic int = 0;\n"
     "thread a { flags[1].store(1, release); }\n"
     "thread b { let i = choose(0, 1); while flags[i].load(acquire) == 0 { } }\n",
     {K::Livelock},
     true},
    // a and b deadlock; c's spin exits when d sets the flag (a deadlock) or waits forever
    // (a livelock: a state with a thread waiting in a spin is one, whatever else blocks).
    {"mutex_deadlock_and_spin",
     "var m1: mutex;\n"
     "var m2: mutex;\n"
     "var flag: atomic int = 0;\n"
     "thread a { m1.lock(); m2.lock(); m2.unlock(); m1.unlock(); }\n"
     "thread b { m2.lock(); m1.lock(); m1.unlock(); m2.unlock(); }\n"
     "thread c { while flag.load() == 0 { } }\n"
     "thread d { if choose(false, true) { flag.store(1); } }\n",
     {K::Deadlock, K::Livelock},
     true},
    {"spin_with_break",
     "var x: atomic int = 0;\n"
     "var d: int;\n"
     "thread a { d = 5; x.store(2, release); }\n"
     "thread b { while true { if x.load(acquire) == 2 { break; } } assert d == 5; }\n",
     {},
     true},
    {"spin_with_return",
     "var x: atomic int = 0;\n"
     "func value() -> int { while true { if x.load() != 0 { return x.load(); } } return 0; }\n"
     "thread a { x.store(3); }\n"
     "thread b { assert value() == 3; }\n",
     {},
     true},
    // Two reads per iteration: x's 1 is gone before y is set, y's 1 lets it out.
    {"spin_reading_two_locations",
     "option memory_model = sc;\n"
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { x.store(1); x.store(0); y.store(1); }\n"
     "thread b { while x.load() == 0 && y.load() == 0 { } }\n",
     {},
     true},
    // The loop assigns v, which keeps its value while the loop goes on: a spin at once.
    {"spin_assigning_a_variable_exits",
     "var x: atomic int = 0;\n"
     "var d: int;\n"
     "thread a { d = 1; x.store(1, release); }\n"
     "thread b { let v = 0; while v == 0 { v = x.load(acquire); } assert d == 1; }\n",
     {},
     true},
    {"spin_assigning_a_variable_stuck",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { y.store(1); }\n"
     "thread b { let v = 0; while v == 0 { v = x.load() + y.load() * 0; } }\n",
     {K::Livelock},
     true},
    {"spin_with_an_assert",
     "var x: atomic int = 0;\n"
     "thread a { x.store(1); x.store(2); }\n"
     "thread b { while x.load() != 2 { assert x.load() != 1; } }\n",
     {K::Assertion},
     true},
    // n changes in every iteration: no spin, counted until the bound cuts it.
    {"loop_counting_in_a_variable",
     "var stop: atomic bool = false;\n"
     "thread a { let n = 0; while !stop.load() { n = n + 1; } }\n"
     "thread b { stop.store(true); }\n",
     {},
     false},
    // The creator's constructor re-enters the lazy getter: its cas after its own write of 1
    // fails (read-after-own-write coherence), so it spins on its own 1 forever. Without that
    // the smt engine unfolds create -> get -> create to the depth bound.
    {"reentrant_lazy_initialization",
     "var state: atomic int = 0;\n"
     "init func create() -> int { let again = get(); return 64; }\n"
     "func get() -> int {\n"
     "  let v = state.load(acquire);\n"
     "  if v == 0 && state.cas(0, 1, relaxed, relaxed) {\n"
     "    let made = create(); state.store(made, release); return made;\n"
     "  }\n"
     "  while state.load(acquire) == 1 { }\n"
     "  return state.load(acquire);\n"
     "}\n"
     "thread a { assert get() == 64; }\n"
     "thread b { assert get() == 64; }\n",
     {K::Livelock},
     true},
    // Atomic wait loops (`while a.load() == v { a.wait(v); }`): a run whose wait returned at
    // once is a spin, one whose wait blocked is counted (runtime/spin.cpp).
    {"wait_loop_lost_wakeup",
     "var state: atomic int = 0;\n"
     "thread p { state.store(1); }\n"
     "thread w { while state.load() == 0 { state.wait(0); } }\n",
     {K::Deadlock},
     true},
    {"wait_loop_notify_before_store",
     "var state: atomic int = 0;\n"
     "thread p { state.notify_all(); state.store(1); }\n"
     "thread w { while state.load() == 0 { state.wait(0); } }\n",
     {K::Deadlock},
     true},
    {"wait_loop_wait_that_never_blocks",
     "var state: atomic int = 0;\n"
     "thread w { while state.load() == 0 { state.wait(1); } }\n",
     {K::Livelock},
     true},
    {"wait_loops_notify_one_of_two",
     "var state: atomic int = 0;\n"
     "thread p { state.store(1); state.notify_one(); }\n"
     "thread a { while state.load() == 0 { state.wait(0); } }\n"
     "thread b { while state.load() == 0 { state.wait(0); } }\n",
     {K::Deadlock},
     true},
    {"spin_on_a_plain_variable",
     "var done: bool = false;\n"
     "thread a { done = true; }\n"
     "thread b { while !done { } }\n",
     {K::Race},
     true},
};

INSTANTIATE_TEST_SUITE_P(Specs, EngineDifferentialSpin, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace initcheck
