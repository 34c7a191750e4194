// Work on many items at once, results in input order (issue 20: `--jobs N` over files). Items
// are handed out one at a time from a shared counter to `jobs` threads, so a slow file does not
// hold back the others; each result goes to `deliver` on the calling thread as soon as it and
// every earlier one are done, so output is written in input order while later items are
// already being worked on, and it is the same bytes whatever `jobs` is.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace initcheck {

// The default for `--jobs`: the cores this process may use (at least 1).
inline unsigned defaultJobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

// work(index, worker) runs on one of min(jobs, count) threads (worker: 0..threads-1, for state a
// thread keeps, such as an engine); deliver(index, result) runs on the caller, index 0 first.
// `startOrder`, when given, is the order items are started in (a permutation of 0..count-1:
// the likely longest first, so that none starts last and runs alone); delivery stays in index
// order. An exception thrown by work is rethrown to the caller in its item's turn.
template <class Result>
void runInOrder(std::size_t count, unsigned jobs,
                const std::function<Result(std::size_t index, unsigned worker)>& work,
                const std::function<void(std::size_t index, Result result)>& deliver,
                const std::vector<std::size_t>& startOrder = {}) {
  auto threads = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, jobs), count));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i)
      deliver(i, work(i, 0));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  auto worker = [&](unsigned id) {
    for (std::size_t n = next++; n < count; n = next++) {
      std::size_t i = startOrder.empty() ? n : startOrder[n];
      Slot slot;
      try {
        slot.result.emplace(work(i, id));
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.done = true;
      std::lock_guard<std::mutex> lock(mutex);
      slots[i] = std::move(slot);
      finished.notify_all();
    }
  };
  std::vector<std::jthread> pool;
  for (unsigned id = 0; id < threads; ++id)
    pool.emplace_back(worker, id);
  for (std::size_t i = 0; i < count; ++i) {
    Slot slot;
    {
      std::unique_lock<std::mutex> lock(mutex);
      finished.wait(lock, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
    }
    if (slot.error) {
      next = count;  // no new items; the pool's destructors join the running ones
      std::rethrow_exception(slot.error);
    }
    deliver(i, std::move(*slot.result));
  }
}

}  // namespace initcheck
