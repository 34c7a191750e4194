// The witness walked through the explicit semantics (see schedule_decoder.hpp).
#include "symbolic/schedule_decoder.hpp"

#include <algorithm>
#include <map>

namespace initcheck::symbolic {

namespace {

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
    std::optional<std::uint32_t> choice = choiceFor(node, step, thread->second);
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
    Successor next = semantics_.replayStep(state_, thread->second, *choice);
    if (node.kind == NodeKind::Go && semantics_.threadCount(next.state) > before)
      threadOf_[node.spawned] = static_cast<ThreadId>(before);
    schedule_.push_back(DecodedStep{thread->second, *choice});
    for (const Violation& violation : next.outcome.violations)
      seen_.push_back({violation, schedule_.size()});
    state_ = std::move(next.state);
    return true;
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
    for (const Seen& seen : seen_) {
      if (seen.violation.kind != query.kind)
        continue;
      if (mentions(seen.violation, query.position))
        return cutAfter(seen);
      if (sameKind == nullptr)
        sameKind = &seen;
    }
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

  bool fail(std::string why) {
    failure_ = std::move(why);
    return false;
  }

  std::optional<std::uint32_t> choiceFor(const Node& node, const ModelStep& step, ThreadId thread) {
    if (node.kind == NodeKind::Choose)
      return chooseIndex(node, step);
    if (node.kind == NodeKind::Send && step.partner)
      return partnerIndex(node, thread, *step.partner);
    return 0;
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
