// Mock transition systems for the search tests: threads run fixed lists of operations on
// integer variables and locks. They have the interface of Semantics (model/semantics.hpp),
// so the search templates run over them while the real semantics is built elsewhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/semantics.hpp"
#include "runtime/bounds.hpp"

namespace initcheck::mock {

enum class OpKind {
  Step,    // nothing: independent of everything
  Set,     // var = value
  Choose,  // var = one of 0..count-1
  Lock,    // enabled when `lock` is free; takes it
  Unlock,  // frees `lock`
  Assert,  // var == value, else an assertion violation that ends the execution
  Report,  // var == value gives a race violation `key` that does not end the execution
  Cut,     // a bound (unroll) cuts the execution here
};

struct Op {
  OpKind kind = OpKind::Step;
  std::size_t index = 0;  // the variable or lock
  std::int64_t value = 0;
  std::uint32_t count = 0;
  std::string key;
};

Op step();
Op set(std::size_t var, std::int64_t value);
Op choose(std::size_t var, std::uint32_t count);
Op lock(std::size_t lock);
Op unlock(std::size_t lock);
Op assertEq(std::size_t var, std::int64_t value);
Op reportIf(std::size_t var, std::int64_t value, std::string key);
Op cut();

struct MockState {
  std::vector<std::uint32_t> pcs;
  std::vector<std::int64_t> vars;
  std::vector<int> lockOwners;  // -1: free

  std::size_t hash() const;
  bool operator==(const MockState&) const = default;
};

struct MockSuccessor {
  std::uint32_t choice = 0;
  MockState state;
  StepOutcome outcome;
};

using Program = std::vector<std::vector<Op>>;

class MockSystem {
 public:
  MockSystem(Program threads, std::size_t vars = 1, std::size_t locks = 0);

  MockSystem& preemptionBound(std::int64_t bound);
  MockSystem& finalCheck(std::size_t var, std::int64_t value);  // `final var == value`

  MockState initial() const;
  std::vector<ThreadId> enabledThreads(const MockState& state) const;
  bool allFinished(const MockState& state) const;
  std::uint32_t choiceCount(const MockState& state, ThreadId thread) const;
  std::vector<MockSuccessor> successors(const MockState& state, ThreadId thread) const;
  MockSuccessor replayStep(const MockState& state, ThreadId thread, std::uint32_t choice) const;
  MockSuccessor tracedStep(const MockState& state, ThreadId thread, std::uint32_t choice) const {
    return replayStep(state, thread, choice);
  }
  Violation deadlock(const MockState& state) const;
  std::vector<Violation> atEnd(const MockState& state) const;
  const Bounds& bounds() const { return bounds_; }

 private:
  const Op* nextOp(const MockState& state, ThreadId thread) const;
  bool enabled(const MockState& state, ThreadId thread) const;
  void apply(const Op& op, ThreadId thread, std::uint32_t choice, MockSuccessor& out) const;

  Program threads_;
  std::size_t vars_;
  std::size_t locks_;
  Bounds bounds_;
  std::optional<std::pair<std::size_t, std::int64_t>> final_;
};

// n threads of k independent steps each.
MockSystem independentSteps(std::size_t threads, std::size_t steps);

}  // namespace initcheck::mock
