// `check`, `expect` and `option` items: validation and their resolved form.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_helpers.hpp"

namespace initcheck::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::string kPrelude =
    "var g: int;\nvar ready: atomic bool = false;\n"
    "init func load() { }\ninit func config(name: string, n: int) { }\nfunc plain() { }\n"
    "thread main { @a load(); @b config(\"x\", 1); }\n";

TEST(Checks, SingleInitNeedsAnInitFunc) {
  std::string src = "func load() { }\nthread main { load(); }\ncheck single_init(load);\n";
  EXPECT_THAT(errorsOf(src), ElementsAre("3:19: 'load' is not an init func; single_init applies "
                                         "to init funcs"));
}

TEST(Checks, InitFuncPropertiesAreResolved) {
  Checked checked =
      checkText(kPrelude +
                "check single_init(load);\ncheck exactly_once(load);\n"
                "check exactly_once(config(\"x\", -1));\ncheck exactly_once(config);\n");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& checks = checked.semantic.directives.checks;
  const auto& symbols = checked.semantic.symbols;
  ASSERT_EQ(checks.size(), 4u);
  SymbolId load = findSymbol(symbols, "load", SymbolKind::InitFunction);
  SymbolId config = findSymbol(symbols, "config", SymbolKind::InitFunction);
  EXPECT_EQ(checks[0].kind, PropertyKind::SingleInit);
  EXPECT_EQ(checks[0].target, load);
  EXPECT_EQ(checks[1].kind, PropertyKind::ExactlyOnce);
  EXPECT_FALSE(checks[1].arguments.has_value());
  EXPECT_EQ(checks[2].target, config);
  ASSERT_TRUE(checks[2].arguments.has_value());
  EXPECT_THAT(*checks[2].arguments,
              ElementsAre(LiteralValue{std::string("x")}, LiteralValue{std::int64_t{-1}}));
  EXPECT_EQ(checks[3].target, config);
  EXPECT_EQ(checks[0].position.line, 7u);
}

TEST(Checks, ExactlyOnceArgumentsAreLiteralsOfTheParameterTypes) {
  std::string src = kPrelude +
                    "check exactly_once(config(1, 2));\ncheck exactly_once(config(\"x\"));\n"
                    "check exactly_once(config(\"x\", g));\ncheck single_init(load());\n"
                    "check exactly_once(plain());\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("7:27: argument 1 of 'config' must be string, got int",
                          "8:20: 'config' takes 2 arguments, got 1",
                          "9:32: arguments in 'exactly_once' must be literals",
                          "10:19: 'single_init' needs the name of an init func",
                          "11:20: 'plain' is not an init func; exactly_once applies to init "
                          "funcs"));
}

TEST(Checks, UnknownFunctionsAndPropertiesSuggestNames) {
  std::string src = kPrelude + "check single_init(lod);\ncheck singel_init(load);\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("7:19: unknown name 'lod' (did you mean 'load'?)",
                          "8:7: unknown property 'singel_init' (did you mean 'single_init'?)"));
}

TEST(Checks, HappensBeforeNeedsTwoLabels) {
  std::string src = kPrelude +
                    "check happens_before(a, b);\ncheck happens_before(a, c);\n"
                    "check happens_before(a);\n";
  Checked checked = checkText(src);
  EXPECT_THAT(checked.messages, ElementsAre("8:25: unknown label 'c' (did you mean 'a'?)",
                                            "9:7: 'happens_before' takes 2 arguments, got 1"));
  ASSERT_EQ(checked.semantic.directives.checks.size(), 1u);
  const auto& check = checked.semantic.directives.checks[0];
  EXPECT_EQ(check.kind, PropertyKind::HappensBefore);
  EXPECT_EQ(check.before, checked.semantic.symbols.findLabel("a"));
  EXPECT_EQ(check.after, checked.semantic.symbols.findLabel("b"));
}

TEST(Checks, InitBeforeUseNeedsAGlobal) {
  std::string src = kPrelude + "check init_before_use(g);\ncheck init_before_use(plain);\n";
  Checked checked = checkText(src);
  EXPECT_THAT(checked.messages, ElementsAre("8:23: 'plain' is not a global; init_before_use "
                                            "applies to globals"));
  ASSERT_EQ(checked.semantic.directives.checks.size(), 1u);
  EXPECT_EQ(checked.semantic.directives.checks[0].target,
            findSymbol(checked.semantic.symbols, "g", SymbolKind::Global));
}

TEST(Checks, FinalIsABoolConditionOverGlobals) {
  std::string src = kPrelude +
                    "check final g == 2 && ready && len([g]) == 1;\ncheck final g + 1;\n"
                    "check final plain() == 1;\ncheck final ready.load(acquire);\ncheck final x;\n"
                    "check final ready.load() && ready;\n";
  Checked checked = checkText(src);
  const std::string onlyGlobals =
      "'final' conditions can only use literals, globals, operators, 'len' and indexing";
  EXPECT_THAT(checked.messages,
              ElementsAre("8:13: 'final' condition must be bool, got int", "9:13: " + onlyGlobals,
                          "10:13: " + onlyGlobals, "11:13: unknown name 'x' (did you mean 'g'?)"));
  ASSERT_EQ(checked.semantic.directives.checks.size(), 2u);
  EXPECT_EQ(checked.semantic.directives.checks[0].kind, PropertyKind::Final);
  ASSERT_TRUE(checked.semantic.directives.checks[0].condition.has_value());
}

TEST(Expectations, KindsAreRecordedInOrder) {
  Checked checked = checkText("expect race;\nexpect init_before_use;\n");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& expectations = checked.semantic.directives.expectations;
  EXPECT_TRUE(expectations.declared);
  EXPECT_FALSE(expectations.ok);
  EXPECT_THAT(expectations.kinds, ElementsAre(PropertyKind::Race, PropertyKind::InitBeforeUse));
}

TEST(Expectations, OkIsRecorded) {
  Checked checked = checkText("expect ok;\n");
  EXPECT_TRUE(checked.semantic.directives.expectations.ok);
  EXPECT_FALSE(checkText("var x: int = 0;\n").semantic.directives.expectations.declared);
}

TEST(Expectations, UnknownDuplicateAndContradictoryExpectations) {
  std::string src = "expect raec;\nexpect race;\nexpect race;\nexpect ok;\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("1:8: unknown expectation 'raec' (did you mean 'race'?)",
                          "3:8: duplicate 'expect race'", "2:8: note: first expected here",
                          "4:8: 'expect ok' contradicts 'expect race'",
                          "2:8: note: 'expect race' is here"));
}

TEST(Options, ValuesAreRecorded) {
  Checked checked = checkText("option unroll = 0;\noption threads = 4;\noption preemptions = 2;\n");
  ASSERT_THAT(checked.messages, IsEmpty());
  const auto& options = checked.semantic.directives.options;
  EXPECT_EQ(options.unroll, 0);
  EXPECT_EQ(options.threads, 4);
  EXPECT_EQ(options.preemptions, 2);
  EXPECT_FALSE(options.depth.has_value());
}

TEST(Options, UnknownDuplicateAndOutOfRangeOptions) {
  std::string src =
      "option unrol = 3;\noption depth = 2;\noption depth = 3;\noption threads = 0;\n";
  EXPECT_THAT(errorsOf(src),
              ElementsAre("1:8: unknown option 'unrol' (did you mean 'unroll'?)",
                          "3:8: duplicate option 'depth'", "2:8: note: first set here",
                          "4:8: option 'threads' must be at least 1"));
}

}  // namespace
}  // namespace initcheck::testing
