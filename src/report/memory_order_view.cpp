// The RC11 view of a trace (see memory_order_view.hpp).
#include "report/memory_order_view.hpp"

#include <algorithm>

namespace initcheck {

namespace {

std::optional<std::size_t> stepThatWrote(const std::vector<TraceEvent>& trace,
                                         const WriteRef& write) {
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].rc11.wrote && *trace[i].rc11.wrote == write)
      return i;
  }
  return std::nullopt;
}

std::vector<std::size_t> stepsThatWrote(const std::vector<TraceEvent>& trace,
                                        const std::vector<WriteRef>& writes) {
  std::vector<std::size_t> steps;
  for (const WriteRef& write : writes) {
    if (std::optional<std::size_t> step = stepThatWrote(trace, write))
      steps.push_back(*step);
  }
  return steps;
}

std::string stepName(const std::vector<TraceEvent>& trace, std::size_t index) {
  const TraceEvent& event = trace[index];
  return "step " + std::to_string(index + 1) + " (" + event.threadName + " at " +
         event.position.text() + ": " + event.action + ")";
}

std::string listOf(const std::vector<TraceEvent>& trace, const std::vector<std::size_t>& steps) {
  std::string text;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (k > 0)
      text += k + 1 == steps.size() ? " and " : ", ";
    text += stepName(trace, steps[k]);
  }
  return text;
}

}  // namespace

std::vector<StepMemory> memoryView(const std::vector<TraceEvent>& trace) {
  std::vector<StepMemory> view(trace.size());
  for (std::size_t i = 0; i < trace.size(); ++i) {
    const MemoryOrderFacts& facts = trace[i].rc11;
    if (facts.readFrom) {
      view[i].readsFrom = stepThatWrote(trace, *facts.readFrom);
      view[i].readsInitial = facts.readInitial;
      view[i].notSeen = stepsThatWrote(trace, facts.notSeen);
    }
    view[i].placedBefore = stepsThatWrote(trace, facts.placedBefore);
  }
  return view;
}

std::map<std::string, std::vector<std::size_t>> weakModificationOrders(
    const std::vector<TraceEvent>& trace, const std::vector<StepMemory>& view) {
  std::map<std::string, std::vector<std::size_t>> orders;
  std::map<std::string, bool> weak;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    const TraceEvent& event = trace[i];
    if (view[i].weak())
      weak[event.object] = true;
    if (!event.rc11.wrote)
      continue;
    std::vector<std::size_t>& order = orders[event.object];
    auto before = order.end();
    if (!view[i].placedBefore.empty())
      before = std::find(order.begin(), order.end(), view[i].placedBefore.front());
    order.insert(before, i);
  }
  std::erase_if(orders, [&](const auto& entry) { return !weak[entry.first]; });
  return orders;
}

std::string explainedAction(const std::vector<TraceEvent>& trace,
                            const std::vector<StepMemory>& view, std::size_t index) {
  const TraceEvent& event = trace[index];
  const StepMemory& memory = view[index];
  std::string text = event.action;
  if (memory.stale()) {
    std::string source = memory.readsInitial ? "the initial value"
                         : memory.readsFrom  ? "the write of " + stepName(trace, *memory.readsFrom)
                                             : "an earlier write";
    bool many = memory.notSeen.size() > 1;
    text += ": a stale read of " + source + "; " + listOf(trace, memory.notSeen) +
            (many ? " are" : " is") +
            " newer in modification order but not visible here: " + "nothing orders " +
            (many ? "them" : "it") + " before this read";
  }
  if (!memory.placedBefore.empty())
    text += ": modification order puts this write before " + listOf(trace, memory.placedBefore);
  return text;
}

}  // namespace initcheck
