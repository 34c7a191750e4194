// The witness walked through the explicit semantics (see schedule_decoder.hpp).
#include "symbolic/schedule_decoder.hpp"

#include <algorithm>
#include <map>

#include "runtime/state_data.hpp"

namespace initcheck::symbolic {

namespace {

// How far the decoder runs threads waiting in spins to show them blocked (finishSpins).
constexpr std::size_t kMaxSpinSteps = 64;
constexpr std::size_t kMaxSpinReplays = 4096;

class WitnessWalk {
 public:
  WitnessWalk(const Semantics& semantics, const Unfolding& unfolding, const z3::model& model)
      : semantics_(semantics), unfolding_(unfolding), model_(model), state_(semantics.initial()) {
    for (const Violation& violation : semantics.initialOutcome().violations)
      seen_.push_back({violation, 0});
    for (const Instance& instance : unfolding.instances) {
      if (instance.declared)
        threadOf_[instance.id] = static_cast<ThreadId>(*instance.declared);
    }
  }

  // Takes one step; false (with `failure_`) when the semantics does not allow it.
  bool take(const ModelStep& step) {
    const Node& node = unfolding_.nodes.at(static_cast<std::size_t>(step.node));
    auto thread = threadOf_.find(node.instance);
    if (thread == threadOf_.end())
      return fail("step at " + node.position.text() + " belongs to a thread never spawned");
    std::optional<std::uint32_t> choice = step.accesses.empty()
                                              ? choiceFor(node, step, thread->second)
                                              : memoryChoice(node, step, thread->second);
    if (!choice)
      return false;
    std::vector<ThreadId> enabled = semantics_.enabledThreads(state_);
    if (std::find(enabled.begin(), enabled.end(), thread->second) == enabled.end())
      return fail("thread " + semantics_.threadName(state_, thread->second) +
                  " is not enabled at its step at " + node.position.text());
    bool preempts =
        !schedule_.empty() && schedule_.back().thread != thread->second &&
        std::find(enabled.begin(), enabled.end(), schedule_.back().thread) != enabled.end();
    preemptionsAfter_.push_back((schedule_.empty() ? 0 : preemptionsAfter_.back()) +
                                (preempts ? 1 : 0));
    std::size_t before = semantics_.threadCount(state_);
    // Only a step with RC11 accesses needs its events (the identities of its writes).
    Successor next = step.accesses.empty() ? semantics_.replayStep(state_, thread->second, *choice)
                                           : semantics_.tracedStep(state_, thread->second, *choice);
    recordWrites(step, next.outcome.events);
    if (node.kind == NodeKind::Go && semantics_.threadCount(next.state) > before)
      threadOf_[node.spawned] = static_cast<ThreadId>(before);
    schedule_.push_back(DecodedStep{thread->second, *choice});
    for (const Violation& violation : next.outcome.violations)
      seen_.push_back({violation, schedule_.size()});
    state_ = std::move(next.state);
    return true;
  }

  // Threads the model leaves right before the iteration of a spin it waits in forever still
  // have to run it in the explicit semantics, which blocks a spin after a full iteration that
  // read what the one before it read (runtime/spin.cpp). Runs the enabled threads, every
  // choice of their reads in turn, until none is enabled and the state is of `kind`.
  bool finishSpins(PropertyKind kind, std::size_t depth, std::size_t& budget) {
    std::vector<ThreadId> enabled = semantics_.enabledThreads(state_);
    if (enabled.empty())
      return semantics_.deadlock(state_).kind == kind;
    if (depth == 0)
      return false;
    ThreadId thread = enabled.front();
    std::uint32_t count = semantics_.choiceCount(state_, thread);
    for (std::uint32_t choice = 0; choice < count && budget > 0; ++choice, --budget) {
      State before = state_;
      std::size_t seen = seen_.size();
      Successor next = semantics_.replayStep(state_, thread, choice);
      bool preempts =
          !schedule_.empty() && schedule_.back().thread != thread &&
          std::find(enabled.begin(), enabled.end(), schedule_.back().thread) != enabled.end();
      preemptionsAfter_.push_back((schedule_.empty() ? 0 : preemptionsAfter_.back()) +
                                  (preempts ? 1 : 0));
      schedule_.push_back(DecodedStep{thread, choice});
      for (const Violation& violation : next.outcome.violations)
        seen_.push_back({violation, schedule_.size()});
      state_ = std::move(next.state);
      if (finishSpins(kind, depth - 1, budget))
        return true;
      state_ = std::move(before);
      seen_.erase(seen_.begin() + static_cast<std::ptrdiff_t>(seen), seen_.end());
      schedule_.pop_back();
      preemptionsAfter_.pop_back();
    }
    return false;
  }

  // The violations of the state reached when no thread can move (deadlock or atEnd).
  void addFinalStateViolations() {
    if (!semantics_.enabledThreads(state_).empty())
      return;
    if (semantics_.allFinished(state_)) {
      for (const Violation& violation : semantics_.atEnd(state_))
        seen_.push_back({violation, schedule_.size()});
    } else {
      seen_.push_back({semantics_.deadlock(state_), schedule_.size()});
    }
  }

  // The violation of the query's kind the walk showed (at the query's position if it can),
  // with the schedule cut after the step that showed it.
  std::optional<DecodedCounterexample> counterexampleFor(const PropertyQuery& query) const {
    const Seen* sameKind = nullptr;
    const Seen* samePlace = nullptr;
    for (const Seen& seen : seen_) {
      if (seen.violation.kind != query.kind)
        continue;
      bool here = mentions(seen.violation, query.position);
      if (here &&
          (!query.otherPosition || namesPair(seen.violation, query.position, *query.otherPosition)))
        return cutAfter(seen);
      if (here && samePlace == nullptr)
        samePlace = &seen;
      if (sameKind == nullptr)
        sameKind = &seen;
    }
    if (samePlace != nullptr)
      return cutAfter(*samePlace);
    if (sameKind != nullptr)
      return cutAfter(*sameKind);
    return std::nullopt;
  }
  const std::string& failure() const { return failure_; }

 private:
  static bool mentions(const Violation& violation, SourcePosition position) {
    if (violation.position == position)
      return true;
    return std::any_of(violation.related.begin(), violation.related.end(),
                       [&](const RelatedPlace& place) { return place.position == position; });
  }

  // The violation's places are exactly these two (a write-write race at one place names that
  // place twice; a read racing with it there names the place once, and the read's).
  static bool namesPair(const Violation& violation, SourcePosition first, SourcePosition second) {
    std::vector<SourcePosition> places{violation.position};
    for (const RelatedPlace& place : violation.related)
      places.push_back(place.position);
    std::vector<SourcePosition> wanted{first, second};
    std::sort(places.begin(), places.end());
    std::sort(wanted.begin(), wanted.end());
    return places == wanted;
  }

  bool fail(std::string why) {
    failure_ = std::move(why);
    return false;
  }

  std::optional<std::uint32_t> choiceFor(const Node& node, const ModelStep& step, ThreadId thread) {
    if (node.kind == NodeKind::Choose)
      return chooseIndex(node, step);
    if (node.kind == NodeKind::Send && step.partner)
      return partnerIndex(node, thread, *step.partner);
    if ((node.kind == NodeKind::Signal || node.kind == NodeKind::Notify) && step.partner)
      return wokenIndex(node, thread, *step.partner);
    return 0;
  }

  // Blocked in a cond's wait or an atomic wait, not yet woken.
  static bool waitsForWaker(const StateData& data, ThreadId thread) {
    const ThreadState& waiter = data.threads.at(thread);
    if (waiter.atomicWait && !waiter.atomicWait->woken)
      return true;
    for (const SyncObject& object : data.objects) {
      const auto* cond = std::get_if<CondObject>(&object.object);
      if (cond &&
          std::find(cond->waiters.begin(), cond->waiters.end(), thread) != cond->waiters.end())
        return true;
    }
    return false;
  }

  // The choice of a signal or notify_one that wakes `woken`.
  std::optional<std::uint32_t> wokenIndex(const Node& node, ThreadId thread, InstanceId woken) {
    auto waiter = threadOf_.find(woken);
    if (waiter == threadOf_.end()) {
      fail("the thread woken at " + node.position.text() + " was never spawned");
      return std::nullopt;
    }
    std::uint32_t count = semantics_.choiceCount(state_, thread);
    for (std::uint32_t choice = 0; choice < count; ++choice) {
      Successor next = semantics_.replayStep(state_, thread, choice);
      if (!waitsForWaker(next.state.data(), waiter->second))
        return choice;
    }
    fail("no choice of the step at " + node.position.text() + " wakes " +
         semantics_.threadName(state_, waiter->second));
    return std::nullopt;
  }

  // Under RC11: the choice of the step whose reads return the writes the model's reads return
  // and whose writes take the model's places in mo (runtime/trace_event.hpp's facts).
  std::optional<std::uint32_t> memoryChoice(const Node& node, const ModelStep& step,
                                            ThreadId thread) {
    std::uint32_t count = semantics_.choiceCount(state_, thread);
    for (std::uint32_t choice = 0; choice < count; ++choice) {
      Successor candidate = semantics_.tracedStep(state_, thread, choice);
      if (matches(step, candidate.outcome.events))
        return choice;
    }
    fail("no RC11 choice of the step at " + node.position.text() +
         " reads and writes memory as the model does");
    return std::nullopt;
  }

  bool sameRead(const ModelAccess& access, const TraceEvent& event) const {
    const MemoryOrderFacts& facts = event.rc11;
    if (facts.readFrom->location != unfolding_.locations.at(access.location).name)
      return false;
    if (*access.readFrom == kInitialWrite)
      return facts.readInitial;
    auto known = writeRefOf_.find(*access.readFrom);
    return known != writeRefOf_.end() && known->second == *facts.readFrom;
  }

  bool sameWrite(const ModelAccess& access, const TraceEvent& event) const {
    std::vector<WriteRef> expected;
    for (const auto& [node, place] : placeOf_) {
      if (unfolding_.nodes.at(static_cast<std::size_t>(node)).location == access.location &&
          place > *access.place)
        expected.push_back(writeRefOf_.at(node));
    }
    std::vector<WriteRef> placed = event.rc11.placedBefore;
    auto order = [](const WriteRef& a, const WriteRef& b) { return a.id < b.id; };
    std::sort(expected.begin(), expected.end(), order);
    std::sort(placed.begin(), placed.end(), order);
    return expected == placed;
  }

  bool matches(const ModelStep& step, const std::vector<TraceEvent>& events) const {
    std::vector<const TraceEvent*> reads, writes;
    for (const TraceEvent& event : events) {
      if (event.rc11.readFrom)
        reads.push_back(&event);
      if (event.rc11.wrote)
        writes.push_back(&event);
    }
    std::size_t read = 0, written = 0;
    for (const ModelAccess& access : step.accesses) {
      if (access.readFrom && (read >= reads.size() || !sameRead(access, *reads[read++])))
        return false;
      if (access.place && (written >= writes.size() || !sameWrite(access, *writes[written++])))
        return false;
    }
    return read == reads.size() && written == writes.size();
  }

  // The identities the explicit semantics gave the step's writes, for later reads to name.
  void recordWrites(const ModelStep& step, const std::vector<TraceEvent>& events) {
    std::size_t next = 0;
    for (const ModelAccess& access : step.accesses) {
      if (!access.place)
        continue;
      while (next < events.size() && !events[next].rc11.wrote)
        ++next;
      if (next == events.size())
        return;
      writeRefOf_.insert_or_assign(access.node, *events[next++].rc11.wrote);
      placeOf_.insert_or_assign(access.node, *access.place);
    }
  }

  std::optional<std::uint32_t> chooseIndex(const Node& node, const ModelStep& step) {
    std::int64_t value = step.chosenValue ? *step.chosenValue : modelInteger(model_, *node.value);
    if (node.low) {
      std::int64_t index = value - modelInteger(model_, *node.low);
      if (index >= 0)
        return static_cast<std::uint32_t>(index);
    }
    for (std::size_t i = 0; i < node.choices.size(); ++i) {
      if (modelInteger(model_, node.choices[i]) == value)
        return static_cast<std::uint32_t>(i);
    }
    fail("the value chosen at " + node.position.text() + " is not one of its choices");
    return std::nullopt;
  }

  std::optional<std::uint32_t> partnerIndex(const Node& node, ThreadId thread, InstanceId partner) {
    auto receiver = threadOf_.find(partner);
    if (receiver == threadOf_.end()) {
      fail("the receiver of the send at " + node.position.text() + " was never spawned");
      return std::nullopt;
    }
    std::vector<Successor> successors = semantics_.successors(state_, thread);
    for (const Successor& successor : successors) {
      if (successor.outcome.partner == receiver->second)
        return successor.choice;
    }
    fail("the send at " + node.position.text() + " cannot hand its value to " +
         semantics_.threadName(state_, receiver->second));
    return std::nullopt;
  }

  struct Seen {
    Violation violation;
    std::size_t steps = 0;  // the schedule's length when it showed
  };

  DecodedCounterexample cutAfter(const Seen& seen) const {
    std::vector<DecodedStep> prefix(schedule_.begin(),
                                    schedule_.begin() + static_cast<std::ptrdiff_t>(seen.steps));
    std::uint32_t preemptions = seen.steps == 0 ? 0 : preemptionsAfter_[seen.steps - 1];
    return DecodedCounterexample{seen.violation, std::move(prefix), preemptions};
  }

  const Semantics& semantics_;
  const Unfolding& unfolding_;
  const z3::model& model_;
  State state_;
  std::map<InstanceId, ThreadId> threadOf_;
  std::map<NodeId, WriteRef> writeRefOf_;   // RC11 writes taken so far
  std::map<NodeId, std::int64_t> placeOf_;  // ... and their places in the model's mo
  std::vector<Seen> seen_;
  std::vector<DecodedStep> schedule_;
  // Context switches away from a thread that could have gone on (Musuvathi and Qadeer), up to
  // and including each step of schedule_.
  std::vector<std::uint32_t> preemptionsAfter_;
  std::string failure_;
};

}  // namespace

DecodeResult decodeWitness(const Semantics& semantics, const Unfolding& unfolding,
                           const z3::model& model, const Witness& witness,
                           const PropertyQuery& query) {
  WitnessWalk walk(semantics, unfolding, model);
  DecodeResult result;
  for (const ModelStep& step : witness.steps) {
    if (!walk.take(step)) {
      result.failure = walk.failure();
      return result;
    }
  }
  if (query.kind == PropertyKind::Livelock) {
    std::size_t budget = kMaxSpinReplays;
    walk.finishSpins(query.kind, kMaxSpinSteps, budget);
  }
  walk.addFinalStateViolations();
  std::optional<DecodedCounterexample> found = walk.counterexampleFor(query);
  if (!found) {
    result.failure = "the " + std::to_string(witness.steps.size()) +
                     "-step schedule of the model does not show " + query.description;
    return result;
  }
  result.counterexample = std::move(found);
  return result;
}

}  // namespace initcheck::symbolic
