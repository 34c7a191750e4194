// Both engines at once (see auto_engine.hpp).
#include "check/auto_engine.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "check/effective_bounds.hpp"
#include "check/explicit_engine.hpp"
#include "check/smt_engine.hpp"

namespace initcheck {

namespace {

using Clock = std::chrono::steady_clock;

bool definite(const CheckResult& result) {
  return result.verdict == Verdict::Ok || result.verdict == Verdict::Violated;
}

std::string kindsText(const std::set<PropertyKind>& kinds) {
  if (kinds.empty())
    return "none";
  std::string text;
  for (PropertyKind kind : kinds)
    text += (text.empty() ? "" : ", ") + std::string(propertyName(kind));
  return text;
}

// One engine on its own thread, with its own stop flag.
struct Run {
  std::atomic<bool> cancel = false;
  std::optional<CheckResult> result;
  Clock::time_point finishedAt;
};

class Race {
 public:
  Race(const LoadedSpec& spec, const CheckOptions& options) : spec_(spec), options_(options) {}

  CheckResult run() {
    start_ = Clock::now();
    std::jthread explicitThread([&] { runEngine<ExplicitEngine>(explicit_, true); });
    std::jthread smtThread([&] { runEngine<SmtEngine>(smt_, false); });
    Run& first = waitForFirst();
    Run& second = &first == &explicit_ ? smt_ : explicit_;
    waitForSecond(first, second);
    explicitThread.join();
    smtThread.join();
    return merge(first, second);
  }

 private:
  // Only one engine (the explicit one) reports progress: one line, one thread calling it.
  template <class EngineType>
  void runEngine(Run& run, bool reportsProgress) {
    CheckOptions options = options_;
    options.cancel = &run.cancel;
    if (!reportsProgress)
      options.progress = nullptr;
    CheckResult result = EngineType().check(spec_, options);
    std::lock_guard lock(mutex_);
    run.result = std::move(result);
    run.finishedAt = Clock::now();
    done_.notify_all();
  }

  Run& waitForFirst() {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return explicit_.result || smt_.result; });
    if (explicit_.result && smt_.result)
      return explicit_.finishedAt <= smt_.finishedAt ? explicit_ : smt_;
    return explicit_.result ? explicit_ : smt_;
  }

  void waitForSecond(Run& first, Run& second) {
    std::unique_lock lock(mutex_);
    if (!definite(*first.result)) {
      done_.wait(lock, [&] { return second.result.has_value(); });
      return;
    }
    auto took = first.finishedAt - start_;
    auto grace = std::max<Clock::duration>(took, std::chrono::seconds(1));
    if (!done_.wait_for(lock, grace, [&] { return second.result.has_value(); })) {
      second.cancel = true;
      stopped_ = &second;
      done_.wait(lock, [&] { return second.result.has_value(); });
    }
  }

  CheckResult merge(Run& first, Run& second) {
    bool firstDefinite = definite(*first.result);
    Run& chosen = firstDefinite || !definite(*second.result) ? first : second;
    Run& other = &chosen == &first ? second : first;
    CheckResult result = std::move(*chosen.result);
    std::string answered = result.engine;
    result.engine = "auto: " + answered;
    if (stopped_ == &other)
      result.notes.push_back(other.result->engine + " engine stopped after the " + answered +
                             " engine's answer");
    else if (definite(*other.result))
      crossCheck(result, *other.result, &chosen == &smt_);
    else if (other.result->limit == LimitKind::Unsupported)
      result.notes.push_back("the " + other.result->engine + " engine cannot check this spec (" +
                             other.result->limitReason.value_or("unsupported") + "); the " +
                             answered + " engine answered alone");
    if (!result.solver && other.result->solver)
      result.solver = other.result->solver;
    result.verdict = decideVerdict(result);
    return result;
  }

  void crossCheck(CheckResult& result, const CheckResult& other, bool resultIsSmt) {
    const CheckResult& explicitResult = resultIsSmt ? other : result;
    const CheckResult& smtResult = resultIsSmt ? result : other;
    if (effectiveBounds(spec_.directives.options, options_.bounds).preemptions) {
      result.notes.push_back("not cross-checked: the smt engine does not bound preemptions");
      return;
    }
    std::string differs = disagreement(explicitResult, smtResult);
    if (differs.empty())
      return;
    if (!options_.crossCheck) {
      result.notes.push_back(differs);
      return;
    }
    result.internalErrors.push_back(differs);
    for (const ReportedViolation& violation : other.violations)
      result.violations.push_back(violation);
  }

  const LoadedSpec& spec_;
  const CheckOptions& options_;
  Clock::time_point start_;
  std::mutex mutex_;
  std::condition_variable done_;
  Run explicit_;
  Run smt_;
  Run* stopped_ = nullptr;
};

}  // namespace

std::string disagreement(const CheckResult& explicitResult, const CheckResult& smtResult) {
  std::set<PropertyKind> explicitKinds = explicitResult.violatedKinds();
  std::set<PropertyKind> smtKinds = smtResult.violatedKinds();
  if (explicitKinds == smtKinds)
    return "";
  return "the engines disagree: explicit finds " + kindsText(explicitKinds) + ", smt finds " +
         kindsText(smtKinds);
}

CheckResult AutoEngine::check(const LoadedSpec& spec, const CheckOptions& options) {
  return Race(spec, options).run();
}

}  // namespace initcheck
