// The mock transition systems of the search tests (see mock_system.hpp).
#include "mock_system.hpp"

#include <functional>

namespace initcheck::mock {

Op step() {
  return Op{};
}
Op set(std::size_t var, std::int64_t value) {
  return Op{OpKind::Set, var, value, 0, ""};
}
Op choose(std::size_t var, std::uint32_t count) {
  return Op{OpKind::Choose, var, 0, count, ""};
}
Op lock(std::size_t lock) {
  return Op{OpKind::Lock, lock, 0, 0, ""};
}
Op unlock(std::size_t lock) {
  return Op{OpKind::Unlock, lock, 0, 0, ""};
}
Op assertEq(std::size_t var, std::int64_t value) {
  return Op{OpKind::Assert, var, value, 0, ""};
}
Op reportIf(std::size_t var, std::int64_t value, std::string key) {
  return Op{OpKind::Report, var, value, 0, std::move(key)};
}
Op cut() {
  return Op{OpKind::Cut, 0, 0, 0, ""};
}

namespace {

void mix(std::size_t& seed, std::size_t value) {
  seed ^= std::hash<std::size_t>{}(value) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

SourcePosition positionOf(ThreadId thread, std::uint32_t pc) {
  return SourcePosition{thread + 1, pc + 1};
}

Violation makeViolation(PropertyKind kind, std::string key, SourcePosition position, bool ends) {
  Violation violation;
  violation.kind = kind;
  violation.instanceKey = std::move(key);
  violation.message = std::string(propertyName(kind)) + " " + violation.instanceKey;
  violation.position = position;
  violation.endsExecution = ends;
  return violation;
}

}  // namespace

std::size_t MockState::hash() const {
  std::size_t seed = 0;
  for (auto pc : pcs)
    mix(seed, pc);
  for (auto var : vars)
    mix(seed, static_cast<std::size_t>(var));
  for (auto owner : lockOwners)
    mix(seed, static_cast<std::size_t>(owner));
  return seed;
}

MockSystem::MockSystem(Program threads, std::size_t vars, std::size_t locks)
    : threads_(std::move(threads)), vars_(vars), locks_(locks) {}

MockSystem& MockSystem::preemptionBound(std::int64_t bound) {
  bounds_.preemptions = bound;
  return *this;
}

MockSystem& MockSystem::finalCheck(std::size_t var, std::int64_t value) {
  final_ = std::make_pair(var, value);
  return *this;
}

MockState MockSystem::initial() const {
  return MockState{std::vector<std::uint32_t>(threads_.size(), 0),
                   std::vector<std::int64_t>(vars_, 0), std::vector<int>(locks_, -1)};
}

const Op* MockSystem::nextOp(const MockState& state, ThreadId thread) const {
  const auto& ops = threads_[thread];
  return state.pcs[thread] < ops.size() ? &ops[state.pcs[thread]] : nullptr;
}

bool MockSystem::enabled(const MockState& state, ThreadId thread) const {
  const Op* op = nextOp(state, thread);
  if (!op)
    return false;
  return op->kind != OpKind::Lock || state.lockOwners[op->index] < 0;
}

std::vector<ThreadId> MockSystem::enabledThreads(const MockState& state) const {
  std::vector<ThreadId> result;
  for (ThreadId t = 0; t < threads_.size(); ++t) {
    if (enabled(state, t))
      result.push_back(t);
  }
  return result;
}

bool MockSystem::allFinished(const MockState& state) const {
  for (ThreadId t = 0; t < threads_.size(); ++t) {
    if (nextOp(state, t))
      return false;
  }
  return true;
}

std::uint32_t MockSystem::choiceCount(const MockState& state, ThreadId thread) const {
  const Op* op = nextOp(state, thread);
  return op->kind == OpKind::Choose ? op->count : 1;
}

std::vector<MockSuccessor> MockSystem::successors(const MockState& state, ThreadId thread) const {
  std::uint32_t count = choiceCount(state, thread);
  std::vector<MockSuccessor> result;
  for (std::uint32_t choice = 0; choice < count; ++choice)
    result.push_back(replayStep(state, thread, choice));
  return result;
}

MockSuccessor MockSystem::replayStep(const MockState& state, ThreadId thread,
                                     std::uint32_t choice) const {
  MockSuccessor out{choice, state, {}};
  const Op& op = *nextOp(state, thread);
  std::uint32_t pc = state.pcs[thread];
  out.outcome.events.push_back(TraceEvent{thread,
                                          "t" + std::to_string(thread),
                                          positionOf(thread, pc),
                                          EventKind::Other,
                                          "op " + std::to_string(pc),
                                          "",
                                          MemoryEffect::None,
                                          {},
                                          {}});
  apply(op, thread, choice, out);
  ++out.state.pcs[thread];
  return out;
}

void MockSystem::apply(const Op& op, ThreadId thread, std::uint32_t choice,
                       MockSuccessor& out) const {
  MockState& s = out.state;
  SourcePosition where = positionOf(thread, s.pcs[thread]);
  switch (op.kind) {
    case OpKind::Step:
      break;
    case OpKind::Set:
      s.vars[op.index] = op.value;
      break;
    case OpKind::Choose:
      s.vars[op.index] = choice;
      break;
    case OpKind::Lock:
      s.lockOwners[op.index] = static_cast<int>(thread);
      break;
    case OpKind::Unlock:
      s.lockOwners[op.index] = -1;
      break;
    case OpKind::Assert:
      if (s.vars[op.index] != op.value) {
        std::string key = std::to_string(where.line) + ":" + std::to_string(where.column);
        out.outcome.violations.push_back(makeViolation(PropertyKind::Assertion, key, where, true));
        out.outcome.executionEnded = true;
      }
      break;
    case OpKind::Report:
      if (s.vars[op.index] == op.value)
        out.outcome.violations.push_back(makeViolation(PropertyKind::Race, op.key, where, false));
      break;
    case OpKind::Cut:
      out.outcome.cut = BoundKind::Unroll;
      break;
  }
}

Violation MockSystem::deadlock(const MockState& state) const {
  Violation violation = makeViolation(PropertyKind::Deadlock, "deadlock", {}, true);
  for (ThreadId t = 0; t < threads_.size(); ++t) {
    if (nextOp(state, t))
      violation.related.push_back({positionOf(t, state.pcs[t]), "t" + std::to_string(t)});
  }
  return violation;
}

std::vector<Violation> MockSystem::atEnd(const MockState& state) const {
  if (!final_ || state.vars[final_->first] == final_->second)
    return {};
  return {makeViolation(PropertyKind::Final, "final", {}, true)};
}

MockSystem independentSteps(std::size_t threads, std::size_t steps) {
  return MockSystem(Program(threads, std::vector<Op>(steps, step())));
}

}  // namespace initcheck::mock
