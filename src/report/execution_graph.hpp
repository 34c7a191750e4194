// The execution graph of a counterexample: its trace events as nodes, with program-order
// edges within each thread, synchronizes-with edges between threads, and reads-from edges
// from a write to the read that sees it, plus the events the violation is about.
//
// Synchronizes-with edges are read off the vector clocks the replay records on each event
// (TraceEvent::clock, Mattern 1989 / Fidge 1988): an event that learns more about another
// thread than the event before it in its own thread acquired from that thread's latest
// event the new knowledge covers. Edges implied through a third thread's event are dropped,
// so what remains are the direct edges (the covering relation across threads). Reads-from
// edges join a write to a read of another thread that returns it (or to a stale read of any
// thread): under RC11 the replay says which write each read returned (memory_order_view.hpp);
// under sc a read returns the latest write to its variable before it. Modification-order
// edges join consecutive writes of a location where RC11 made something weak happen there.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "check/check_result.hpp"
#include "report/memory_order_view.hpp"

namespace initcheck {

enum class EdgeKind { ProgramOrder, SynchronizesWith, ReadsFrom, ModificationOrder };

struct GraphEdge {
  std::size_t from = 0;  // trace index
  std::size_t to = 0;
  EdgeKind kind = EdgeKind::ProgramOrder;
};

struct ExecutionGraph {
  std::vector<GraphEdge> edges;     // ordered by target, then kind, then source
  std::vector<std::size_t> marked;  // the violating events, in trace order
  // The trace index of the violating event (the last event at the violation's position).
  std::optional<std::size_t> violating;
  std::vector<StepMemory> memory;    // per step, what RC11 says of it
  std::vector<std::string> actions;  // per step, its action with what RC11 explains

  std::vector<std::size_t> sources(std::size_t to, EdgeKind kind) const;
  bool isMarked(std::size_t index) const;
};

ExecutionGraph buildExecutionGraph(const ReportedViolation& reported);

// "program_order", "synchronizes_with", "reads_from", "modification_order"
const char* edgeKindName(EdgeKind kind);

}  // namespace initcheck
