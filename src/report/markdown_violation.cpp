// A violation's section of the Markdown report (see markdown_violation.hpp).
#include "report/markdown_violation.hpp"

#include "report/execution_graph.hpp"
#include "report/markdown_text.hpp"
#include "report/mermaid_sequence.hpp"
#include "report/source_excerpt.hpp"
#include "report/trace_text.hpp"
#include "report/violation_explanation.hpp"

namespace initcheck {

namespace {

void writeDiagram(std::ostream& out, const ReportedViolation& reported,
                  const ExecutionGraph& graph) {
  out << "```mermaid\n";
  writeMermaidSequence(out, reported, graph);
  out << "```\n\n";
}

void writeSource(std::ostream& out, const FileReport& file, const ReportedViolation& reported,
                 const ExecutionGraph& graph) {
  std::string excerpt =
      sourceExcerpt(file.source, linesInvolved(reported, graph), reported.violation.position.line);
  if (excerpt.empty())
    return;
  std::string fence = codeFence(excerpt);
  out << "Source lines involved:\n\n" << fence << "\n" << excerpt << fence << "\n\n";
}

std::string counted(std::size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string stepNumbers(const std::vector<std::size_t>& indices) {
  std::string text;
  for (std::size_t index : indices)
    text += (text.empty() ? "" : ", ") + std::to_string(index + 1);
  return text;
}

// "synchronizes with 3; reads from 5; violating".
std::string edgesText(const ExecutionGraph& graph, std::size_t index) {
  std::string text;
  auto add = [&](const std::string& part) { text += (text.empty() ? "" : "; ") + part; };
  std::vector<std::size_t> acquired = graph.sources(index, EdgeKind::SynchronizesWith);
  if (!acquired.empty())
    add("synchronizes with " + stepNumbers(acquired));
  std::vector<std::size_t> seen = graph.sources(index, EdgeKind::ReadsFrom);
  if (!seen.empty())
    add(std::string(graph.memory[index].stale() ? "stale read of " : "reads from ") +
        stepNumbers(seen));
  std::vector<std::size_t> moPrevious = graph.sources(index, EdgeKind::ModificationOrder);
  if (!moPrevious.empty())
    add("after " + stepNumbers(moPrevious) + " in modification order");
  if (graph.isMarked(index))
    add("**violating**");
  return text;
}

void writeTraceTable(std::ostream& out, const ReportedViolation& reported,
                     const ExecutionGraph& graph) {
  const std::vector<TraceEvent>& trace = reported.trace;
  if (trace.empty())
    return;
  out << "<details><summary>Trace: " << counted(trace.size(), "step") << ", "
      << counted(reported.preemptions, "preemption") << "</summary>\n\n";
  out << "| Step | Thread | Line | Action | Edges |\n| ---: | --- | ---: | --- | --- |\n";
  for (std::size_t i = 0; i < trace.size(); ++i) {
    const TraceEvent& event = trace[i];
    out << "| " << i + 1 << " | " << markdownInline(event.threadName) << " | "
        << event.position.text() << " | " << markdownInline(graph.actions[i]) << " | "
        << edgesText(graph, i) << " |\n";
  }
  out << "\n</details>\n\n";
}

}  // namespace

void writeSameMistake(std::ostream& out, const FileReport& file,
                      const std::vector<const ReportedViolation*>& sameMistake) {
  if (sameMistake.empty())
    return;
  out << "The same mistake in like threads:\n\n";
  for (const ReportedViolation* other : sameMistake)
    out << "- `" << placeText(file.path, other->violation.position)
        << "`: " << markdownInline(violationMessageText(other->violation)) << "\n";
  out << "\n";
}

void writeMarkdownViolation(std::ostream& out, const FileReport& file,
                            const ReportedViolation& reported, std::size_t number,
                            const std::vector<const ReportedViolation*>& sameMistake) {
  const Violation& violation = reported.violation;
  ExecutionGraph graph = buildExecutionGraph(reported);
  out << "### " << number << ". " << propertyName(violation.kind) << ": "
      << markdownInline(violationMessageText(violation)) << "\n\n";
  out << "At `" << placeText(file.path, violation.position) << "`.\n\n";
  out << markdownInline(explainViolation(reported, graph)) << "\n\n";
  writeSameMistake(out, file, sameMistake);
  writeDiagram(out, reported, graph);
  writeSource(out, file, reported, graph);
  writeTraceTable(out, reported, graph);
}

}  // namespace initcheck
