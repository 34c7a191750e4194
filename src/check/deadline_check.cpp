// A worker thread held to the time limit (see deadline_check.hpp).
#include "check/deadline_check.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

namespace initcheck {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::chrono::milliseconds kPollInterval{10};

// What the worker owns: it may outlive the caller.
struct Job {
  Job(const LoadedSpec& s, const CheckOptions& o) : spec(s), options(o) {}

  LoadedSpec spec;
  CheckOptions options;
  std::atomic<bool> cancel = false;
  std::mutex mutex;
  std::condition_variable done;
  std::optional<CheckResult> result;
  bool abandoned = false;  // the caller has left; progress reports go nowhere
};

// The worker's options: its own cancel flag, and progress reports that stop once abandoned.
void detachOptions(const std::shared_ptr<Job>& job, const ProgressCallback& progress) {
  job->options.cancel = &job->cancel;
  if (!progress)
    return;
  Job* raw = job.get();
  job->options.progress = [raw, progress](const SearchProgress& snapshot) {
    std::lock_guard lock(raw->mutex);
    if (!raw->abandoned)
      progress(snapshot);
  };
}

void work(const std::shared_ptr<Job>& job, const CheckFunction& check) {
  CheckResult result;
  try {
    result = check(job->spec, job->options);
  } catch (const std::exception& error) {
    result.internalErrors.push_back(error.what());
    result.verdict = decideVerdict(result);
  }
  std::lock_guard lock(job->mutex);
  job->result = std::move(result);
  job->done.notify_all();
}

Clock::duration seconds(double count) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(count));
}

Clock::duration graceFor(double timeoutSeconds) {
  return seconds(std::max(0.05 * timeoutSeconds, 0.05));
}

CheckResult abandonedResult(const CheckOptions& options, Clock::time_point start) {
  CheckResult result;
  result.limit = LimitKind::Time;
  result.stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::ostringstream note;
  if (options.timeoutSeconds)
    note << "the engine did not stop at the time limit (" << *options.timeoutSeconds
         << " s); its answer was not waited for";
  else
    note << "the engine did not stop when cancelled; its answer was not waited for";
  result.notes.push_back(note.str());
  result.verdict = decideVerdict(result);
  return result;
}

}  // namespace

CheckResult checkWithinDeadline(const CheckFunction& check, const LoadedSpec& spec,
                                const CheckOptions& options) {
  if (!options.timeoutSeconds && !options.cancel)
    return check(spec, options);
  auto start = Clock::now();
  auto deadline = Clock::time_point::max();
  if (options.timeoutSeconds)
    deadline = start + seconds(*options.timeoutSeconds) + graceFor(*options.timeoutSeconds);
  auto job = std::make_shared<Job>(spec, options);
  detachOptions(job, options.progress);
  std::thread([job, check] { work(job, check); }).detach();
  std::unique_lock lock(job->mutex);
  while (!job->result && Clock::now() < deadline) {
    if (options.cancel && options.cancel->load() && !job->cancel.exchange(true))
      deadline = std::min(deadline, Clock::now() + graceFor(0));  // a cancel gets the least grace
    job->done.wait_for(lock, kPollInterval);
  }
  if (job->result)
    return std::move(*job->result);
  job->abandoned = true;
  job->cancel = true;
  return abandonedResult(options, start);
}

}  // namespace initcheck
