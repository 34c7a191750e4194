// Type rules: operators, conditions, declarations and assignments, atomics, objects, lists,
// builtins, choose, and the untyped values of the dynamic part of the language.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A spec whose thread `main` runs `body`.
std::string mainWith(const std::string& body) {
  return "var o: once;\nvar a: atomic int = 0;\nvar xs: list = [1, 2];\nthread main { " + body +
         " }\n";
}

TEST(TypeRules, WellTypedOperatorsAreAccepted) {
  std::string src = mainWith(
      "let b = (1 + 2 * 3 - 4 / 2 % 3 <= 5) && !(1 > 2) || \"s\" != \"t\"; "
      "let l = [1] == [1]; let n = -a.load();");
  EXPECT_THAT(errorsOf(src), IsEmpty());
}

TEST(TypeRules, ArithmeticNeedsInts) {
  std::string src = mainWith("let x = 1 + true;");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "true") + ": operand of '+' must be int, got bool"));
}

TEST(TypeRules, StringsDoNotOrder) {
  std::string src = mainWith("let x = \"a\" < \"b\";");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "\"a\"") + ": operand of '<' must be int, got string"));
}

TEST(TypeRules, LogicalOperatorsNeedBools) {
  std::string src = mainWith("let x = true && 1; let y = !2; let z = -false;");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "1;") + ": operand of '&&' must be bool, got int",
                          at(src, "2;") + ": operand of '!' must be bool, got int",
                          at(src, "false") + ": operand of unary '-' must be int, got bool"));
}

TEST(TypeRules, EqualityNeedsOneComparableType) {
  std::string src =
      mainWith("let x = 1 == true; let y = o != o; let f = func() { }; let z = f == f;");
  EXPECT_THAT(
      errorsOf(src),
      ElementsAre(at(src, "true") + ": operands of '==' must have one type, got int and bool",
                  at(src, "o != o") + ": '!=' cannot compare once values",
                  at(src, "f == f") + ": '==' cannot compare func values"));
}

TEST(TypeRules, ConditionsMustBeBool) {
  std::string src = mainWith("if 1 { } while \"s\" { } assert 2; assume xs; await 3;");
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "1 {") + ": condition must be bool, got int",
                                         at(src, "\"s\"") + ": condition must be bool, got string",
                                         at(src, "2;") + ": condition must be bool, got int",
                                         at(src, "xs;") + ": condition must be bool, got list",
                                         at(src, "3;") + ": condition must be bool, got int"));
}

TEST(TypeRules, LetWithATypeMustMatchItsValue) {
  std::string src = mainWith("let x: int = 1; let y: int = true; let c: chan(1) = new chan(2);");
  EXPECT_THAT(
      errorsOf(src),
      ElementsAre(at(src, "true") + ": initial value of 'y' must be int, got bool",
                  at(src, "new chan(2)") + ": initial value of 'c' must be chan(1), got chan(2)"));
}

TEST(TypeRules, AssignmentMustMatchTheVariablesType) {
  std::string src = mainWith("let x = 1; x = 2; x = \"s\";");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "\"s\"") + ": value assigned to 'x' must be int, got string"));
}

TEST(TypeRules, GlobalInitializerMustMatchTheType) {
  std::string src = "var x: bool = 1;\nvar a: atomic bool = false;\nvar m: mutex = new mutex;";
  EXPECT_THAT(errorsOf(src), ElementsAre("1:15: initial value of 'x' must be bool, got int"));
}

TEST(TypeRules, AtomicsAreReadAndWrittenOnlyThroughMethods) {
  std::string src = mainWith("let v = a + 1; a = 2; a.store(a.load() + 1);");
  EXPECT_THAT(
      errorsOf(src),
      ElementsAre(at(src, "a + 1") + ": cannot read atomic variable 'a' directly; use 'a.load()'",
                  at(src, "a = 2") + ": cannot assign to atomic variable 'a' directly; "
                                     "use 'a.store(...)'"));
}

TEST(TypeRules, AtomicAppliesToIntAndBoolOnly) {
  std::string src = "var a: atomic int = 0;\nvar b: atomic bool;\nvar l: atomic list;";
  EXPECT_THAT(errorsOf(src), ElementsAre("3:15: 'atomic' applies to int and bool only, not list"));
}

TEST(TypeRules, ObjectsCannotBeAssigned) {
  std::string src = mainWith("let p = new once; p = new once; o = p;");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "p = new", 2) + ": cannot assign to 'p': once values cannot be "
                                                  "assigned",
                          at(src, "o = p") + ": cannot assign to 'o': once values cannot be "
                                             "assigned"));
}

TEST(TypeRules, IndexingNeedsAListAndAnInt) {
  std::string src = mainWith(
      "let n = 1; let e = xs[0]; let f = n[0]; let g = xs[true]; xs[1] = 5; "
      "n[0] = 1;");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "n[0];") + ": indexed value must be list, got int",
                          at(src, "true") + ": list index must be int, got bool",
                          at(src, "n[0] = 1") + ": indexed variable 'n' must be list, got int"));
}

TEST(TypeRules, LenAndAppend) {
  std::string src = mainWith(
      "let n: int = len(xs); let l: list = append(xs, 3); let m = len(5); "
      "let k = append(xs);");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "5)") + ": argument 1 of 'len' must be list, got int",
                          at(src, "append(xs);") + ": 'append' takes 2 arguments, got 1"));
}

TEST(TypeRules, ChooseRangeAndValues) {
  std::string src = mainWith(
      "let i: int = choose(0..3); let s: string = choose(\"a\", \"b\"); "
      "let j = choose(0..true); let k = choose(1, 2, false);");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "true)") + ": upper bound of 'choose' must be int, got bool",
                          at(src, "false)") + ": choices of 'choose' must have one type: "
                                              "expected int, got bool"));
}

TEST(TypeRules, ForNeedsIntBoundsOrAList) {
  std::string src = mainWith(
      "for i in 0..len(xs) { let j: int = i; } for e in xs { } for k in 5 { } "
      "for m in 0..\"s\" { }");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "5 {") + ": 'for' iterates over a list or a range 'lo..hi', "
                                           "got int",
                          at(src, "\"s\"") + ": upper bound of the range must be int, got "
                                             "string"));
}

// The dynamic part: list elements, func values and recv() results are untyped.
TEST(TypeRules, UntypedValuesAreCompatibleWithEverything) {
  std::string src = mainWith(
      "let e = xs[0]; let n = e + 1; if e { } let s: string = e; "
      "let c = new chan(1); let v = c.recv(); v = 3; "
      "let f = func(x: int) -> int { return x; }; let r = f(1, 2) + 1; "
      "for w in xs { w.lock(); }");
  EXPECT_THAT(errorsOf(src), IsEmpty());
}

TEST(TypeRules, CallingANonFunctionIsAnError) {
  std::string src = mainWith("let n = 1; n(); xs[0](); (1 + 2)();");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "n();") + ": cannot call 'n' of type int",
                          at(src, "1 + 2") + ": called value must be func, got int"));
}

TEST(TypeRules, AnUnknownNameCausesNoCascade) {
  std::string src = mainWith("let y = nope; let z = y + 1; if y { } y.lock(); let w: bool = y;");
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "nope") + ": unknown name 'nope'"));
}

}  // namespace
}  // namespace initcheck::testing
