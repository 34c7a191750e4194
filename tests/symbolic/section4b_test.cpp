// The smt engine on the forms of LANGUAGE.md section 4b (/work/tmp/syntax.md): each small spec
// runs on both engines, which must report the same verdict and the same violated property
// instances (both replay their counterexamples through the explicit semantics). Forms the smt
// engine does not encode give a clean `unknown` ("unsupported: what at L:C", exit 3), never an
// internal error (exit 70), and `--engine auto` still answers with the explicit engine.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "check/check_options.hpp"
#include "check/explicit_engine.hpp"
#include "check/loaded_spec.hpp"
#include "check/smt_engine.hpp"
#include "cli/cli_app.hpp"

namespace initcheck {
namespace {

struct Case {
  const char* name;
  const char* text;
};

std::set<std::string> instancesOf(const CheckResult& result) {
  std::set<std::string> instances;
  for (const ReportedViolation& reported : result.violations) {
    std::string key = reported.violation.instanceKey;
    if (reported.violation.kind == PropertyKind::Race)
      key = key.substr(0, key.find('@'));  // the smt engine reports one pair per location
    instances.insert(std::string(propertyName(reported.violation.kind)) + " " + key);
  }
  return instances;
}

std::string errorsOf(const CheckResult& result) {
  std::string text;
  for (const std::string& error : result.internalErrors)
    text += "\n  " + error;
  return text + (result.limitReason ? "\n  limit: " + *result.limitReason : "");
}

class EngineDifferentialSection4b : public ::testing::TestWithParam<Case> {};

TEST_P(EngineDifferentialSection4b, BothEnginesAgree) {
  LoadedSpec spec = analyzeSpec(SourceFile(std::string(GetParam().name) + ".ic", GetParam().text));
  ASSERT_TRUE(spec.ok()) << GetParam().text;
  CheckOptions options;
  options.timeoutSeconds = 60;
  CheckResult explicitResult = ExplicitEngine().check(spec, options);
  CheckResult smtResult = SmtEngine().check(spec, options);
  ASSERT_TRUE(explicitResult.verdict == Verdict::Ok || explicitResult.verdict == Verdict::Violated)
      << errorsOf(explicitResult);
  EXPECT_EQ(smtResult.verdict, explicitResult.verdict) << errorsOf(smtResult);
  EXPECT_EQ(smtResult.violatedKinds(), explicitResult.violatedKinds());
  EXPECT_EQ(instancesOf(smtResult), instancesOf(explicitResult));
}

const Case kCases[] = {
    {"bitwise",
     "var x: atomic int = 0;\n"
     "thread a { x.store(5 | 2, release); }\n"
     "thread b {\n"
     "  let v = x.load(acquire);\n"
     "  assert ((v & 3) ^ 1) != 2;\n"
     "  assert (v << 1) >> 1 == v;\n"
     "  assert ~v == -v - 1;\n"
     "  assert (-8 >> 1) == -4;\n"
     "}\n"},
    // Constant operands take a linear encoding (walker_values.cpp); both signs, both orders.
    {"bitwise_with_constants",
     "var x: atomic int = 0;\n"
     "thread a { x.store(choose(-6, 5, -1, 9223372036854775807)); }\n"
     "thread b {\n"
     "  let v = x.load();\n"
     "  if v == -6 { assert (v & 3) == 2 && (3 & v) == 2 && (v | 3) == -5 && (v ^ 5) == -3; }\n"
     "  if v == -6 { assert (v & -4) == -8 && (v >> 1) == -3 && (v << 62) == (-9223372036854775807 "
     "- 1); }\n"
     "  if v == 5 { assert (v & -2) == 4 && (v | -8) == -3 && (-8 ^ v) == -3 && (v << 1) == 10; }\n"
     "  if v == -1 { assert (v >> 63) == -1 && (v & 255) == 255 && (v << 63) == "
     "(-9223372036854775807 - 1); }\n"
     "  if v == 9223372036854775807 { assert (v << 1) == -2 && (v >> 62) == 1 && (v ^ -1) == "
     "(-9223372036854775807 - 1); }\n"
     "  assert (v & 1) != 1 || v != 5;\n"
     "}\n"},
    {"bitwise_symbolic_operands",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "thread a { x.store(choose(-6, 5)); y.store(choose(3, -2, 1)); }\n"
     "thread b {\n"
     "  let v = x.load(); let w = y.load();\n"
     "  if v == -6 && w == 3 { assert (v & w) == 2 && (v | w) == -5 && (v ^ w) == -7 && (v << w) "
     "== -48; }\n"
     "  if v == 5 && w == 1 { assert (v >> w) == 2 && (w << v) == 32; }\n"
     "  assert (v ^ w) != 4;\n"
     "}\n"},
    {"shift_out_of_range",
     "var x: atomic int = 0;\n"
     "thread a { x.store(64); }\n"
     "thread b { let v = x.load(); let s = 1 << v; }\n"},
    {"negative_shift",
     "var x: atomic int = 3;\n"
     "thread a { x.store(-1); }\n"
     "thread b { let v = x.load(); let s = 8 >> v; assert s == 1; }\n"},
    {"fetch_ops",
     "var n: atomic int = 0;\n"
     "var data: int;\n"
     "thread a { data = 1; let old = n.fetch_add(1, release); assert old >= 0; }\n"
     "thread b { let old = n.fetch_or(2, acquire); if (old & 1) == 1 { assert data == 1; } }\n"
     "thread c { let x = n.fetch_xor(4, relaxed); let y = n.fetch_and(7); let z = n.fetch_sub(1); "
     "}\n"},
    {"fetch_add_publishes",
     "var n: atomic int = 0;\n"
     "var data: int;\n"
     "thread a { data = 1; let old = n.fetch_add(1, release); }\n"
     "thread b { if n.fetch_add(0, acquire) == 1 { assert data == 1; } }\n"},
    {"fetch_add_overflow",
     "var n: atomic int = 9223372036854775806;\n"
     "thread a { let old = n.fetch_add(1); }\n"
     "thread b { let old = n.fetch_add(1); }\n"},
    {"cmpxchg_once",
     "var st: atomic int = 0;\n"
     "var value: int;\n"
     "init func make() { value = 42; }\n"
     "func get() -> int {\n"
     "  let seen = st.cmpxchg(0, 1, acq_rel, acquire);\n"
     "  if seen == 0 { make(); st.store(2, release); return value; }\n"
     "  while st.load(acquire) != 2 { }\n"
     "  return value;\n"
     "}\n"
     "thread a { assert get() == 42; }\n"
     "thread b { assert get() == 42; }\n"
     "check exactly_once(make);\n"},
    {"cmpxchg_relaxed_failure",
     "var st: atomic int = 0;\n"
     "var value: int;\n"
     "thread a { value = 1; st.store(2, release); }\n"
     "thread b { if st.cmpxchg(0, 1, acq_rel, relaxed) == 2 { let v = value; } }\n"},
    {"cmpxchg_acquire_failure",
     "var st: atomic int = 0;\n"
     "var value: int;\n"
     "thread a { value = 1; st.store(2, release); }\n"
     "thread b { if st.cmpxchg(0, 1, acquire, acquire) == 2 { let v = value; } }\n"},
    {"cas_relaxed_failure",
     "var st: atomic int = 0;\n"
     "var value: int;\n"
     "thread a { value = 1; st.store(2, release); }\n"
     "thread b { if !st.cas(0, 1, seq_cst, relaxed) { let v = value; } }\n"},
    {"cas_failure_order_in_psc",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "var r1: int = 0;\n"
     "var r2: int = 0;\n"
     "thread a { x.store(1, seq_cst); let ok = y.cas(5, 6, seq_cst, relaxed); r1 = "
     "y.load(relaxed); }\n"
     "thread b { y.store(1, seq_cst); let ok = x.cas(5, 6, seq_cst, seq_cst); r2 = "
     "x.load(relaxed); }\n"
     "check final !(r1 == 0 && r2 == 0);\n"},
    {"cas_seq_cst_failure_in_psc",
     "var x: atomic int = 0;\n"
     "var y: atomic int = 0;\n"
     "var r1: int = 0;\n"
     "var r2: int = 0;\n"
     "thread a { x.store(1, seq_cst); let ok = y.cas(5, 6, seq_cst, seq_cst); r1 = "
     "y.load(relaxed); }\n"
     "thread b { y.store(1, seq_cst); let ok = x.cas(5, 6, seq_cst, seq_cst); r2 = "
     "x.load(relaxed); }\n"
     "check final !(r1 == 0 && r2 == 0);\n"},
    {"cells",
     "var xs: [3]int;\n"
     "var flags: [3]atomic bool = false;\n"
     "thread a { xs[1] = 5; flags[1].store(true, release); }\n"
     "thread b { if flags[1].load(acquire) { assert xs[1] == 5; } }\n"
     "thread c { let i = choose(0..3); if flags[i].load(relaxed) { let v = xs[i]; } }\n"},
    {"cells_publish_by_index",
     "const N = 2;\n"
     "var xs: [N]int = 0;\n"
     "var ready: [N]atomic bool = [false, false];\n"
     "thread a { let i = choose(0..N); xs[i] = 7; ready[i].store(true, release); }\n"
     "thread b { for j in 0..len(xs) { if ready[j].load(acquire) { assert xs[j] == 7; } } }\n"},
    {"cell_index_out_of_range",
     "var xs: [2]int = [0, 0];\n"
     "var n: atomic int = 0;\n"
     "thread a { n.store(2); }\n"
     "thread b { let i = n.load(); xs[i] = 1; }\n"},
    {"atomic_cell_index_out_of_range",
     "var xs: [2]atomic int = 0;\n"
     "var n: atomic int = 0;\n"
     "thread a { n.store(-1); }\n"
     "thread b { let i = n.load(); let v = xs[i].fetch_add(1); }\n"},
    {"cells_uninitialized",
     "var xs: [2]int;\n"
     "thread a { xs[0] = 1; }\n"
     "thread b { let v = xs[0]; }\n"},
    {"cells_of_mutexes",
     "var ms: [2]mutex;\n"
     "var c: [2]int = [0, 0];\n"
     "thread a { let i = choose(0..2); ms[i].lock(); c[i] = c[i] + 1; ms[i].unlock(); }\n"
     "thread b { ms[1].lock(); c[1] = c[1] + 1; ms[1].unlock(); }\n"},
    {"cells_of_onces",
     "var os: [2]once;\n"
     "var v: [2]int;\n"
     "init func make(i: int) { v[i] = i; }\n"
     "thread a { os[0].do(func() { make(0); }); let x = v[0]; }\n"
     "thread b { os[0].do(func() { make(0); }); let y = v[0]; }\n"
     "check exactly_once(make);\n"},
    {"rmutex_relock",
     "var m: rmutex;\n"
     "var x: int = 0;\n"
     "func inc() { m.lock(); x = x + 1; m.unlock(); }\n"
     "thread a { m.lock(); inc(); x = x + 1; m.unlock(); }\n"
     "thread b { inc(); }\n"
     "check final x == 3;\n"},
    {"rmutex_inner_unlock_keeps_it",
     "var m: rmutex;\n"
     "var x: int = 0;\n"
     "thread a { m.lock(); m.lock(); x = 1; m.unlock(); x = 2; m.unlock(); }\n"
     "thread b { m.lock(); let v = x; m.unlock(); }\n"},
    {"rmutex_race_after_release",
     "var m: rmutex;\n"
     "var x: int = 0;\n"
     "thread a { m.lock(); m.lock(); x = 1; m.unlock(); m.unlock(); x = 3; }\n"
     "thread b { m.lock(); let v = x; m.unlock(); }\n"},
    {"rmutex_unlock_by_non_owner",
     "var m: rmutex;\n"
     "thread a { m.lock(); }\n"
     "thread b { m.unlock(); }\n"},
    {"rmutex_deadlock",
     "var m: rmutex;\n"
     "var n: rmutex;\n"
     "thread a { m.lock(); n.lock(); n.unlock(); m.unlock(); }\n"
     "thread b { n.lock(); n.lock(); m.lock(); m.unlock(); n.unlock(); n.unlock(); }\n"},
    {"rmutex_left_held",
     "var m: rmutex;\n"
     "thread a { m.lock(); m.lock(); m.unlock(); }\n"
     "thread b { m.lock(); m.unlock(); }\n"},
    {"const_break_continue",
     "const LIMIT = 1 << 2;\n"
     "var n: atomic int = 0;\n"
     "thread a { for i in 0..10 { if i == LIMIT { break; } if (i & 1) == 1 { continue; } "
     "n.fetch_add(1); } }\n"
     "thread b { let v = n.load(); assert v <= 3; }\n"},
};

INSTANTIATE_TEST_SUITE_P(Forms, EngineDifferentialSection4b, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

int runCli(const std::vector<std::string>& arguments, std::string& out) {
  std::vector<const char*> argv{"initcheck"};
  for (const std::string& argument : arguments)
    argv.push_back(argument.c_str());
  std::ostringstream output, errors;
  int code = cli::runCli(static_cast<int>(argv.size()), argv.data(), output, errors);
  out = output.str() + errors.str();
  return code;
}

// A rwmutex: not encoded; the smt engine says so (exit 3), auto answers with the explicit engine.
const char* kUnsupported =
    "var rw: rwmutex;\n"
    "var x: int = 0;\n"
    "thread a { rw.lock(); x = 1; rw.unlock(); }\n"
    "thread b { rw.rlock(); let v = x; rw.runlock(); }\n"
    "expect ok;\n";

TEST(EngineDifferentialSection4bUnsupported, IsACleanUnknownNeverAnInternalError) {
  LoadedSpec spec = analyzeSpec(SourceFile("unsupported.ic", kUnsupported));
  ASSERT_TRUE(spec.ok());
  CheckResult result = SmtEngine().check(spec, CheckOptions{});
  EXPECT_EQ(result.verdict, Verdict::Unknown) << errorsOf(result);
  ASSERT_TRUE(result.limitReason.has_value());
  EXPECT_EQ(result.limitReason->rfind("unsupported: rwmutex at 3:", 0), 0u) << *result.limitReason;

  std::string path = ::testing::TempDir() + "initcheck_smt_unsupported.ic";
  { std::ofstream(path) << kUnsupported; }
  std::string out;
  EXPECT_EQ(runCli({"check", "--engine", "smt", path}, out), 3) << out;
  EXPECT_NE(out.find("unknown (unsupported: rwmutex at 3:"), std::string::npos) << out;
  EXPECT_EQ(runCli({"check", "--engine", "auto", path}, out), 0) << out;
  EXPECT_NE(out.find("ok (complete)"), std::string::npos) << out;
}

}  // namespace
}  // namespace initcheck
