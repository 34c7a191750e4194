// One result per root cause: instances of one mistake in like threads share a group.
#include "check/root_causes.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "check/engine.hpp"

namespace initcheck {
namespace {

std::vector<std::size_t> rootCausesOf(const std::string& text) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok()) << text;
  auto engine = makeEngine(EngineKind::Explicit);
  CheckResult result = checkSpec(*engine, spec, CheckOptions{});
  std::vector<std::size_t> groups;
  for (const ReportedViolation& reported : result.violations)
    groups.push_back(reported.rootCause);
  return groups;
}

// t1 publishes with a relaxed store; t2..t4 are alike: each races and fails its assert.
constexpr const char* kLikeReaders =
    "var ready: atomic bool = false;\nvar config: int = 0;\n"
    "thread t1 {\n    config = 42;\n    ready.store(true, relaxed);\n}\n"
    "thread t2 {\n    if ready.load(acquire) { assert config == 42; }\n}\n"
    "thread t3 {\n    if ready.load(acquire) { assert config == 42; }\n}\n"
    "thread t4 {\n    if ready.load(acquire) { assert config == 42; }\n}\n";

TEST(RootCauses, LikeThreadsShareOneGroupPerMistake) {
  EXPECT_EQ(rootCausesOf(kLikeReaders), (std::vector<std::size_t>{0, 0, 0, 3, 3, 3}));
}

TEST(RootCauses, ThreadsThatDifferAreGroupsOfTheirOwn) {
  std::string text = kLikeReaders;
  // t4 is no longer alike, and its assertion holds: its race is a group of its own.
  text.replace(text.rfind("config == 42"), 12, "config != 7");
  EXPECT_EQ(rootCausesOf(text), (std::vector<std::size_t>{0, 0, 2, 3, 3}));
}

TEST(RootCauses, ARaceBetweenTwoLikeThreadsIsOneGroupWhicheverWriterComesFirst) {
  EXPECT_EQ(rootCausesOf("var x: int = 0;\nthread a { x = 1; }\nthread b { x = 1; }\n"
                         "thread c { x = 1; }\n"),
            (std::vector<std::size_t>{0, 0, 0}));
}

}  // namespace
}  // namespace initcheck
