// checkWithinDeadline: an engine that never stops when asked still gives an answer by the
// time limit, and one that finishes in time gives its own.
#include "check/deadline_check.hpp"

#include <gtest/gtest.h>

#include <future>

namespace initcheck {
namespace {

LoadedSpec emptySpec() {
  return analyzeSpec(SourceFile("empty.ic", "thread t { }\n"));
}

TEST(DeadlineCheck, AnEngineThatIgnoresTheLimitIsLeftBehind) {
  auto release = std::make_shared<std::promise<void>>();
  std::shared_future<void> released = release->get_future().share();
  CheckFunction stubborn = [released](const LoadedSpec&, const CheckOptions&) {
    released.wait();  // ignores every cancel, like a Z3 query that does not stop
    return CheckResult{};
  };
  CheckOptions options;
  options.timeoutSeconds = 0.05;
  CheckResult result = checkWithinDeadline(stubborn, emptySpec(), options);
  release->set_value();
  EXPECT_EQ(result.verdict, Verdict::Unknown);
  EXPECT_EQ(result.limit, LimitKind::Time);
  ASSERT_EQ(result.notes.size(), 1u);
  EXPECT_EQ(result.notes[0],
            "the engine did not stop at the time limit (0.05 s); its answer was not waited for");
}

TEST(DeadlineCheck, ACancelIsHonouredWithoutATimeLimit) {
  auto release = std::make_shared<std::promise<void>>();
  std::shared_future<void> released = release->get_future().share();
  CheckFunction stubborn = [released](const LoadedSpec&, const CheckOptions&) {
    released.wait();
    return CheckResult{};
  };
  std::atomic<bool> cancel = true;
  CheckOptions options;
  options.cancel = &cancel;
  CheckResult result = checkWithinDeadline(stubborn, emptySpec(), options);
  release->set_value();
  EXPECT_EQ(result.verdict, Verdict::Unknown);
}

TEST(DeadlineCheck, AnEngineThatFinishesGivesItsOwnResultAndSeesItsOwnCopies) {
  CheckFunction quick = [](const LoadedSpec& spec, const CheckOptions& options) {
    CheckResult result;
    result.notes.push_back(spec.source.path() + " " + (options.cancel ? "cancellable" : "-"));
    result.verdict = Verdict::Ok;
    return result;
  };
  CheckOptions options;
  options.timeoutSeconds = 60;
  CheckResult result = checkWithinDeadline(quick, emptySpec(), options);
  EXPECT_EQ(result.verdict, Verdict::Ok);
  EXPECT_EQ(result.notes, std::vector<std::string>{"empty.ic cancellable"});
}

}  // namespace
}  // namespace initcheck
