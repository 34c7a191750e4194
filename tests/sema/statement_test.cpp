// Functions, calls, returns, expression statements, go, join, global initializers, and the
// assignment targets a spec may not write.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Await, ConditionsMayReadAndUseAtomicsButNotBlockCallOrChoose) {
  std::string ok =
      "var a: atomic bool = false;\nvar n: int = 0;\nvar xs: list = [];\n"
      "thread main { await a.cas(false, true, acquire) && n == 0 && len(xs) == 0; "
      "await a.load(); }";
  EXPECT_THAT(errorsOf(ok), ElementsAre());
  std::string src =
      "var c: chan(1);\nfunc f() -> bool { return true; }\n"
      "thread main { await c.recv() == 1; await f(); await choose(true, false); }";
  std::string refused =
      ": an await condition may only read: no calls, and no methods but "
      "atomic operations";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "c.recv") + refused, at(src, "f();") + refused,
                          at(src, "choose") + ": an await condition may not use 'choose'"));
}

TEST(Functions, CallsCheckArityAndArgumentTypes) {
  std::string src =
      "func f(a: int, b: string) -> bool { return true; }\n"
      "thread main { let ok: bool = f(1, \"s\"); f(1); f(1, \"s\", 3); f(\"s\", 1); }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "f(1);") + ": 'f' takes 2 arguments, got 1",
                          at(src, "3)") + ": 'f' takes 2 arguments, got 3",
                          at(src, "\"s\", 1") + ": argument 1 of 'f' must be int, got string",
                          at(src, "1);", 2) + ": argument 2 of 'f' must be string, got int"));
}

TEST(Functions, ACallUsedAsAValueNeedsAResult) {
  std::string src = "func f() { }\nthread main { f(); let x = f(); }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "f();", 2) +
                                         ": 'f' returns no value; it cannot be used as a value"));
}

TEST(Functions, ReturnMatchesTheResultType) {
  std::string src =
      "func f() -> int { return true; }\n"
      "func g() -> int { return; }\n"
      "func h() { return 1; }\n"
      "func k() { return; }\n"
      "thread main { return; }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "true") + ": return value of function 'f' must be int, got bool",
                          at(src, "return;") + ": 'return' needs a value: function 'g' returns int",
                          at(src, "1; }") + ": cannot return a value from function 'h', which has "
                                            "no result"));
}

TEST(Functions, MissingReturnAtTheEnd) {
  std::string src =
      "func a(x: bool) -> int { if x { return 1; } else { return 2; } }\n"
      "func b(x: bool) -> int { if x { return 1; } else if !x { return 2; } else { return 3; } }\n"
      "func c() -> int { while true { } }\n"
      "func d(x: bool) -> int { if x { return 1; } }\n"
      "func e() -> int { let f = func() -> bool { }; return 1; }\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("4:45: missing return at end of function 'd'",
                          at(src, "}; return 1") + ": missing return at end of closure"));
}

TEST(Functions, ExpressionStatementsMustBeCalls) {
  std::string src = "func f() -> int { return 1; }\nthread main { f(); let x = 1; x + 1; x; }";
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "x + 1") + ": expression result unused",
                                         at(src, "x; }") + ": expression result unused"));
}

TEST(Functions, NonValuesUsedAsValues) {
  std::string src =
      "thread main { let a = main; let b = len; let t = go main2(); let c = t; }\n"
      "func main2() { }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "main;") + ": thread 'main' is not a value",
                          at(src, "len;") + ": builtin 'len' must be called",
                          at(src, "t; }") + ": 't' is a thread handle; it can only be used by "
                                            "'join'"));
}

TEST(Functions, AssignmentTargetsMustBeWritableVariables) {
  std::string src =
      "func f() { }\n"
      "thread main { f = 1; let t = go f(); t = 2; let a = 1; let g = func[a]() { a = 2; }; "
      "let h = func() { a = 3; }; }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "f = 1") + ": cannot assign to function 'f'",
                          at(src, "t = 2") + ": cannot assign to thread handle 't'",
                          at(src, "a = 2") + ": cannot assign to 'a': the closure captured it "
                                             "by value"));
}

TEST(GoAndJoin, GoRunsFunctionsClosuresFuncValuesAndBlocks) {
  std::string src =
      "var m: mutex;\n"
      "func f(x: int) { }\n"
      "thread main { go f(1); let t = go f(2); join t; let g = func() { }; go g(); "
      "go func(y: int) { }(3); go { f(4); } go m.unlock(); let xs = [1]; go len(xs); "
      "go f(true); }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "len(xs)") + ": 'go' cannot run builtin 'len' in a thread",
                          at(src, "true") + ": argument 1 of 'f' must be int, got bool"));
}

TEST(GoAndJoin, JoinNeedsAHandle) {
  std::string src = "func f() { }\nthread main { let x = 1; join x; join f; join y; }";
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "x; ") + ": 'join' needs a thread handle from 'let t = go "
                                           "...', but 'x' is a local",
                          at(src, "f; ") + ": 'join' needs a thread handle from 'let t = go "
                                           "...', but 'f' is a function",
                          at(src, "y; ") + ": unknown name 'y' (did you mean 'f'?)"));
}

TEST(GoAndJoin, HandlesAreSymbolsOfTheirOwnKind) {
  Checked checked = checkText("func f() { }\nthread main { let t = go f(); join t; }");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& thread = std::get<ast::ThreadDecl>(checked.file.items[1].node);
  const auto& go = std::get<ast::GoStmt>(thread.body.statements[0].node);
  const auto& join = std::get<ast::JoinStmt>(thread.body.statements[1].node);
  EXPECT_EQ(join.symbol, go.handleSymbol);
  EXPECT_EQ(checked.semantic.symbols.at(go.handleSymbol).kind, SymbolKind::GoHandle);
}

TEST(GlobalInitializers, MayUseLiteralsBuiltinsAndEarlierInitializedGlobals) {
  std::string src =
      "var a: int = 1;\nvar xs: list = [a, a + 1];\nvar n: int = len(xs);\n"
      "var f: func = func() { n = 2; };\nvar c: chan(2) = new chan(2);\n";
  EXPECT_THAT(errorsOf(src), IsEmpty());
}

TEST(GlobalInitializers, CannotCallOrReadLaterOrUninitializedGlobals) {
  std::string src =
      "func f() -> int { return 1; }\nvar m: mutex;\nvar u: int;\n"
      "var a: int = f();\nvar b: int = c;\nvar c: int = u;\nvar d: int = d;\n"
      "var e: bool = m.lock();\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("4:14: global initializers cannot call functions or methods",
                          "5:14: initializer of 'b' uses 'c', which is not initialized before it",
                          "6:14: initializer of 'c' uses 'u', which has no initial value",
                          "7:14: initializer of 'd' uses 'd', which is not initialized before it",
                          "8:15: global initializers cannot call functions or methods"));
}

}  // namespace
}  // namespace initcheck::testing
