// RC11 histories are collected after a step only where it can have made writes unreadable
// (Executor::forgetUnreadable): every location when some live thread learned of another's
// events or a thread started or finished, else the locations the step touched. Over whole state
// graphs, no reachable state has anything left that the full collection would drop.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/coherence.hpp"
#include "semantics_test_support.hpp"

namespace initcheck::testing {
namespace {

struct StateHash {
  std::size_t operator()(const State& state) const { return state.hash(); }
};

// The number of reachable states; fails on any with a droppable write or read.
std::size_t expectNothingLeftToForget(const std::string& text) {
  auto loaded = load(text);
  const Semantics& semantics = *loaded->semantics;
  std::unordered_set<State, StateHash> seen{semantics.initial()};
  std::deque<State> queue{semantics.initial()};
  while (!queue.empty()) {
    State state = queue.front();
    queue.pop_front();
    const StateData& data = state.data();
    std::vector<const VectorClock*> live;
    for (const ThreadState& thread : data.threads) {
      if (!thread.finished)
        live.push_back(&thread.clock);
    }
    for (std::size_t i = 0; i < data.locations.size(); ++i)
      EXPECT_FALSE(unreadablePart(data.locations[i].history, live)) << data.locations[i].name;
    for (ThreadId thread : semantics.enabledThreads(state)) {
      for (Successor& next : semantics.successors(state, thread)) {
        if (seen.insert(next.state).second)
          queue.push_back(std::move(next.state));
      }
    }
  }
  return seen.size();
}

TEST(UnreadableWrites, NoReachableStateHasAnythingLeftToForget) {
  // Relaxed and release/acquire publication, stale reads of a flag, a CAS, plain data.
  EXPECT_GT(expectNothingLeftToForget(
                "var flag: atomic int = 0;\nvar data: int = 0;\nvar c: atomic int = 0;\n"
                "thread w { data = 1; flag.store(1, release); flag.store(2, relaxed); }\n"
                "thread r { let f = flag.load(relaxed); let g = flag.load(acquire); "
                "if g == 2 { let d = data; } }\n"
                "thread s { let old = c.cmpxchg(0, 1, acq_rel, relaxed); c.store(3, relaxed); "
                "let x = c.load(relaxed); }\n"),
            100u);
  // Threads that start and finish (a join learns everything the child knew), a mutex, fences.
  EXPECT_GT(expectNothingLeftToForget(
                "var m: mutex;\nvar x: int = 0;\nvar y: atomic int = 0;\n"
                "func child() { m.lock(); x = x + 1; m.unlock(); y.store(1, relaxed); }\n"
                "thread a { let h = go child(); y.store(2, relaxed); fence(release); "
                "join h; let v = x; }\n"
                "thread b { let u = y.load(relaxed); fence(acquire); m.lock(); x = 5; "
                "m.unlock(); }\n"),
            100u);
}

}  // namespace
}  // namespace initcheck::testing
