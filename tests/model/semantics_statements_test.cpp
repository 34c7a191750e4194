// Statement and expression forms through single-thread execution: run one thread to its end
// and check the final memory and the events.
#include <gtest/gtest.h>

#include <gmock/gmock.h>

#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

// Runs thread 0 of `text` to its end; `result` is the value of global `r`.
RunResult runMain(const Loaded& loaded) {
  return runThread(*loaded.semantics, loaded.semantics->initial(), 0);
}

std::string resultOf(const std::string& body, const std::string& type = "int") {
  auto loaded = load("var r: " + type + ";\nthread main {\n" + body + "\n}\n");
  RunResult run = runMain(*loaded);
  EXPECT_TRUE(run.outcome.violations.empty()) << run.outcome.violations.front().message;
  EXPECT_TRUE(loaded->semantics->allFinished(run.state));
  return globalText(*loaded->semantics, run.state, "r");
}

TEST(SemanticsStatements, ArithmeticAndPrecedence) {
  EXPECT_EQ(resultOf("r = 1 + 2 * 3 - 8 / 4 % 3;"), "5");
  EXPECT_EQ(resultOf("r = -(2 - 9);"), "7");
}

TEST(SemanticsStatements, ComparisonsAndShortCircuit) {
  EXPECT_EQ(resultOf("r = 1 < 2 && !(3 >= 4) && 2 <= 2 && 3 > 1;", "bool"), "true");
  // The right operand is not evaluated: no division by zero.
  EXPECT_EQ(resultOf("r = false && 1 / 0 == 1;", "bool"), "false");
  EXPECT_EQ(resultOf("r = true || 1 / 0 == 1;", "bool"), "true");
}

TEST(SemanticsStatements, StringsAndListsCompareByValue) {
  EXPECT_EQ(resultOf("let s = \"a\"; r = s == \"a\" && s != \"b\";", "bool"), "true");
  EXPECT_EQ(resultOf("r = [1, [2]] == [1, [2]];", "bool"), "true");
}

TEST(SemanticsStatements, ListsAreImmutableValues) {
  EXPECT_EQ(resultOf("let a = [1, 2]; let b = a; b[0] = 9; r = a[0] * 10 + b[0];"), "19");
  EXPECT_EQ(resultOf("let a = append([1], 5); r = len(a) * 10 + a[1];"), "25");
}

TEST(SemanticsStatements, IfElseChains) {
  EXPECT_EQ(resultOf("let x = 2; if x == 1 { r = 1; } else if x == 2 { r = 2; } else { r = 3; }"),
            "2");
}

TEST(SemanticsStatements, WhileAndForLoops) {
  EXPECT_EQ(resultOf("let i = 0; let s = 0; while i < 4 { s = s + i; i = i + 1; } r = s;"), "6");
  EXPECT_EQ(resultOf("let s = 0; for i in 2..5 { s = s + i; } r = s;"), "9");
  EXPECT_EQ(resultOf("let s = 0; for x in [10, 20] { s = s + x; } r = s;"), "30");
}

TEST(SemanticsStatements, FunctionsRecursionAndFuncValues) {
  auto loaded = load(
      "var r: int;\n"
      "func fact(n: int) -> int { if n <= 1 { return 1; } return n * fact(n - 1); }\n"
      "thread main { let f = fact; r = f(5); }\n");
  RunResult run = runMain(*loaded);
  EXPECT_EQ(globalText(*loaded->semantics, run.state, "r"), "120");
}

TEST(SemanticsStatements, ClosuresCaptureByReferenceAndByValue) {
  EXPECT_EQ(resultOf("let x = 1; let f = func() -> int { return x; }; x = 2; r = f();"), "2");
  EXPECT_EQ(resultOf("let x = 1; let f = func[x]() -> int { return x; }; x = 2; r = f();"), "1");
}

TEST(SemanticsStatements, LoopVariablesFreshOrShared) {
  std::string fresh =
      "let fs = []; for i in 0..3 { fs = append(fs, func() -> int { return i; }); }"
      " let f = fs[0]; r = f();";
  EXPECT_EQ(resultOf(fresh), "0");
  std::string shared =
      "let fs = []; for shared i in 0..3 { fs = append(fs, func() -> int { return i; }); }"
      " let f = fs[0]; r = f();";
  EXPECT_EQ(resultOf(shared), "2");
}

TEST(SemanticsStatements, GlobalsAreVisibleStepsWithValues) {
  auto loaded = load("var x: int = 1;\nthread main { x = x + 41; }\n");
  RunResult run = runMain(*loaded);
  EXPECT_EQ(run.steps, 2u);  // the read, then the write
  EXPECT_THAT(actions(run.outcome), Contains("main: read x = 1"));
  EXPECT_THAT(actions(run.outcome), Contains("main: write x = 42"));
}

TEST(SemanticsStatements, PrivateLocalsAreNotSteps) {
  auto loaded = load("var x: int = 0;\nthread main { let a = 1; let b = a + 1; x = b; }\n");
  RunResult run = runMain(*loaded);
  EXPECT_EQ(run.steps, 1u);
  EXPECT_EQ(globalText(*loaded->semantics, run.state, "x"), "2");
}

TEST(SemanticsStatements, InitCallsAreCountedPerArguments) {
  auto loaded = load(
      "init func initConfig(name: string) { }\n"
      "var x: int = 0;\n"
      "thread main { x = 1; initConfig(\"c\"); initConfig(\"c\"); initConfig(\"d\");"
      " initConfig(\"c\"); }\n");
  RunResult run = runMain(*loaded);
  EXPECT_THAT(actions(run.outcome),
              Contains("main: call initConfig(\"c\") (3rd call with these arguments)"));
  EXPECT_THAT(actions(run.outcome),
              Contains("main: call initConfig(\"d\") (1st call with these arguments)"));
}

TEST(SemanticsStatements, OnceTraceNamesTheFunction) {
  auto loaded = load(
      "var o: once;\nvar x: int = 0;\nthread main { o.do(func() { x = 1; }); "
      "o.do(func() { x = 2; }); }\n");
  RunResult run = runMain(*loaded);
  EXPECT_THAT(actions(run.outcome), Contains(HasSubstr("o.do: enter (runs func at 3:20)")));
  EXPECT_THAT(actions(run.outcome), Contains("main: o.do: done already, skip"));
  EXPECT_EQ(globalText(*loaded->semantics, run.state, "x"), "1");
}

TEST(SemanticsStatements, AssumeFalseDiscardsSilently) {
  auto loaded = load("var x: int = 0;\nthread main { x = 1; assume x == 2; x = 3; }\n");
  RunResult run = runMain(*loaded);
  EXPECT_TRUE(run.outcome.discarded);
  EXPECT_TRUE(run.outcome.violations.empty());
}

}  // namespace
}  // namespace initcheck::testing

namespace initcheck::testing {
namespace {

TEST(SemanticsTraceText, ValuesPrintAsWritten) {
  auto loaded = load(
      "var l: list = [];\nvar s: string = \"\";\nvar f: func = func() { };\nvar b: bool = false;\n"
      "var c: chan(1);\n"
      "thread main { l = [1, [2, 3]]; s = \"c\"; f = func() { }; b = true; c.send(\"x\"); }\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  std::vector<std::string> text = actions(run.outcome);
  EXPECT_THAT(text, ::testing::Contains("main: write l = [1, [2, 3]]"));
  EXPECT_THAT(text, ::testing::Contains("main: write s = \"c\""));
  EXPECT_THAT(text, ::testing::Contains("main: write f = func@6:45"));
  EXPECT_THAT(text, ::testing::Contains("main: write b = true"));
  EXPECT_THAT(text, ::testing::Contains("main: send \"x\" on c"));
}

TEST(SemanticsTraceText, EventsCarryThreadAndPosition) {
  auto loaded = load("var x: int = 0;\nthread main {\n  x = 5;\n}\n");
  RunResult run = runThread(*loaded->semantics, loaded->semantics->initial(), 0);
  ASSERT_FALSE(run.outcome.events.empty());
  const TraceEvent& write = run.outcome.events.front();
  EXPECT_EQ(write.threadName, "main");
  EXPECT_EQ(write.thread, 0u);
  EXPECT_EQ(write.kind, EventKind::Write);
  EXPECT_EQ(write.position, (SourcePosition{3, 3}));
  EXPECT_EQ(run.outcome.events.back().kind, EventKind::ThreadEnd);
}

}  // namespace
}  // namespace initcheck::testing
