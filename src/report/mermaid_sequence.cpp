// The Mermaid sequence diagram of a counterexample (see mermaid_sequence.hpp). Participants get
// the ids T0, T1, ... (threads) and O0, O1, ... (objects), which no Mermaid keyword starts
// with; the names people read are in the aliases, entity-encoded.
#include "report/mermaid_sequence.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "sema/directives.hpp"

namespace initcheck {

namespace {

constexpr const char* kHighlight = "rgb(255, 221, 221)";
constexpr const char* kWarningSign = "\xE2\x9A\xA0";  // U+26A0, as text

bool actsOnThread(const TraceEvent& event) {
  return event.kind == EventKind::Spawn || event.kind == EventKind::Join;
}

struct Participant {
  std::string id;    // T0, O0
  std::string name;  // the thread, variable or object
};

// The participants in diagram order, and the id of each name.
struct Participants {
  std::vector<Participant> ordered;
  std::map<std::string, std::string> ids;
  std::set<std::string> threads;

  void add(const std::string& name, char prefix, std::size_t number) {
    std::string id = prefix + std::to_string(number);
    ordered.push_back({id, name});
    ids.emplace(name, id);
  }
  std::size_t position(const std::string& id) const {
    auto it = std::find_if(ordered.begin(), ordered.end(),
                           [&](const Participant& p) { return p.id == id; });
    return static_cast<std::size_t>(it - ordered.begin());
  }
};

std::vector<std::string> threadsInOrder(const std::vector<TraceEvent>& trace) {
  std::vector<std::string> names;
  auto note = [&](const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  };
  for (const TraceEvent& event : trace) {
    note(event.threadName);
    if (actsOnThread(event) && !event.object.empty())
      note(event.object);
  }
  return names;
}

// The threads a violation names as blocked (deadlock, livelock), in its order.
std::vector<std::string> blockedThreads(const Violation& violation) {
  std::vector<std::string> names;
  for (const RelatedPlace& place : violation.related) {
    if (!place.thread.empty())
      names.push_back(place.thread);
  }
  return names;
}

// The trace's threads, then the blocked threads that took no step in it, then the objects.
Participants participantsOf(const std::vector<TraceEvent>& trace, const Violation& violation) {
  Participants participants;
  std::vector<std::string> threads = threadsInOrder(trace);
  for (const std::string& name : blockedThreads(violation)) {
    if (std::find(threads.begin(), threads.end(), name) == threads.end())
      threads.push_back(name);
  }
  for (const std::string& name : threads) {
    participants.threads.insert(name);
    participants.add(name, 'T', participants.threads.size() - 1);
  }
  std::size_t objects = 0;
  for (const TraceEvent& event : trace) {
    if (!event.object.empty() && !participants.ids.count(event.object))
      participants.add(event.object, 'O', objects++);
  }
  return participants;
}

// Whether the event hands something to its object (write, release) rather than taking
// something from it (read, acquire).
bool flowsToObject(const TraceEvent& event) {
  switch (event.kind) {
    case EventKind::Read:
    case EventKind::Lock:
    case EventKind::OnceSkip:
    case EventKind::OnceWait:
    case EventKind::Receive:
    case EventKind::WaitGroupWait:
    case EventKind::Join:
      return false;
    case EventKind::Write:
    case EventKind::Unlock:
    case EventKind::OnceEnter:
    case EventKind::OnceFinish:
    case EventKind::Send:
    case EventKind::Close:
    case EventKind::WaitGroupAdd:
    case EventKind::InitCall:
    case EventKind::Spawn:
      return true;
    default:
      return event.memory != MemoryEffect::Read;
  }
}

std::string stepList(const std::vector<std::size_t>& indices) {
  std::string text = indices.size() == 1 ? "step " : "steps ";
  for (std::size_t i = 0; i < indices.size(); ++i)
    text += (i == 0 ? "" : ", ") + std::to_string(indices[i] + 1);
  return text;
}

std::string stepText(const ExecutionGraph& graph, std::size_t index) {
  std::string text = std::to_string(index + 1) + ". " + graph.actions[index];
  std::vector<std::size_t> acquired = graph.sources(index, EdgeKind::SynchronizesWith);
  if (!acquired.empty())
    text += " (after " + stepList(acquired) + ")";
  return mermaidText(text);
}

std::string eventLine(const Participants& participants, const std::vector<TraceEvent>& trace,
                      const ExecutionGraph& graph, std::size_t index) {
  const TraceEvent& event = trace[index];
  const std::string& thread = participants.ids.at(event.threadName);
  std::string text = stepText(graph, index);
  if (event.object.empty())
    return "Note over " + thread + ": " + text;
  const std::string& object = participants.ids.at(event.object);
  // A stale read is drawn as a dotted arrow that ends in a cross: the value did not come from
  // the newest write. That holds for a read-modify-write too (its text says what it wrote).
  if (graph.memory[index].stale())
    return object + "--x" + thread + ": " + text;
  if (flowsToObject(event))
    return thread + "->>" + object + ": " + text;
  return object + "-->>" + thread + ": " + text;
}

// "T0,O1": the leftmost and rightmost participants the violating steps involve; for a deadlock
// or livelock, the blocked threads.
std::string violationSpan(const Participants& participants, const ReportedViolation& reported,
                          const ExecutionGraph& graph) {
  const std::vector<TraceEvent>& trace = reported.trace;
  std::vector<std::size_t> places;
  for (const std::string& name : blockedThreads(reported.violation))
    places.push_back(participants.position(participants.ids.at(name)));
  for (std::size_t index : graph.marked) {
    places.push_back(participants.position(participants.ids.at(trace[index].threadName)));
    if (!trace[index].object.empty())
      places.push_back(participants.position(participants.ids.at(trace[index].object)));
  }
  if (places.empty())
    places.push_back(participants.position(participants.ids.at(trace.back().threadName)));
  auto [low, high] = std::minmax_element(places.begin(), places.end());
  std::string span = participants.ordered[*low].id;
  if (*high != *low)
    span += "," + participants.ordered[*high].id;
  return span;
}

void writeParticipants(std::ostream& out, const Participants& participants) {
  for (const Participant& participant : participants.ordered)
    out << "  participant " << participant.id << " as " << mermaidText(participant.name) << "\n";
}

void writeEvents(std::ostream& out, const Participants& participants,
                 const std::vector<TraceEvent>& trace, const ExecutionGraph& graph) {
  for (std::size_t i = 0; i < trace.size(); ++i) {
    bool marked = graph.isMarked(i);
    if (marked && (i == 0 || !graph.isMarked(i - 1)))
      out << "  rect " << kHighlight << "\n";
    out << (marked ? "    " : "  ") << eventLine(participants, trace, graph, i) << "\n";
    if (marked && (i + 1 == trace.size() || !graph.isMarked(i + 1)))
      out << "  end\n";
  }
}

std::string violationNote(const ReportedViolation& reported) {
  return std::string(kWarningSign) + " " + std::string(propertyName(reported.violation.kind));
}

}  // namespace

std::string mermaidText(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '#':
        out += "#35;";
        break;
      case ';':
        out += "#59;";
        break;
      case ':':
        out += "#58;";
        break;
      case '%':
        out += "#37;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

void writeMermaidSequence(std::ostream& out, const ReportedViolation& reported,
                          const ExecutionGraph& graph) {
  out << "sequenceDiagram\n";
  const std::vector<TraceEvent>& trace = reported.trace;
  if (trace.empty()) {
    out << "  participant S as initial state\n";
    out << "  Note over S: " << violationNote(reported) << " before any step\n";
    return;
  }
  Participants participants = participantsOf(trace, reported.violation);
  writeParticipants(out, participants);
  writeEvents(out, participants, trace, graph);
  out << "  Note over " << violationSpan(participants, reported, graph) << ": "
      << violationNote(reported) << "\n";
}

}  // namespace initcheck
