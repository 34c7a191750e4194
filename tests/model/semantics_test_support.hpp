// Helpers for the executable semantics' tests: compile spec text, drive threads step by step
// on fixed schedules, and a tiny exhaustive DFS (all schedules, all choices) that collects the
// violated property kinds. The real explorer lives in src/explore; this one is the tests' own.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/semantics.hpp"
#include "runtime/state_data.hpp"
#include "sema/semantic_check.hpp"

namespace initcheck::testing {

struct Loaded {
  ast::File file;
  SemanticResult semantic;
  std::unique_ptr<Semantics> semantics;
};

// Parses and checks `text` (errors fail the calling test) and compiles it.
std::unique_ptr<Loaded> load(const std::string& text, Bounds bounds = {});

// Runs one thread step by step (choice 0) until it finishes, blocks or the execution ends;
// returns every outcome's events and violations merged.
struct RunResult {
  State state;
  StepOutcome outcome;
  std::size_t steps = 0;
};
RunResult runThread(const Semantics& semantics, State state, ThreadId thread);
// Takes the given steps in order (thread ids; choice 0).
RunResult runSchedule(const Semantics& semantics, const std::vector<ThreadId>& schedule);

// The value of a global (by name) in a state, as an int / bool; "unwritten" if never written.
std::string globalText(const Semantics& semantics, const State& state, const std::string& name);
std::vector<std::string> actions(const StepOutcome& outcome);
std::set<PropertyKind> kindsOf(const StepOutcome& outcome);

struct DfsResult {
  std::set<PropertyKind> kinds;
  std::set<std::string> instances;  // "kind key"
  std::set<BoundKind> cuts;
  std::size_t executions = 0;
  std::size_t states = 0;
};
DfsResult exploreAll(const Semantics& semantics, std::size_t stateLimit = 2000000);

std::set<PropertyKind> expectedKinds(const SpecDirectives& directives);
std::string kindNames(const std::set<PropertyKind>& kinds);

}  // namespace initcheck::testing
