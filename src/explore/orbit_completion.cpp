// Orbit completion (see orbit_completion.hpp).
#include "explore/orbit_completion.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <utility>

#include "explore/step_records.hpp"
#include "runtime/state_data.hpp"

namespace initcheck {

namespace {

struct Swap {
  ThreadId a = 0;
  ThreadId b = 0;
  ThreadId operator()(ThreadId t) const { return t == a ? b : t == b ? a : t; }
};

bool contains(const std::vector<ThreadId>& list, ThreadId t) {
  return std::find(list.begin(), list.end(), t) != list.end();
}

// The choice of `thread`'s step at `state` whose unbuffered send completes `partner`.
std::optional<std::uint32_t> choiceWithPartner(const Semantics& semantics, const State& state,
                                               ThreadId thread, ThreadId partner) {
  for (const Successor& successor : semantics.successors(state, thread)) {
    if (successor.outcome.partner == partner)
      return successor.choice;
  }
  return std::nullopt;
}

// The threads a step from `before` to `after` woke: from an atomic wait (a notify) or off a
// cond's waiters (a signal or broadcast), in thread order.
std::vector<ThreadId> wokenThreads(const State& before, const State& after) {
  const StateData& from = before.data();
  const StateData& to = after.data();
  std::vector<ThreadId> woken;
  for (ThreadId u = 0; u < from.threads.size() && u < to.threads.size(); ++u) {
    const auto& waitBefore = from.threads[u].atomicWait;
    const auto& waitAfter = to.threads[u].atomicWait;
    if (waitBefore && !waitBefore->woken && waitAfter && waitAfter->woken)
      woken.push_back(u);
  }
  for (std::size_t i = 0; i < from.objects.size() && i < to.objects.size(); ++i) {
    const auto* condBefore = std::get_if<CondObject>(&from.objects[i].object);
    const auto* condAfter = std::get_if<CondObject>(&to.objects[i].object);
    if (condBefore == nullptr || condAfter == nullptr)
      continue;
    for (ThreadId u : condBefore->waiters) {
      if (!contains(condAfter->waiters, u))
        woken.push_back(u);
    }
  }
  std::sort(woken.begin(), woken.end());
  return woken;
}

// The choice of `thread`'s step at `image` that wakes `woken` (the image of the threads the
// original step woke): notify_one picks among eligible waiters in thread order, so the same
// choice index may wake another thread in the image. `preferred` first, when it fits.
std::optional<std::uint32_t> choiceWaking(const Semantics& semantics, const State& image,
                                          ThreadId thread, const std::vector<ThreadId>& woken,
                                          std::uint32_t preferred) {
  std::optional<std::uint32_t> found;
  for (const Successor& successor : semantics.successors(image, thread)) {
    if (wokenThreads(image, successor.state) != woken)
      continue;
    if (successor.choice == preferred)
      return preferred;
    if (!found)
      found = successor.choice;
  }
  return found;
}

// Replays the image of `schedule` under `swap` and offers every violation it meets. The
// original is replayed alongside to find the receivers of rendezvous steps and the threads a
// notify_one or signal wakes, whose choice indices depend on thread order.
void replayImage(const Semantics& semantics, const std::vector<ScheduleStep>& schedule, Swap swap,
                 CounterexampleSet& found, std::deque<Counterexample>& work) {
  State original = semantics.initial();
  State image = semantics.initial();
  std::vector<ScheduleStep> path;
  PathCost cost;
  std::optional<ThreadId> previous;
  auto offer = [&](const Violation& violation) {
    std::size_t before = found.size();
    found.offer(violation, path, cost);
    if (found.size() > before)
      work.push_back(Counterexample{violation, path, cost.preemptions});
  };
  for (const ScheduleStep& step : schedule) {
    Successor next = semantics.replayStep(original, step.thread, step.choice);
    ThreadId thread = swap(step.thread);
    std::vector<ThreadId> enabled = semantics.enabledThreads(image);
    if (!contains(enabled, thread))
      return;  // not an image after all (cannot happen for truly interchangeable threads)
    std::uint32_t choice = step.choice;
    if (next.outcome.partner) {
      auto found = choiceWithPartner(semantics, image, thread, swap(*next.outcome.partner));
      if (!found)
        return;
      choice = *found;
    } else if (std::vector<ThreadId> woken = wokenThreads(original, next.state); !woken.empty()) {
      for (ThreadId& u : woken)
        u = swap(u);
      std::sort(woken.begin(), woken.end());
      auto found = choiceWaking(semantics, image, thread, woken, step.choice);
      if (!found)
        return;
      choice = *found;
    }
    if (previous && *previous != thread && contains(enabled, *previous))
      ++cost.preemptions;
    ++cost.steps;
    Successor mirrored = semantics.replayStep(image, thread, choice);
    path.push_back(ScheduleStep{thread, choice});
    for (const Violation& violation : mirrored.outcome.violations)
      offer(violation);
    original = std::move(next.state);
    image = std::move(mirrored.state);
    previous = thread;
  }
  if (!semantics.enabledThreads(image).empty())
    return;
  for (const Violation& violation : finalStateViolations(semantics, image))
    offer(violation);
}

}  // namespace

void completeOrbits(const Semantics& semantics,
                    const std::vector<std::vector<ThreadId>>& interchangeable,
                    CounterexampleSet& found) {
  if (interchangeable.empty())
    return;
  std::vector<Counterexample> start = found.sorted();
  std::deque<Counterexample> work(start.begin(), start.end());
  while (!work.empty()) {
    Counterexample example = std::move(work.front());
    work.pop_front();
    for (const std::vector<ThreadId>& group : interchangeable) {
      for (std::size_t i = 0; i < group.size(); ++i) {
        for (std::size_t j = i + 1; j < group.size(); ++j)
          replayImage(semantics, example.schedule, Swap{group[i], group[j]}, found, work);
      }
    }
  }
}

}  // namespace initcheck
