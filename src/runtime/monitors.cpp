// Executor: the property monitors that act during a step: assertion, runtime errors, bound
// cuts, init func calls (single_init and exactly_once's "at most once"), and happens_before
// between labelled statements.
#include "runtime/executor.hpp"

#include <map>
#include <string>

namespace initcheck {

void Executor::report(Violation violation) {
  if (violation.endsExecution) {
    showFailure(violation);
    outcome_.executionEnded = true;
    stopped_ = true;
    state_.halted = true;
  }
  outcome_.violations.push_back(std::move(violation));
}

// The failing operation shows in the trace even when it made no event of its own (a read of
// a global never written, an index out of range, an overflow): the trace ends where it fails.
void Executor::showFailure(const Violation& violation) {
  const auto& events = outcome_.events;
  bool shown = !events.empty() && events.back().thread == acting_ &&
               events.back().position == violation.position;
  if (!shown)
    event(acting_, violation.position, EventKind::Other, violation.message);
}

void Executor::cut(BoundKind kind) {
  outcome_.cut = kind;
  stopped_ = true;
  state_.halted = true;
}

void Executor::runtimeError(const Instr& instr, const std::string& kind,
                            const std::string& detail) {
  Violation violation;
  violation.kind = PropertyKind::RuntimeError;
  violation.instanceKey = instr.position.text() + " " + kind;
  violation.message = "runtime error: " + detail;
  violation.position = instr.position;
  violation.endsExecution = true;
  report(std::move(violation));
}

void Executor::execAssert(ThreadId t, const Instr& instr) {
  Value condition = pop(t);
  if (!expectTag(condition, ValueTag::Bool, instr) || condition.truthy())
    return;
  Violation violation;
  violation.kind = PropertyKind::Assertion;
  violation.instanceKey = instr.position.text();
  violation.message = "assertion failed in " + state_.threads[t].name;
  if (instr.a >= 0)
    violation.message += ": " + program_.atomText(instr.a);
  violation.position = instr.position;
  violation.endsExecution = true;
  event(t, instr.position, EventKind::Assert, "assert: false");
  report(std::move(violation));
}

void Executor::recordInitCall(ThreadId t, const CompiledBody& body, const std::vector<Value>& args,
                              const Instr& instr) {
  std::string tuple = "(";
  for (std::size_t i = 0; i < args.size(); ++i)
    tuple += (i == 0 ? "" : ", ") + show(args[i]);
  tuple += ")";
  std::int64_t count = ++state_.callCounts[body.name + tuple];
  std::int64_t total = ++state_.callCounts[body.name];
  std::string text = "call " + body.name + tuple + " (" + ordinal(count) + " call";
  text += args.empty() ? ")" : " with these arguments)";
  event(t, instr.position, EventKind::InitCall, text, body.name);
  checkInitCall(t, body, tuple, count, total, instr);
}

namespace {

// "f(2) is called a second time" when f(2) was called before; when only f's calls are counted
// and the first had other arguments, both calls: "f is called a second time: f(2) after f(1)".
std::string secondCallText(const std::string& name, const std::string& tuple, std::int64_t count,
                           const std::map<std::string, std::int64_t>& callCounts) {
  if (count >= 2)
    return name + tuple + " is called a second time";
  std::string first;
  for (auto it = callCounts.lower_bound(name + "(");
       it != callCounts.end() && it->first.rfind(name + "(", 0) == 0; ++it) {
    if (it->first != name + tuple && it->second > 0)
      first = it->first;
  }
  if (first.empty())
    return name + tuple + " is called a second time";
  return name + " is called a second time: " + name + tuple + " after " + first;
}

}  // namespace

void Executor::checkInitCall(ThreadId t, const CompiledBody& body, const std::string& tuple,
                             std::int64_t count, std::int64_t total, const Instr& instr) {
  for (const PropertyCheck& check : program_.checks) {
    if (check.target != body.symbol)
      continue;
    bool second = false;
    std::string key = check.position.text();
    if (check.kind == PropertyKind::SingleInit) {
      second = count == 2;
      key += " " + tuple;
    } else if (check.kind == PropertyKind::ExactlyOnce && !check.arguments) {
      second = total == 2;
    } else if (check.kind == PropertyKind::ExactlyOnce) {
      std::string wanted = "(";
      for (std::size_t i = 0; i < check.arguments->size(); ++i)
        wanted += (i == 0 ? "" : ", ") + formatLiteral((*check.arguments)[i]);
      second = wanted + ")" == tuple && count == 2;
    }
    if (!second)
      continue;
    Violation violation;
    violation.kind = check.kind;
    violation.instanceKey = key;
    violation.message = secondCallText(body.name, tuple, count, state_.callCounts) + ", by " +
                        state_.threads[t].name;
    violation.position = instr.position;
    violation.related.push_back({check.position, "the check"});
    report(std::move(violation));
  }
}

void Executor::execLabel(ThreadId t, const Instr& instr) {
  auto label = static_cast<SymbolId>(instr.a);
  for (const PropertyCheck& check : program_.checks) {
    if (check.kind != PropertyKind::HappensBefore)
      continue;
    if (check.before == label) {
      auto& epochs = state_.labelEpochs[label];
      if (epochs.size() <= t)
        epochs.resize(t + 1);
      if (epochs[t].counter == 0)
        epochs[t] = Epoch{state_.threads[t].clock.get(t)};
    }
    if (check.after == label) {
      auto& pending = state_.threads[t].pendingLabels;
      std::pair<SymbolId, SourcePosition> entry{label, instr.position};
      if (pending.empty() || pending.back() != entry)
        pending.push_back(entry);
    }
  }
}

void Executor::resolveLabels(ThreadId t) {
  auto pending = std::move(state_.threads[t].pendingLabels);
  state_.threads[t].pendingLabels.clear();
  const VectorClock& clock = state_.threads[t].clock;
  for (const auto& [label, position] : pending) {
    for (const PropertyCheck& check : program_.checks) {
      if (check.kind != PropertyKind::HappensBefore || check.after != label)
        continue;
      bool ordered = false;
      auto it = state_.labelEpochs.find(check.before);
      if (it != state_.labelEpochs.end()) {
        for (ThreadId u = 0; u < it->second.size(); ++u)
          ordered = ordered || it->second[u].happensBefore(u, clock);
      }
      if (ordered)
        continue;
      Violation violation;
      violation.kind = PropertyKind::HappensBefore;
      violation.instanceKey = check.position.text() + " " + position.text();
      violation.message = "@" + program_.targetNames.at(check.after) + " at " + position.text() +
                          " runs in " + state_.threads[t].name + " with no @" +
                          program_.targetNames.at(check.before) + " happening before it";
      violation.position = position;
      violation.related.push_back({check.position, "the check"});
      report(std::move(violation));
    }
  }
}

}  // namespace initcheck
