// One sentence on why a counterexample violates its property, for people reviewing a design:
// for a race, which two accesses by which threads are not ordered by happens-before and what
// edge is missing; for init_before_use, the read and the write not ordered before it; for
// single_init and exactly_once, the calls of the init func in the trace, by which threads at
// which steps; for a deadlock, each blocked thread and what it waits for; otherwise the
// violation's message as a sentence. Names of variables and calls are in `backticks` (Markdown
// code spans, which read well as plain text too); lines and steps are those of the trace.
#pragma once

#include <string>

#include "check/check_result.hpp"
#include "report/execution_graph.hpp"

namespace initcheck {

// The violation's message without a leading `KIND:` (a heading names the kind already).
std::string violationMessageText(const Violation& violation);

std::string explainViolation(const ReportedViolation& reported, const ExecutionGraph& graph);

// For a race or init_before_use: why the two accesses are not ordered, where the fix goes
// ("b's `load ready = true (relaxed)` (step 4) sees ...: make b's load acquire."); empty when
// the trace does not show both accesses.
std::string whyUnordered(const ReportedViolation& reported, const ExecutionGraph& graph);

}  // namespace initcheck
