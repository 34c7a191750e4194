// Enumerating a step's RC11 decisions by trying them (see step_decisions.hpp): run the step with
// a prefix of decisions (0 for the rest), note how many options each decision had, and advance
// the last decision that has another option, like an odometer whose digits have the ranges the
// earlier digits give them.
#include "model/step_decisions.hpp"

#include "model/enabledness.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

bool needsTrials(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                 ThreadId t) {
  MemoryMode mode = memoryModeOf(bounds.memoryModel, program.atomicsUsed);
  const ThreadState& thread = state.threads[t];
  if (mode == MemoryMode::Sc || thread.finished || state.halted)
    return false;
  const Instr& instr = poisedAt(program, thread);
  if (instr.op == Op::AwaitBegin)
    return true;
  bool psc = mode == MemoryMode::Rc11 &&
             (program.atomicsUsed.seqCstAccesses || program.atomicsUsed.seqCstFences);
  if (!psc)
    return false;
  switch (instr.op) {
    case Op::LoadGlobal:
    case Op::StoreGlobal:
    case Op::LoadShared:
    case Op::StoreShared:
    case Op::Atomic:
      return true;
    default:
      return false;
  }
}

}  // namespace

void forEachDecisionLeaf(const CompiledProgram& program, const Bounds& bounds,
                         const StateData& state, ThreadId t,
                         const std::function<void(const DecisionLeaf&)>& visit) {
  Decisions prefix;
  while (true) {
    StateData copy = state;
    StepOutcome outcome;
    Executor trial(program, bounds, copy, outcome);
    trial.prescribe(prefix);
    trial.step(t, 0);
    const std::vector<std::uint32_t>& counts = trial.decisionCounts();
    Decisions taken(counts.size(), 0);
    for (std::size_t i = 0; i < counts.size() && i < prefix.size(); ++i)
      taken[i] = prefix[i];
    visit(DecisionLeaf{taken, trial, outcome, copy});
    std::size_t digit = counts.size();
    while (digit > 0 && taken[digit - 1] + 1 >= counts[digit - 1])
      --digit;
    if (digit == 0)
      return;
    prefix.assign(taken.begin(), taken.begin() + static_cast<long>(digit - 1));
    prefix.push_back(taken[digit - 1] + 1);
  }
}

std::optional<std::vector<Decisions>> stepDecisions(const CompiledProgram& program,
                                                    const Bounds& bounds, const StateData& state,
                                                    ThreadId t) {
  if (!needsTrials(program, bounds, state, t))
    return std::nullopt;
  std::vector<Decisions> found;
  forEachDecisionLeaf(program, bounds, state, t, [&](const DecisionLeaf& leaf) {
    if (!leaf.trial.rejected() && !leaf.trial.awaitFailed())
      found.push_back(leaf.decisions);
  });
  return found;
}

}  // namespace initcheck
