// The one-sentence explanation of a violation (see violation_explanation.hpp). Each kind reads
// the events it needs off the trace; when they cannot be found (an engine that left them out),
// the sentence falls back to the violation's message.
#include "report/violation_explanation.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace initcheck {

namespace {

using Trace = std::vector<TraceEvent>;

std::string step(std::size_t index) {
  return "step " + std::to_string(index + 1);
}

std::string lineAndStep(const Trace& trace, std::size_t index) {
  return "line " + std::to_string(trace[index].position.line) + ", " + step(index);
}

std::string accessName(const TraceEvent& event) {
  switch (event.memory) {
    case MemoryEffect::Read:
      return "read";
    case MemoryEffect::Write:
      return "write";
    default:
      return "update";
  }
}

// The variable a race or init_before_use is about: the instance key starts with `NAME@`.
std::string variableOf(const Violation& violation) {
  return violation.instanceKey.substr(0, violation.instanceKey.find('@'));
}

// The latest access to `variable` before `end` at `position`, not by thread `other`.
std::optional<std::size_t> accessAt(const Trace& trace, std::size_t end, SourcePosition position,
                                    const std::string& variable,
                                    std::optional<ThreadId> other = std::nullopt) {
  for (std::size_t i = end; i-- > 0;) {
    const TraceEvent& event = trace[i];
    if (event.position == position && event.object == variable &&
        event.memory != MemoryEffect::None && (!other || event.thread != *other))
      return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> lastEventAt(const Trace& trace, SourcePosition position) {
  for (std::size_t i = trace.size(); i-- > 0;) {
    if (trace[i].position == position)
      return i;
  }
  return std::nullopt;
}

bool releases(const TraceEvent& event) {
  switch (event.kind) {
    case EventKind::Unlock:
    case EventKind::OnceFinish:
    case EventKind::Send:
    case EventKind::Close:
    case EventKind::WaitGroupAdd:
    case EventKind::Spawn:
    case EventKind::ThreadEnd:
      return true;
    case EventKind::AtomicOp:
      return event.memory != MemoryEffect::Read;
    default:
      return false;
  }
}

bool isRelaxed(const TraceEvent& event) {
  return event.action.find("(relaxed)") != std::string::npos;
}

bool isAtomic(const TraceEvent& event) {
  return event.kind == EventKind::AtomicOp;
}

std::string quoted(const Trace& trace, std::size_t index) {
  return "`" + trace[index].action + "` (" + step(index) + ")";
}

// The reader's latest step before `to` that reads what `first`'s thread wrote, and that write:
// the flag the reader looked at.
struct FlagRead {
  std::size_t read;
  std::size_t write;
};

std::optional<FlagRead> flagReadBefore(const Trace& trace, const ExecutionGraph& graph,
                                       std::size_t from, std::size_t to) {
  for (std::size_t i = to; i-- > 0;) {
    if (trace[i].thread != trace[to].thread)
      continue;
    for (std::size_t source : graph.sources(i, EdgeKind::ReadsFrom)) {
      if (source != from && trace[source].thread == trace[from].thread)
        return FlagRead{i, source};
    }
  }
  return std::nullopt;
}

// The reader saw a write made after the first access, yet nothing orders them: the read (or
// the write) is where the fix goes.
std::string unorderedFlag(const Trace& trace, FlagRead flag, std::size_t from, std::size_t to) {
  const TraceEvent& first = trace[from];
  const TraceEvent& second = trace[to];
  const TraceEvent& read = trace[flag.read];
  const TraceEvent& write = trace[flag.write];
  std::string saw = second.threadName + "'s " + quoted(trace, flag.read) + " sees " +
                    first.threadName + "'s " + quoted(trace, flag.write) + ", made after the " +
                    accessName(first) + ", ";
  if (!isAtomic(read) && !isAtomic(write))
    return saw + "but plain accesses order nothing: make `" + read.object +
           "` atomic, stored with release and loaded with acquire";
  if (isRelaxed(read) && isRelaxed(write))
    return saw + "but both are relaxed and order nothing: make the store release and " +
           second.threadName + "'s load acquire";
  if (isRelaxed(read))
    return saw + "but the load is relaxed and acquires nothing: make " + second.threadName +
           "'s load acquire";
  return saw + "but the store is relaxed and releases nothing: make " + first.threadName +
         "'s store release";
}

// The reader acquired from a step of the writer that came before the first access: the
// publication happens too early.
std::optional<std::string> earlyPublication(const Trace& trace, const ExecutionGraph& graph,
                                            std::size_t from, std::size_t to) {
  for (std::size_t i = to; i-- > 0;) {
    if (trace[i].thread != trace[to].thread)
      continue;
    for (std::size_t source : graph.sources(i, EdgeKind::SynchronizesWith)) {
      if (source < from && trace[source].thread == trace[from].thread)
        return trace[to].threadName + "'s " + quoted(trace, i) + " acquires from " +
               trace[from].threadName + "'s " + quoted(trace, source) +
               ", which comes before the " + accessName(trace[from]) + ": publish after it";
    }
  }
  return std::nullopt;
}

// Why no happens-before edge leads from event `from` to the later event `to` of another thread.
std::string missingEdge(const Trace& trace, const ExecutionGraph& graph, std::size_t from,
                        std::size_t to) {
  const TraceEvent& first = trace[from];
  const TraceEvent& second = trace[to];
  std::optional<FlagRead> flag = flagReadBefore(trace, graph, from, to);
  if (flag && flag->write > from && graph.sources(flag->read, EdgeKind::SynchronizesWith).empty())
    return unorderedFlag(trace, *flag, from, to);
  if (std::optional<std::string> early = earlyPublication(trace, graph, from, to))
    return *early;
  for (std::size_t i = from + 1; i < to; ++i) {
    if (trace[i].thread != first.thread || !releases(trace[i]))
      continue;
    if (trace[i].kind == EventKind::ThreadEnd)
      return first.threadName + " ends after the " + accessName(first) + " (" + step(i) +
             "), but " + second.threadName + " does not join it before its " + accessName(second);
    return first.threadName + "'s next synchronizing step after the " + accessName(first) + " is " +
           step(i) + " (`" + trace[i].action + "`), but nothing " + second.threadName +
           " does before its " + accessName(second) + " acquires from it";
  }
  return first.threadName + " releases nothing after the " + accessName(first) + ", so " +
         second.threadName + " has nothing to acquire before its " + accessName(second);
}

std::string fromMessage(const Violation& violation) {
  std::string text = violationMessageText(violation);
  if (!text.empty())
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  if (violation.position.isKnown() && text.find(violation.position.text()) == std::string::npos)
    text += " (line " + std::to_string(violation.position.line) + ")";
  return text + ".";
}

// The two accesses of a race, first and second in the trace.
struct AccessPair {
  std::size_t first;
  std::size_t second;
};

std::optional<AccessPair> raceAccesses(const ReportedViolation& reported,
                                       const ExecutionGraph& graph) {
  const Violation& violation = reported.violation;
  const Trace& trace = reported.trace;
  std::string variable = variableOf(violation);
  auto second = accessAt(trace, trace.size(), violation.position, variable);
  if (!second || violation.related.empty() || !graph.violating)
    return std::nullopt;
  auto first =
      accessAt(trace, *second, violation.related.front().position, variable, trace[*second].thread);
  if (!first)
    return std::nullopt;
  return AccessPair{*first, *second};
}

// init_before_use's read (second), and the write not ordered before it (first) if there is one.
std::optional<std::size_t> initReadOf(const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  auto read =
      accessAt(reported.trace, reported.trace.size(), violation.position, variableOf(violation));
  if (!read && violation.related.empty())
    read = lastEventAt(reported.trace, violation.position);  // the read stopped the execution
  return read;
}

std::optional<std::size_t> initWriteBefore(const ReportedViolation& reported, std::size_t read) {
  const Violation& violation = reported.violation;
  if (violation.related.empty())
    return std::nullopt;
  return accessAt(reported.trace, read, violation.related.front().position, variableOf(violation),
                  reported.trace[read].thread);
}

std::string explainRace(const ReportedViolation& reported, const ExecutionGraph& graph) {
  const Trace& trace = reported.trace;
  std::optional<AccessPair> pair = raceAccesses(reported, graph);
  if (!pair)
    return fromMessage(reported.violation);
  const TraceEvent& a = trace[pair->first];
  const TraceEvent& b = trace[pair->second];
  return "No happens-before edge orders " + a.threadName + "'s " + accessName(a) + " of `" +
         variableOf(reported.violation) + "` (" + lineAndStep(trace, pair->first) + ") before " +
         b.threadName + "'s " + accessName(b) + " (" + lineAndStep(trace, pair->second) +
         "): " + missingEdge(trace, graph, pair->first, pair->second) + ".";
}

std::string explainInitBeforeUse(const ReportedViolation& reported, const ExecutionGraph& graph) {
  const Violation& violation = reported.violation;
  const Trace& trace = reported.trace;
  std::optional<std::size_t> read = initReadOf(reported);
  if (!read)
    return fromMessage(violation);
  const TraceEvent& reader = trace[*read];
  std::string readText = reader.threadName + " reads `" + variableOf(violation) + "` (" +
                         lineAndStep(trace, *read) + ")";
  if (violation.related.empty())
    return readText + " before any thread writes it.";
  std::optional<std::size_t> write = initWriteBefore(reported, *read);
  if (!write)
    return fromMessage(violation);
  const TraceEvent& writer = trace[*write];
  return readText + ", but " + writer.threadName + "'s write of it (" + lineAndStep(trace, *write) +
         ") does not happen before the read: " + missingEdge(trace, graph, *write, *read) + ".";
}

// "initConfig(\"c\")" from "call initConfig(\"c\") (2nd call with these arguments)".
std::string callOf(const TraceEvent& event) {
  std::string call = event.action.rfind("call ", 0) == 0 ? event.action.substr(5) : event.action;
  return call.substr(0, call.rfind(" ("));
}

// The calls that count: all calls of the function up to the violating one, or if the property
// counts per argument tuple (more than two calls by then), those with the same arguments.
std::vector<std::size_t> countedCalls(const Trace& trace, std::size_t violating) {
  std::vector<std::size_t> all;
  std::vector<std::size_t> same;
  for (std::size_t i = 0; i <= violating; ++i) {
    if (trace[i].kind != EventKind::InitCall || trace[i].object != trace[violating].object)
      continue;
    all.push_back(i);
    if (callOf(trace[i]) == callOf(trace[violating]))
      same.push_back(i);
  }
  return all.size() == 2 ? all : same;
}

std::string explainCalls(const ReportedViolation& reported, const ExecutionGraph& graph) {
  const Trace& trace = reported.trace;
  const Violation& violation = reported.violation;
  if (!graph.violating || trace[*graph.violating].kind != EventKind::InitCall)
    return fromMessage(violation);
  std::vector<std::size_t> calls = countedCalls(trace, *graph.violating);
  bool sameArguments = std::all_of(calls.begin(), calls.end(), [&](std::size_t call) {
    return callOf(trace[call]) == callOf(trace[calls.front()]);
  });
  std::string times = calls.size() == 2 ? "twice" : std::to_string(calls.size()) + " times";
  std::string callee = sameArguments ? callOf(trace[calls.front()]) : trace[calls.front()].object;
  std::string text = "`" + callee + "` is called " + times + ":";
  for (std::size_t i = 0; i < calls.size(); ++i) {
    text += i == 0 ? " " : i + 1 == calls.size() ? " and " : ", ";
    if (!sameArguments)
      text += "`" + callOf(trace[calls[i]]) + "` ";
    text += "by " + trace[calls[i]].threadName + " (" + lineAndStep(trace, calls[i]) + ")";
  }
  bool perTuple = violation.kind == PropertyKind::SingleInit;
  return text + ", but " + std::string(propertyName(violation.kind)) + " allows only one call" +
         (perTuple ? " per argument tuple." : ".");
}

std::string explainDeadlock(const Violation& violation) {
  if (violation.related.empty())
    return fromMessage(violation);
  std::string text = "No thread can move:";
  for (std::size_t i = 0; i < violation.related.size(); ++i) {
    const RelatedPlace& place = violation.related[i];
    text += std::string(i == 0 ? " " : "; ") + place.description + " (line " +
            std::to_string(place.position.line) + ")";
  }
  return text + ".";
}

}  // namespace

std::string violationMessageText(const Violation& violation) {
  std::string prefix = std::string(propertyName(violation.kind)) + ":";
  const std::string& message = violation.message;
  if (message.rfind(prefix, 0) != 0)
    return message;
  return message.substr(std::min(message.size(), message.find_first_not_of(' ', prefix.size())));
}

std::string whyUnordered(const ReportedViolation& reported, const ExecutionGraph& graph) {
  std::optional<AccessPair> pair;
  if (reported.violation.kind == PropertyKind::Race) {
    pair = raceAccesses(reported, graph);
  } else if (reported.violation.kind == PropertyKind::InitBeforeUse) {
    std::optional<std::size_t> read = initReadOf(reported);
    std::optional<std::size_t> write = read ? initWriteBefore(reported, *read) : std::nullopt;
    if (write)
      pair = AccessPair{*write, *read};
  }
  if (!pair)
    return "";
  return missingEdge(reported.trace, graph, pair->first, pair->second) + ".";
}

std::string explainViolation(const ReportedViolation& reported, const ExecutionGraph& graph) {
  switch (reported.violation.kind) {
    case PropertyKind::Race:
      return explainRace(reported, graph);
    case PropertyKind::InitBeforeUse:
      return explainInitBeforeUse(reported, graph);
    case PropertyKind::SingleInit:
    case PropertyKind::ExactlyOnce:
      return explainCalls(reported, graph);
    case PropertyKind::Deadlock:
      return explainDeadlock(reported.violation);
    default:
      return fromMessage(reported.violation);
  }
}

}  // namespace initcheck
