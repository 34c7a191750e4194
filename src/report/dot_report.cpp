// The DOT report (see dot_report.hpp): each counterexample's execution graph as clusters.
#include "report/dot_report.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "report/execution_graph.hpp"
#include "report/trace_text.hpp"

namespace initcheck {

namespace {

constexpr const char* kMarkedFill = "#ffcc66";
constexpr const char* kSynchronizesWithColor = "#1f5fbf";
constexpr const char* kReadsFromColor = "#2e8b57";
constexpr const char* kModificationOrderColor = "#b8860b";
constexpr const char* kViolationColor = "#d62728";

// A DOT quoted string: quotes and backslashes escaped, newlines as `\n` (a centred line
// break), other control characters as spaces.
std::string quoted(std::string_view text) {
  std::string result = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      result += '\\';
    if (c == '\n')
      result += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20)
      result += ' ';
    else
      result += c;
  }
  return result + "\"";
}

// Everything one violation's cluster needs to name and draw its events.
struct ViolationGraph {
  const std::string& path;
  const ReportedViolation& reported;
  ExecutionGraph graph;
  std::string prefix;  // "v3": unique per violation in the run

  const std::vector<TraceEvent>& trace() const { return reported.trace; }
  std::string node(std::size_t index) const { return prefix + "_e" + std::to_string(index + 1); }
};

std::string headline(const ViolationGraph& view) {
  const Violation& violation = view.reported.violation;
  return placeText(view.path, violation.position) + " " +
         std::string(propertyName(violation.kind)) + ": " + violation.message;
}

// The threads of a trace in the order they first act.
std::vector<ThreadId> lanes(const std::vector<TraceEvent>& trace) {
  std::vector<ThreadId> threads;
  for (const TraceEvent& event : trace) {
    if (std::find(threads.begin(), threads.end(), event.thread) == threads.end())
      threads.push_back(event.thread);
  }
  return threads;
}

void writeNode(std::ostream& out, const ViolationGraph& view, std::size_t index) {
  const TraceEvent& event = view.trace()[index];
  std::string label =
      std::to_string(index + 1) + ". " + view.graph.actions[index] + "\n" + event.position.text();
  out << "      " << view.node(index) << " [label=" << quoted(label);
  if (view.graph.isMarked(index))
    out << ", style=filled, fillcolor=\"" << kMarkedFill << "\"";
  if (view.graph.violating == index)
    out << ", penwidth=2";
  out << "];\n";
}

void writeLane(std::ostream& out, const ViolationGraph& view, ThreadId thread) {
  const std::vector<TraceEvent>& trace = view.trace();
  out << "    subgraph cluster_" << view.prefix << "_t" << thread << " {\n";
  bool labelled = false;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].thread != thread)
      continue;
    if (!labelled)
      out << "      label=" << quoted(trace[i].threadName) << ";\n";
    labelled = true;
    writeNode(out, view, i);
  }
  out << "    }\n";
}

// A synchronizes-with edge is labelled with what the acquiring event acquired through: its
// object, or for a spawned thread's first event (which acts on something else) the spawn's.
std::string synchronizationLabel(const ViolationGraph& view, const GraphEdge& edge) {
  const TraceEvent& source = view.trace()[edge.from];
  const TraceEvent& target = view.trace()[edge.to];
  if (source.kind == EventKind::Spawn || target.object.empty())
    return source.object;
  return target.object;
}

void writeEdge(std::ostream& out, const ViolationGraph& view, const GraphEdge& edge) {
  out << "    " << view.node(edge.from) << " -> " << view.node(edge.to);
  switch (edge.kind) {
    case EdgeKind::ProgramOrder:
      out << ";\n";
      return;
    case EdgeKind::SynchronizesWith:
      out << " [color=\"" << kSynchronizesWithColor << "\", fontcolor=\"" << kSynchronizesWithColor
          << "\", penwidth=2, label=" << quoted(synchronizationLabel(view, edge)) << "];\n";
      return;
    case EdgeKind::ReadsFrom:
      out << " [style=dashed, color=\"" << kReadsFromColor << "\", fontcolor=\"" << kReadsFromColor
          << "\", label=" << quoted(view.graph.memory[edge.to].stale() ? "rf (stale)" : "rf")
          << "];\n";
      return;
    case EdgeKind::ModificationOrder:
      out << " [style=dotted, color=\"" << kModificationOrderColor << "\", fontcolor=\""
          << kModificationOrderColor << "\", label=" << quoted("mo " + view.trace()[edge.to].object)
          << "];\n";
      return;
  }
}

// Invisible edges between consecutive steps of different threads: every step ranks below
// the one before it, so time reads top to bottom across the lanes.
void writeTimeline(std::ostream& out, const ViolationGraph& view) {
  const std::vector<TraceEvent>& trace = view.trace();
  for (std::size_t i = 1; i < trace.size(); ++i) {
    if (trace[i].thread != trace[i - 1].thread)
      out << "    " << view.node(i - 1) << " -> " << view.node(i) << " [style=invis];\n";
  }
}

bool twoSided(PropertyKind kind) {
  return kind == PropertyKind::Race || kind == PropertyKind::InitBeforeUse;
}

// For a race or init_before_use: a red edge from the other event of the pair to the violating one.
void writePair(std::ostream& out, const ViolationGraph& view) {
  PropertyKind kind = view.reported.violation.kind;
  if (!twoSided(kind) || !view.graph.violating)
    return;
  for (std::size_t other : view.graph.marked) {
    if (other == *view.graph.violating)
      continue;
    out << "    " << view.node(other) << " -> " << view.node(*view.graph.violating) << " [color=\""
        << kViolationColor << "\", fontcolor=\"" << kViolationColor
        << "\", penwidth=2, constraint=false, label=" << quoted(propertyName(kind)) << "];\n";
  }
}

void writeViolation(std::ostream& out, const ViolationGraph& view) {
  out << "  subgraph cluster_" << view.prefix << " {\n";
  out << "    label=" << quoted(headline(view)) << ";\n";
  for (ThreadId thread : lanes(view.trace()))
    writeLane(out, view, thread);
  if (view.trace().empty())
    out << "    " << view.prefix
        << "_initial [label=\"no steps: the initial state\", shape=note];\n";
  for (const GraphEdge& edge : view.graph.edges)
    writeEdge(out, view, edge);
  writeTimeline(out, view);
  writePair(out, view);
  out << "  }\n";
}

}  // namespace

void writeDotReport(std::ostream& out, const std::vector<FileReport>& files,
                    const ReportOptions& /*options*/) {
  out << "digraph initcheck {\n"
         "  graph [fontname=\"monospace\", labeljust=l, newrank=true];\n"
         "  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
         "  edge [fontname=\"monospace\", fontsize=9];\n";
  std::size_t count = 0;
  for (const FileReport& file : files) {
    if (!file.result)
      continue;
    for (const ReportedViolation& reported : file.result->violations) {
      ++count;
      writeViolation(out, ViolationGraph{file.path, reported, buildExecutionGraph(reported),
                                         "v" + std::to_string(count)});
    }
  }
  if (count == 0)
    out << "  none [label=\"no violations\", shape=note];\n";
  out << "}\n";
}

}  // namespace initcheck
