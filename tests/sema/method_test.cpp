// Methods of once, mutex, waitgroup, chan and atomics: names, arity, argument types, results,
// and memory orders.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A spec whose thread `main` runs `body`.
std::string mainWith(const std::string& body) {
  return "var o: once;\nvar m: mutex;\nvar wg: waitgroup;\nvar c: chan(1);\n"
         "var n: atomic int = 0;\nvar flag: atomic bool = false;\n"
         "func setup() { }\nfunc withArg(x: int) { }\n"
         "thread main { " +
         body + " }\n";
}

TEST(Methods, EveryMethodInItsValidForm) {
  std::string src = mainWith(
      "o.do(setup); o.do(func() { }); m.lock(); m.unlock(); wg.add(2); "
      "wg.done(); wg.wait(); c.send(1); c.send(\"x\"); let v = c.recv(); "
      "c.close(); let i: int = n.load(); n.store(1); let old: int = n.swap(2); "
      "let won: bool = n.cas(2, 3); let now: int = n.add(1); "
      "let f: bool = flag.load(); flag.store(true); let g: bool = flag.swap(false); "
      "let h: bool = flag.cas(false, true);");
  EXPECT_THAT(errorsOf(src), IsEmpty());
}

TEST(Methods, UnknownMethodSuggestsTheClosestOne) {
  std::string src = mainWith("o.Do(setup); m.lok(); flag.add(1); let k = 1; k.load();");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "Do") + ": 'once' has no method 'Do' (did you mean 'do'?); the "
                                          "methods of once are do",
                          at(src, "lok") + ": 'mutex' has no method 'lok' (did you mean "
                                           "'lock'?); the methods of mutex are lock, unlock",
                          at(src, "add(1)") + ": 'atomic bool' has no method 'add'; the methods "
                                              "of atomic bool are load, store, swap, cas, "
                                              "cmpxchg, wait, notify_one, notify_all",
                          at(src, "load();") + ": 'int' has no method 'load'"));
}

TEST(Methods, ArityIsChecked) {
  std::string src = mainWith("m.lock(1); wg.add(); c.send(1, 2);");
  EXPECT_THAT(errorsOf(src), ElementsAre(at(src, "1); wg") + ": 'lock' takes no arguments, got 1",
                                         at(src, "add();") + ": 'add' takes 1 argument, got 0",
                                         at(src, "2);") + ": 'send' takes 1 argument, got 2"));
}

TEST(Methods, ArgumentTypesAreChecked) {
  std::string src = mainWith("wg.add(true); n.store(false); n.cas(0, \"s\"); n.add(true);");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "true);") + ": argument 1 of 'add' must be int, got bool",
                          at(src, "false)") + ": argument 1 of 'store' must be int, got bool",
                          at(src, "\"s\"") + ": argument 2 of 'cas' must be int, got string",
                          at(src, "true);", 2) + ": argument 1 of 'add' must be int, got bool"));
}

// conformance/errors/e4_type_mismatch.ic
TEST(Methods, StoringAnIntIntoAnAtomicBoolIsReportedAtTheArgument) {
  std::string src = "var ready: atomic bool = false;\nthread main { ready.store(1); }";
  EXPECT_THAT(errorsOf(src), ElementsAre("2:27: argument 1 of 'store' must be bool, got int"));
}

TEST(Methods, OnceDoNeedsAFunctionWithoutParameters) {
  std::string src =
      mainWith("o.do(withArg); o.do(func(x: int) { }); o.do(5); let f = setup; o.do(f);");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "withArg);") + ": argument 1 of 'do' must be a function "
                                                 "without parameters, but it takes 1",
                          at(src, "func(x") + ": argument 1 of 'do' must be a function without "
                                              "parameters, but it takes 1",
                          at(src, "5)") + ": argument 1 of 'do' must be func, got int"));
}

TEST(Methods, MethodsWithoutAResultAreNotValues) {
  std::string src = mainWith("let x = m.lock();");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "m.lock") +
                          ": method 'lock' returns no value; it cannot be used as a value"));
}

TEST(Methods, MemoryOrdersFollowTheCppRules) {
  std::string src = mainWith(
      "let a = n.load(acquire); let b = n.load(seq_cst); n.store(1, release); "
      "n.store(1, relaxed); n.swap(1, acq_rel); n.cas(1, 2, acq_rel); "
      "n.add(1, acquire); let d = n.load(release); let e = n.load(acq_rel); "
      "n.store(1, acquire); n.store(1, acq_rel);");
  EXPECT_THAT(
      errorsOf(src),
      ElementsAre(
          at(src, "release);", 2) + ": 'load' cannot use memory order 'release' (as in C++)",
          at(src, "acq_rel);", 3) + ": 'load' cannot use memory order 'acq_rel' (as in C++)",
          at(src, "acquire);", 3) + ": 'store' cannot use memory order 'acquire' (as in C++)",
          at(src, "acq_rel);", 4) + ": 'store' cannot use memory order 'acq_rel' (as in C++)"));
}

TEST(Methods, AMemoryOrderComesLastAndOnlyInAtomicMethods) {
  std::string src = mainWith("n.store(relaxed, 1); wg.add(1, release); setup(acquire);");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "relaxed") + ": memory order 'relaxed' must come after the "
                                               "values",
                          at(src, "release") + ": 'add' takes no memory order; only atomics do",
                          at(src, "acquire") + ": memory order 'acquire' is allowed only as the "
                                               "last argument of an atomic method"));
}

TEST(Methods, UntypedReceiversMayUseAnyObjectMethod) {
  std::string src = mainWith("let ms = [new mutex]; ms[0].lock(); ms[0].lok();");
  EXPECT_THAT(errorsOf(src),
              ElementsAre(at(src, "lok") + ": no object has method 'lok' (did you mean 'lock'?)"));
}

}  // namespace
}  // namespace initcheck::testing
