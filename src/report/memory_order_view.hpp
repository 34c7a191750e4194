// What a counterexample's steps did under RC11 (LANGUAGE.md section 4a), in terms of the
// trace's own steps: the step whose write each read returned, the newer writes a stale read
// did not see, and the earlier writes that modification order puts after a write. Read off the
// MemoryOrderFacts the replay records on each event (runtime/trace_event.hpp); empty for
// traces of the sc model, whose reads return the latest write.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "runtime/trace_event.hpp"

namespace initcheck {

struct StepMemory {
  std::optional<std::size_t> readsFrom;   // trace index of the write read
  bool readsInitial = false;              // ... or the location's initial value
  std::vector<std::size_t> notSeen;       // newer writes (trace indices) the read missed
  std::vector<std::size_t> placedBefore;  // earlier writes mo puts after this write
  bool stale() const { return !notSeen.empty(); }
  bool weak() const { return !notSeen.empty() || !placedBefore.empty(); }
};

std::vector<StepMemory> memoryView(const std::vector<TraceEvent>& trace);

// The writes of the trace to each location whose order is weak somewhere (a stale read, a
// write placed before an earlier one), in modification order (trace indices).
std::map<std::string, std::vector<std::size_t>> weakModificationOrders(
    const std::vector<TraceEvent>& trace, const std::vector<StepMemory>& view);

// The step's action, with what RC11 explains about it: for a stale read, which write it read
// and why the newer ones were not visible; for a write placed before earlier ones, which.
// Just the action when there is nothing weak to say.
std::string explainedAction(const std::vector<TraceEvent>& trace,
                            const std::vector<StepMemory>& view, std::size_t index);

}  // namespace initcheck
