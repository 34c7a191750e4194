// runInOrder: every item worked on once, results delivered in input order on the caller, for
// any number of jobs; an exception reaches the caller in its item's turn.
#include "support/ordered_parallel.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>

namespace initcheck {
namespace {

TEST(OrderedParallel, ResultsComeInInputOrderWhateverTheJobs) {
  for (unsigned jobs : {1u, 2u, 7u}) {
    std::vector<std::size_t> delivered;
    std::mutex workersMutex;
    std::set<unsigned> workers;
    runInOrder<std::size_t>(
        50, jobs,
        [&](std::size_t index, unsigned worker) {
          {
            std::lock_guard lock(workersMutex);
            workers.insert(worker);
          }
          // Early items finish last, so later ones are done first and must wait their turn.
          std::this_thread::sleep_for(std::chrono::microseconds(index < 5 ? 2000 : 10));
          return index * 3;
        },
        [&](std::size_t index, std::size_t result) {
          EXPECT_EQ(result, index * 3);
          delivered.push_back(index);
        });
    ASSERT_EQ(delivered.size(), 50u) << jobs;
    for (std::size_t i = 0; i < delivered.size(); ++i)
      EXPECT_EQ(delivered[i], i) << jobs;
    EXPECT_LE(workers.size(), jobs);
    for (unsigned worker : workers)
      EXPECT_LT(worker, jobs);
  }
}

TEST(OrderedParallel, AStartOrderChangesWhatStartsFirstNotWhatIsDelivered) {
  std::vector<std::size_t> started;
  std::vector<std::size_t> delivered;
  runInOrder<std::size_t>(
      4, 1,
      [&](std::size_t index, unsigned) {
        started.push_back(index);
        return index;
      },
      [&](std::size_t index, std::size_t) { delivered.push_back(index); });
  EXPECT_EQ(started, (std::vector<std::size_t>{0, 1, 2, 3}));  // one job: in order, no buffering
  started.clear();
  delivered.clear();
  std::mutex mutex;
  runInOrder<std::size_t>(
      4, 2,
      [&](std::size_t index, unsigned) {
        std::lock_guard lock(mutex);
        started.push_back(index);
        return index;
      },
      [&](std::size_t index, std::size_t) { delivered.push_back(index); }, {3, 2, 1, 0});
  ASSERT_EQ(started.size(), 4u);
  EXPECT_TRUE(started[0] == 3 || started[0] == 2) << started[0];
  EXPECT_EQ(delivered, (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(OrderedParallel, AnExceptionReachesTheCallerAfterTheItemsBeforeIt) {
  for (unsigned jobs : {1u, 3u}) {
    std::vector<std::size_t> delivered;
    EXPECT_THROW(runInOrder<int>(
                     20, jobs,
                     [](std::size_t index, unsigned) {
                       if (index == 6)
                         throw std::runtime_error("bad item");
                       return static_cast<int>(index);
                     },
                     [&](std::size_t index, int) { delivered.push_back(index); }),
                 std::runtime_error);
    EXPECT_EQ(delivered.size(), 6u) << jobs;
  }
}

TEST(OrderedParallel, NoItemsAndMoreJobsThanItems) {
  int calls = 0;
  runInOrder<int>(
      0, 4, [](std::size_t, unsigned) { return 0; }, [&](std::size_t, int) { ++calls; });
  EXPECT_EQ(calls, 0);
  runInOrder<int>(
      2, 64, [](std::size_t index, unsigned) { return static_cast<int>(index); },
      [&](std::size_t index, int value) { calls += value == static_cast<int>(index); });
  EXPECT_EQ(calls, 2);
  EXPECT_GE(defaultJobs(), 1u);
}

}  // namespace
}  // namespace initcheck
