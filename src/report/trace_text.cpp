// Text for one violation and its trace (see trace_text.hpp). Columns are padded to the
// widest thread name and place of the trace, so the actions line up.
#include "report/trace_text.hpp"

#include <algorithm>
#include <iomanip>

#include "report/execution_graph.hpp"
#include "report/memory_order_view.hpp"
#include "report/violation_explanation.hpp"

namespace initcheck {

namespace {

constexpr std::size_t kMinThreadWidth = 8;

struct Columns {
  std::size_t number = 1;
  std::size_t thread = kMinThreadWidth;
  std::size_t place = 0;
};

Columns measure(const std::string& path, const std::vector<TraceEvent>& trace) {
  Columns columns;
  columns.number = std::to_string(trace.size()).size();
  for (const TraceEvent& event : trace) {
    columns.thread = std::max(columns.thread, event.threadName.size());
    columns.place = std::max(columns.place, placeText(path, event.position).size());
  }
  return columns;
}

void writeSteps(std::ostream& out, const std::string& path, const std::vector<TraceEvent>& trace) {
  Columns columns = measure(path, trace);
  std::vector<StepMemory> memory = memoryView(trace);
  for (std::size_t i = 0; i < trace.size(); ++i) {
    const TraceEvent& event = trace[i];
    out << "  " << std::right << std::setw(static_cast<int>(columns.number)) << i + 1 << ". "
        << std::left << std::setw(static_cast<int>(columns.thread)) << event.threadName << " "
        << std::setw(static_cast<int>(columns.place)) << placeText(path, event.position) << "  "
        << explainedAction(trace, memory, i) << "\n";
  }
}

// "read by a" / "write by b": the violating access, from the last event at its position.
std::string accessText(const ReportedViolation& reported) {
  const auto& trace = reported.trace;
  for (auto it = trace.rbegin(); it != trace.rend(); ++it) {
    if (it->position != reported.violation.position)
      continue;
    if (it->kind == EventKind::Read || it->kind == EventKind::Write)
      return std::string(it->kind == EventKind::Read ? "read" : "write") + " by " + it->threadName;
  }
  return "access";
}

void writeRaceSummary(std::ostream& out, const std::string& path,
                      const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  out << "  race: ";
  for (const RelatedPlace& other : violation.related)
    out << "the " << other.description << " at " << placeText(path, other.position) << " and ";
  out << "the " << accessText(reported) << " at " << placeText(path, violation.position)
      << " are not ordered by happens-before\n";
}

// For single_init and exactly_once: every call of the init func in the trace.
void writeCalls(std::ostream& out, const std::string& path, const ReportedViolation& reported) {
  const std::string& message = reported.violation.message;
  // The message starts with the function's name: "f(2) is called..." or "f is called...".
  std::string call = "call " + message.substr(0, message.find_first_of("( ")) + "(";
  for (const TraceEvent& event : reported.trace) {
    if (event.kind == EventKind::InitCall && event.action.rfind(call, 0) == 0)
      out << "    " << event.action << " in " << event.threadName << " at "
          << placeText(path, event.position) << "\n";
  }
}

// Each blocked thread and what it waits for.
void writeDeadlockSummary(std::ostream& out, const std::string& path, const Violation& violation) {
  for (const RelatedPlace& place : violation.related)
    out << "  deadlock: " << place.description << " at " << placeText(path, place.position) << "\n";
}

// The message without a leading "KIND: " (the headline names the kind already).
std::string messageText(const Violation& violation) {
  std::string prefix = std::string(propertyName(violation.kind)) + ": ";
  const std::string& message = violation.message;
  return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

// "    why: b's `load ready = true (relaxed)` (step 4) sees ...": where the fix goes.
void writeWhyUnordered(std::ostream& out, const ReportedViolation& reported) {
  std::string why = whyUnordered(reported, buildExecutionGraph(reported));
  if (!why.empty())
    out << "    why: " << why << "\n";
}

void writeSummary(std::ostream& out, const std::string& path, const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  if (violation.kind == PropertyKind::Race) {
    writeRaceSummary(out, path, reported);
    writeWhyUnordered(out, reported);
    return;
  }
  if (violation.kind == PropertyKind::Deadlock && !violation.related.empty()) {
    writeDeadlockSummary(out, path, violation);
    return;
  }
  out << "  " << propertyName(violation.kind) << ": " << messageText(violation) << "\n";
  for (const RelatedPlace& place : violation.related)
    out << "    " << place.description << " at " << placeText(path, place.position) << "\n";
  if (violation.kind == PropertyKind::SingleInit || violation.kind == PropertyKind::ExactlyOnce)
    writeCalls(out, path, reported);
  if (violation.kind == PropertyKind::InitBeforeUse)
    writeWhyUnordered(out, reported);
}

}  // namespace

std::string placeText(const std::string& path, SourcePosition position) {
  if (!position.isKnown())
    return path;
  return path + ":" + position.text();
}

void writeViolationText(std::ostream& out, const std::string& path,
                        const ReportedViolation& reported) {
  const Violation& violation = reported.violation;
  out << placeText(path, violation.position) << ": violation: " << propertyName(violation.kind)
      << ": " << messageText(violation) << "\n";
  writeSteps(out, path, reported.trace);
  writeSummary(out, path, reported);
}

}  // namespace initcheck
