// The execution graph of a counterexample (see execution_graph.hpp).
#include "report/execution_graph.hpp"

#include <algorithm>

namespace initcheck {

namespace {

using Trace = std::vector<TraceEvent>;

bool hasClock(const TraceEvent& event) {
  return event.clock.size() > 0;
}

std::optional<std::size_t> previousInThread(const Trace& trace, std::size_t index) {
  for (std::size_t i = index; i-- > 0;) {
    if (trace[i].thread == trace[index].thread)
      return i;
  }
  return std::nullopt;
}

// The latest event of `thread` before `index` whose own counter is at most `known`.
std::optional<std::size_t> latestKnown(const Trace& trace, std::size_t index, ThreadId thread,
                                       std::uint32_t known) {
  for (std::size_t i = index; i-- > 0;) {
    const TraceEvent& event = trace[i];
    if (event.thread == thread && hasClock(event) && event.clock.get(thread) <= known)
      return i;
  }
  return std::nullopt;
}

// The events of other threads that `index` directly acquired from.
std::vector<std::size_t> synchronizationSources(const Trace& trace, std::size_t index,
                                                std::optional<std::size_t> previous) {
  const TraceEvent& event = trace[index];
  std::vector<std::size_t> candidates;
  for (ThreadId t = 0; t < event.clock.size(); ++t) {
    std::uint32_t before = previous ? trace[*previous].clock.get(t) : 0;
    if (t == event.thread || event.clock.get(t) <= before)
      continue;
    if (auto source = latestKnown(trace, index, t, event.clock.get(t)))
      candidates.push_back(*source);
  }
  std::vector<std::size_t> direct;
  for (std::size_t source : candidates) {
    ThreadId t = trace[source].thread;
    bool implied = std::any_of(candidates.begin(), candidates.end(), [&](std::size_t other) {
      return other != source && trace[other].clock.get(t) >= trace[source].clock.get(t);
    });
    if (!implied)
      direct.push_back(source);
  }
  std::sort(direct.begin(), direct.end());
  return direct;
}

bool reads(const TraceEvent& event) {
  return event.memory == MemoryEffect::Read || event.memory == MemoryEffect::ReadWrite;
}

bool writes(const TraceEvent& event) {
  return event.memory == MemoryEffect::Write || event.memory == MemoryEffect::ReadWrite;
}

// The write a read in another thread sees: the latest write to its variable before it.
std::optional<std::size_t> crossThreadWriteSeen(const Trace& trace, std::size_t index) {
  for (std::size_t i = index; i-- > 0;) {
    if (writes(trace[i]) && trace[i].object == trace[index].object) {
      if (trace[i].thread == trace[index].thread)
        return std::nullopt;
      return i;
    }
  }
  return std::nullopt;
}

// The last event before `end` at `position`. A failing operation that made no event of its own
// (a read of a global never written, a runtime error) shows as an Other event at the
// violation's position (Executor::showFailure): that one is the violating event too.
std::optional<std::size_t> lastAt(const Trace& trace, std::size_t end, SourcePosition position) {
  for (std::size_t i = end; i-- > 0;) {
    if (trace[i].position == position)
      return i;
  }
  return std::nullopt;
}

void markViolation(const ReportedViolation& reported, ExecutionGraph& graph) {
  const Trace& trace = reported.trace;
  graph.violating = lastAt(trace, trace.size(), reported.violation.position);
  if (!graph.violating)
    return;
  graph.marked.push_back(*graph.violating);
  for (const RelatedPlace& place : reported.violation.related) {
    if (auto other = lastAt(trace, *graph.violating, place.position))
      graph.marked.push_back(*other);
  }
  std::sort(graph.marked.begin(), graph.marked.end());
  graph.marked.erase(std::unique(graph.marked.begin(), graph.marked.end()), graph.marked.end());
}

// The write a read returned, as the replay recorded it (RC11): drawn when it is another
// thread's, or when the read was stale.
std::optional<std::size_t> recordedWriteSeen(const Trace& trace, const StepMemory& memory,
                                             std::size_t index) {
  if (!memory.readsFrom)
    return std::nullopt;
  if (trace[*memory.readsFrom].thread == trace[index].thread && !memory.stale())
    return std::nullopt;
  return memory.readsFrom;
}

void addModificationOrders(const Trace& trace, ExecutionGraph& graph) {
  for (const auto& [location, order] : weakModificationOrders(trace, graph.memory)) {
    for (std::size_t k = 1; k < order.size(); ++k)
      graph.edges.push_back({order[k - 1], order[k], EdgeKind::ModificationOrder});
  }
}

void sortEdges(ExecutionGraph& graph) {
  std::stable_sort(graph.edges.begin(), graph.edges.end(),
                   [](const GraphEdge& a, const GraphEdge& b) { return a.to < b.to; });
}

}  // namespace

std::vector<std::size_t> ExecutionGraph::sources(std::size_t to, EdgeKind kind) const {
  std::vector<std::size_t> result;
  for (const GraphEdge& edge : edges) {
    if (edge.to == to && edge.kind == kind)
      result.push_back(edge.from);
  }
  return result;
}

bool ExecutionGraph::isMarked(std::size_t index) const {
  return std::binary_search(marked.begin(), marked.end(), index);
}

ExecutionGraph buildExecutionGraph(const ReportedViolation& reported) {
  const Trace& trace = reported.trace;
  ExecutionGraph graph;
  graph.memory = memoryView(trace);
  for (std::size_t i = 0; i < trace.size(); ++i)
    graph.actions.push_back(explainedAction(trace, graph.memory, i));
  for (std::size_t i = 0; i < trace.size(); ++i) {
    std::optional<std::size_t> previous = previousInThread(trace, i);
    if (previous)
      graph.edges.push_back({*previous, i, EdgeKind::ProgramOrder});
    if (hasClock(trace[i])) {
      for (std::size_t source : synchronizationSources(trace, i, previous))
        graph.edges.push_back({source, i, EdgeKind::SynchronizesWith});
    }
    if (trace[i].rc11.readFrom) {
      if (auto write = recordedWriteSeen(trace, graph.memory[i], i))
        graph.edges.push_back({*write, i, EdgeKind::ReadsFrom});
    } else if (reads(trace[i])) {
      if (auto write = crossThreadWriteSeen(trace, i))
        graph.edges.push_back({*write, i, EdgeKind::ReadsFrom});
    }
  }
  addModificationOrders(trace, graph);
  sortEdges(graph);
  markViolation(reported, graph);
  return graph;
}

const char* edgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::ProgramOrder:
      return "program_order";
    case EdgeKind::SynchronizesWith:
      return "synchronizes_with";
    case EdgeKind::ReadsFrom:
      return "reads_from";
    case EdgeKind::ModificationOrder:
      return "modification_order";
  }
  return "program_order";
}

}  // namespace initcheck
