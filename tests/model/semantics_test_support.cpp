// Helpers for the executable semantics' tests (see semantics_test_support.hpp).
#include "semantics_test_support.hpp"

#include <gtest/gtest.h>

#include <unordered_set>

#include "parser/parse.hpp"
#include "support/source_file.hpp"

namespace initcheck::testing {

std::unique_ptr<Loaded> load(const std::string& text, Bounds bounds) {
  auto loaded = std::make_unique<Loaded>();
  SourceFile source("test.ic", text);
  ParseResult parsed = parseSource(source);
  EXPECT_TRUE(parsed.ok()) << "syntax error in test spec";
  loaded->file = std::move(parsed.file);
  loaded->semantic = checkSemantics(loaded->file);
  EXPECT_TRUE(loaded->semantic.ok()) << "semantic error in test spec";
  const SpecOptions& options = loaded->semantic.directives.options;
  bounds.unroll = options.unroll.value_or(bounds.unroll);
  bounds.threads = options.threads.value_or(bounds.threads);
  bounds.depth = options.depth.value_or(bounds.depth);
  loaded->semantics = std::make_unique<Semantics>(loaded->file, loaded->semantic.symbols,
                                                  loaded->semantic.directives, bounds);
  return loaded;
}

namespace {

void merge(StepOutcome& into, const StepOutcome& from) {
  into.events.insert(into.events.end(), from.events.begin(), from.events.end());
  into.violations.insert(into.violations.end(), from.violations.begin(), from.violations.end());
  into.executionEnded = into.executionEnded || from.executionEnded;
  into.discarded = into.discarded || from.discarded;
  if (from.cut)
    into.cut = from.cut;
}

bool enabled(const Semantics& semantics, const State& state, ThreadId thread) {
  for (ThreadId t : semantics.enabledThreads(state)) {
    if (t == thread)
      return true;
  }
  return false;
}

}  // namespace

RunResult runThread(const Semantics& semantics, State state, ThreadId thread) {
  RunResult run{std::move(state), semantics.initialOutcome(), 0};
  while (!run.outcome.executionEnded && !run.outcome.cut && enabled(semantics, run.state, thread)) {
    Successor next = semantics.tracedStep(run.state, thread, 0);  // with every event's text
    merge(run.outcome, next.outcome);
    run.state = next.state;
    ++run.steps;
  }
  return run;
}

RunResult runSchedule(const Semantics& semantics, const std::vector<ThreadId>& schedule) {
  RunResult run{semantics.initial(), semantics.initialOutcome(), 0};
  for (ThreadId thread : schedule) {
    EXPECT_TRUE(enabled(semantics, run.state, thread)) << "thread " << thread << " not enabled";
    Successor next = semantics.tracedStep(run.state, thread, 0);  // with every event's text
    merge(run.outcome, next.outcome);
    run.state = next.state;
    ++run.steps;
  }
  return run;
}

std::string globalText(const Semantics&, const State& state, const std::string& name) {
  for (const Location& location : state.data().locations) {
    if (location.name != name)
      continue;
    if (!location.written)
      return "unwritten";
    const Value& value = location.value;
    if (value.is(ValueTag::Bool))
      return value.number ? "true" : "false";
    if (value.is(ValueTag::List))
      return "list of " + std::to_string(value.list->size());
    return std::to_string(value.number);
  }
  return "no such global";
}

std::vector<std::string> actions(const StepOutcome& outcome) {
  std::vector<std::string> result;
  for (const TraceEvent& event : outcome.events)
    result.push_back(event.threadName + ": " + event.action);
  return result;
}

std::set<PropertyKind> kindsOf(const StepOutcome& outcome) {
  std::set<PropertyKind> kinds;
  for (const Violation& violation : outcome.violations)
    kinds.insert(violation.kind);
  return kinds;
}

namespace {

struct Dfs {
  const Semantics& semantics;
  std::size_t limit;
  DfsResult result;
  std::unordered_set<State, StateHash> seen;

  void note(const Violation& violation) {
    result.kinds.insert(violation.kind);
    result.instances.insert(std::string(propertyName(violation.kind)) + " " +
                            violation.instanceKey);
  }

  void visit(const State& state) {
    if (!seen.insert(state).second || seen.size() > limit)
      return;
    std::vector<ThreadId> enabled = semantics.enabledThreads(state);
    if (enabled.empty()) {
      ++result.executions;
      if (semantics.allFinished(state)) {
        for (const Violation& violation : semantics.atEnd(state))
          note(violation);
      } else {
        note(semantics.deadlock(state));
      }
      return;
    }
    for (ThreadId thread : enabled) {
      for (const Successor& next : semantics.successors(state, thread)) {
        for (const Violation& violation : next.outcome.violations)
          note(violation);
        if (next.outcome.cut)
          result.cuts.insert(*next.outcome.cut);
        if (next.outcome.executionEnded || next.outcome.cut)
          ++result.executions;
        else
          visit(next.state);
      }
    }
  }
};

}  // namespace

DfsResult exploreAll(const Semantics& semantics, std::size_t stateLimit) {
  Dfs dfs{semantics, stateLimit, {}, {}};
  for (const Violation& violation : semantics.initialOutcome().violations)
    dfs.note(violation);
  const StepOutcome& start = semantics.initialOutcome();
  if (start.cut)
    dfs.result.cuts.insert(*start.cut);
  if (!start.executionEnded && !start.cut)
    dfs.visit(semantics.initial());
  dfs.result.states = dfs.seen.size();
  return dfs.result;
}

std::set<PropertyKind> expectedKinds(const SpecDirectives& directives) {
  const auto& kinds = directives.expectations.kinds;
  return {kinds.begin(), kinds.end()};
}

std::string kindNames(const std::set<PropertyKind>& kinds) {
  std::string text;
  for (PropertyKind kind : kinds)
    text += (text.empty() ? "" : " ") + std::string(propertyName(kind));
  return text.empty() ? "ok" : text;
}

}  // namespace initcheck::testing
