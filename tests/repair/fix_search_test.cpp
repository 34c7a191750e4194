// Verified fix suggestions: each one shown makes the violations it names go away and adds none,
// which these tests check again by applying it to a copy of the spec and checking that.
#include "repair/fix_search.hpp"

#include <gtest/gtest.h>

#include <string>

#include "repair/edit_site.hpp"
#include "repair/flag_once_edits.hpp"

namespace initcheck {
namespace {

struct Searched {
  CheckResult result;
  FixSearch search;
};

Searched searched(const std::string& text) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok()) << text;
  auto engine = makeEngine(EngineKind::Explicit);
  CheckResult result = checkSpec(*engine, spec, CheckOptions{});
  searchFixes(spec, *engine, CheckOptions{}, FixSearchOptions{}, result);
  if (!result.fixSearch) {
    ADD_FAILURE() << "no fix search on\n" << text;
    return {result, {}};
  }
  return {result, *result.fixSearch};
}

// The spec with the fix applied, checked from scratch: what the suggestion promises.
CheckResult withFix(const std::string& text, const FixSuggestion& fix) {
  SourceFile source("t.ic", text);
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", applyEdits(source, fix.edits)));
  EXPECT_TRUE(spec.ok());
  return checkSpec(*makeEngine(EngineKind::Explicit), spec, CheckOptions{});
}

std::string messagePassing(const std::string& storeOrder, const std::string& loadOrder) {
  return "var ready: atomic bool = false;\nvar data: int = 0;\n"
         "thread a {\n    data = 42;\n    ready.store(true, " +
         storeOrder + ");\n}\nthread b {\n    if ready.load(" + loadOrder +
         ") {\n        assert data == 42;\n    }\n}\n";
}

TEST(FixSearch, ARelaxedLoadBecomesAcquireAndTheSpecChecksClean) {
  std::string text = messagePassing("release", "relaxed");
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  ASSERT_EQ(best.edits.size(), 1u);
  EXPECT_EQ(best.edits[0].position, (SourcePosition{8, 19}));
  EXPECT_EQ(best.edits[0].after, "acquire");
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(best.removes.size(), s.result.violations.size());
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FixSearch, TwoRelaxedSidesAreFixedTogetherCheapestFirst) {
  std::string text = messagePassing("relaxed", "relaxed");
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  ASSERT_EQ(best.edits.size(), 2u);
  EXPECT_EQ(best.edits[0].after, "release");
  EXPECT_EQ(best.edits[1].after, "acquire");
  EXPECT_TRUE(best.clean);
  EXPECT_LE(s.search.fixes.size(), 3u);
  for (const FixSuggestion& fix : s.search.fixes)
    EXPECT_TRUE(withFix(text, fix).violations.empty());
}

TEST(FixSearch, EveryShownFixAddsNoViolationAndRemovesWhatItSays) {
  // Two independent mistakes: no repair fixes the unlock of an unlocked mutex.
  std::string text =
      messagePassing("release", "relaxed") + "var mu: mutex;\nthread c { mu.unlock(); }\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  for (const FixSuggestion& fix : s.search.fixes) {
    EXPECT_FALSE(fix.clean);  // the runtime error stays
    CheckResult after = withFix(text, fix);
    EXPECT_EQ(after.violations.size(), s.result.violations.size() - fix.removes.size());
    for (const ReportedViolation& left : after.violations) {
      bool wasThere = false;
      for (const ReportedViolation& before : s.result.violations)
        wasThere = wasThere || before.violation.sameInstance(left.violation);
      EXPECT_TRUE(wasThere) << left.violation.message;
    }
  }
}

TEST(FixSearch, ASharedLoopVariableBecomesPerIteration) {
  std::string text =
      "var wg: waitgroup;\ninit func load(k: int) { }\ncheck single_init(load);\n"
      "thread main {\n    for shared i in 0..2 {\n        wg.add(1);\n"
      "        go func() { load(i); wg.done(); }();\n    }\n    wg.wait();\n}\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(best.summaries,
            (std::vector<std::string>{
                "5:9 `for shared` -> `for` (a fresh loop variable per iteration)"}));
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FixSearch, AWaitGroupAddMovesBeforeTheGo) {
  std::string text =
      "var wg: waitgroup;\nvar data: int;\n"
      "thread main {\n    go func() {\n        wg.add(1);\n        data = 1;\n"
      "        wg.done();\n    }();\n    wg.wait();\n    assert data == 1;\n}\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(
      best.summaries,
      (std::vector<std::string>{"move `wg.add(1);` from 5:9 to just before the `go` at 4:5"}));
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FixSearch, RacingStatementsGoUnderAMutexTheSpecHasOrANewOne) {
  std::string counter =
      "var count: int = 0;\nthread a { count = count + 1; }\nthread b { count = count + 1; }\n"
      "check final count == 2;\n";
  Searched s = searched(counter);
  ASSERT_FALSE(s.search.fixes.empty());
  EXPECT_EQ(s.search.fixes.front().summaries,
            (std::vector<std::string>{
                "hold a new mutex `guard` around the statements at 2:12 and 3:12"}));
  EXPECT_TRUE(s.search.fixes.front().clean);
  EXPECT_TRUE(withFix(counter, s.search.fixes.front()).violations.empty());
  std::string withMutex = "var mu: mutex;\n" + counter;
  s = searched(withMutex);
  ASSERT_FALSE(s.search.fixes.empty());
  EXPECT_EQ(s.search.fixes.front().summaries,
            (std::vector<std::string>{"hold mutex `mu` around the statements at 3:12 and 4:12"}));
  EXPECT_TRUE(withFix(withMutex, s.search.fixes.front()).violations.empty());
}

TEST(FixSearch, APlainFlagBecomesAtomicButPlainDataDoesNot) {
  std::string text =
      "var done: bool = false;\nvar mu: mutex;\nvar value: int;\n"
      "func get() -> int {\n    if !done {\n        mu.lock();\n        if !done {\n"
      "            value = 42;\n            done = true;\n        }\n        mu.unlock();\n"
      "    }\n    return value;\n}\n"
      "thread a { assert get() == 42; }\nthread b { assert get() == 42; }\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_EQ(
      best.summaries,
      (std::vector<std::string>{"make `done` atomic: stores release, loads acquire (3 uses)"}));
  EXPECT_TRUE(best.clean);
  SourceFile source("t.ic", text);
  std::string fixed = applyEdits(source, best.edits);
  EXPECT_NE(fixed.find("var done: atomic bool = false;"), std::string::npos) << fixed;
  EXPECT_NE(fixed.find("if !done.load(acquire) {"), std::string::npos) << fixed;
  EXPECT_NE(fixed.find("done.store(true, release);"), std::string::npos) << fixed;
  EXPECT_TRUE(withFix(text, best).violations.empty());
  for (const FixSuggestion& fix : s.search.fixes) {
    for (const std::string& summary : fix.summaries)
      EXPECT_EQ(summary.find("make `value` atomic"), std::string::npos) << summary;
  }
}

std::string casFlag(const std::string& loserBranch) {
  return "var initialized: atomic bool = false;\nvar value: int;\n"
         "init func load() -> int { return 42; }\n"
         "func get() -> int {\n    if !initialized.load() {\n"
         "        if initialized.cas(false, true) {\n            value = load();\n        }" +
         loserBranch +
         "\n    }\n    return value;\n}\n"
         "thread a { assert get() == 42; }\nthread b { assert get() == 42; }\n"
         "check single_init(load);\n";
}

TEST(FixSearch, ACasFlagBecomesAOnceThatSetsTheFlagAfterItsBody) {
  std::string text = casFlag("");
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(best.summaries,
            (std::vector<std::string>{
                "replace the CompareAndSwap on `initialized` at 6:9 by a new once "
                "`initializedOnce` that runs its body and then stores true (the losers wait for "
                "the winner instead of returning before the write)"}));
  std::string fixed = applyEdits(SourceFile("t.ic", text), best.edits);
  EXPECT_NE(fixed.find("        initializedOnce.do(func() {\n            value = load();\n"
                       "        initialized.store(true); });\n"),
            std::string::npos)
      << fixed;
  EXPECT_NE(fixed.find("\nvar initializedOnce: once;"), std::string::npos) << fixed;
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FlagOnceEdits, ACasWithAnElseOrAnEarlyReturnIsNoCandidate) {
  // The loser's branch would be lost, and a return inside a closure leaves only the closure.
  auto sites = [](const std::string& text) {
    LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
    EXPECT_TRUE(spec.ok()) << text;
    return flagOnceSites(spec.source, spec.file).size();
  };
  EXPECT_EQ(sites(casFlag("")), 1u);
  EXPECT_EQ(sites(casFlag(" else {\n            value = 0;\n        }")), 0u);
  std::string early =
      "var f: atomic bool = false;\nvar v: int;\n"
      "func get() -> int {\n    if f.cas(false, true) {\n        v = 1;\n"
      "        return v;\n    }\n    return v;\n}\nthread a { assert get() == 1; }\n";
  EXPECT_EQ(sites(early), 0u);
  std::string withoutReturn = early;
  withoutReturn.replace(withoutReturn.find("        return v;\n"), 18, "");
  EXPECT_EQ(sites(withoutReturn), 1u);
}

TEST(FixSearch, AOnceThatOnePathSkipsMovesBeforeTheIf) {
  std::string text =
      "init func load() { }\nvar o: once;\nthread main {\n    let need = choose(true, false);\n"
      "    if need {\n        o.do(load);\n    }\n}\ncheck exactly_once(load);\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(best.summaries,
            (std::vector<std::string>{"move `o.do(load);` from 6:9 to just before the `if` at "
                                      "5:5, so that every path runs it"}));
  EXPECT_NE(applyEdits(SourceFile("t.ic", text), best.edits).find("    o.do(load); if need {\n"),
            std::string::npos);
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FixSearch, AnUnlockOfAnUnlockedMutexMovesIntoTheBlockThatLocks) {
  std::string text =
      "var mu: mutex;\nthread main {\n    let failed = choose(true, false);\n"
      "    if !failed {\n        mu.lock();\n    }\n    mu.unlock();\n}\n";
  Searched s = searched(text);
  ASSERT_FALSE(s.search.fixes.empty());
  const FixSuggestion& best = s.search.fixes.front();
  EXPECT_TRUE(best.clean);
  EXPECT_EQ(best.summaries,
            (std::vector<std::string>{"move `mu.unlock();` from 7:5 into the block that locks "
                                      "`mu`, before its `}` at 6:5"}));
  EXPECT_TRUE(withFix(text, best).violations.empty());
}

TEST(FixSearch, ASpecWithoutAnyCandidateSaysSo) {
  Searched s = searched("var mu: mutex;\nthread a { mu.unlock(); }\n");
  EXPECT_TRUE(s.search.fixes.empty());
  EXPECT_EQ(s.search.candidates, 0u);
}

TEST(FixSearch, NoSearchOnAnOkSpec) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", messagePassing("release", "acquire")));
  auto engine = makeEngine(EngineKind::Explicit);
  CheckResult result = checkSpec(*engine, spec, CheckOptions{});
  searchFixes(spec, *engine, CheckOptions{}, FixSearchOptions{}, result);
  EXPECT_FALSE(result.fixSearch.has_value());
}

}  // namespace
}  // namespace initcheck
