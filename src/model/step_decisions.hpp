// The successors of a step under RC11 (LANGUAGE.md section 4a) that only running it tells:
// an `await` whose condition reads shared memory (each combination of writes its reads may
// return that makes it true is one successor), and, in a program where psc applies, an access
// some of whose choices close a psc cycle (those are no successors). Each successor is a
// vector of decisions (runtime/executor.hpp, Executor::prescribe), in the order found by
// trying them all: option 0 first at every decision, so successor 0 is the sc model's.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "compile/program.hpp"
#include "runtime/bounds.hpp"
#include "runtime/state_data.hpp"
#include "runtime/step_outcome.hpp"

namespace initcheck {

class Executor;
using Decisions = std::vector<std::uint32_t>;

// One way a step can go: the trial that ran it with `decisions`.
struct DecisionLeaf {
  const Decisions& decisions;
  const Executor& trial;
  const StepOutcome& outcome;
  const StateData& after;
};

// Runs the step once per combination of decisions (every leaf of the odometer, whether or not
// RC11 accepts it or the await holds), in order.
void forEachDecisionLeaf(const CompiledProgram& program, const Bounds& bounds,
                         const StateData& state, ThreadId t,
                         const std::function<void(const DecisionLeaf&)>& visit);

// None: the step's successors are counted without running it (its `choice` is its only
// decision). Otherwise every successor's decisions, possibly none (a blocked await).
std::optional<std::vector<Decisions>> stepDecisions(const CompiledProgram& program,
                                                    const Bounds& bounds, const StateData& state,
                                                    ThreadId t);

}  // namespace initcheck
