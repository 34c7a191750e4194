// What one step of a thread did (runtime/executor.hpp runs it): the trace events, the
// violations found, whether the execution ended or a bound cut it, and the step's footprint.
#pragma once

#include <optional>
#include <vector>

#include "runtime/bounds.hpp"
#include "runtime/footprint.hpp"
#include "runtime/trace_event.hpp"
#include "runtime/violation.hpp"

namespace initcheck {

// What one step did.
struct StepOutcome {
  std::vector<TraceEvent> events;     // in order, for the counterexample
  std::vector<Violation> violations;  // found during this step
  bool executionEnded = false;        // an assertion, runtime error, or read with no write
  // `assume` was false (or `choose` had no value): the execution is dropped silently; no
  // violation, not a cut. executionEnded is set too.
  bool discarded = false;
  std::optional<BoundKind> cut;  // a bound cut the execution here (it ends)
  // A bound narrowed this step's choices and the execution goes on (BoundKind::Choose).
  std::optional<BoundKind> narrowed;
  // What the step touched (runtime/footprint.hpp): its point's accesses, plus the exit of the
  // thread when it finished and Halt when the execution ended here.
  Footprint footprint;
  // An unbuffered send completes its receiver in the same step: the receiver's thread.
  std::optional<ThreadId> partner;
};

}  // namespace initcheck
