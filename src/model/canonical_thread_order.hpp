// The canonical order of a state's threads for symmetry reduction (model/state_encoding.hpp):
// threads sorted by a signature that never looks at thread ids, so that states equal up to a
// renaming of threads usually list their threads in the same order.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/trace_event.hpp"

namespace initcheck {

struct StateData;
struct SymmetryInfo;

// Reused buffers: no allocation per call once warm.
struct ThreadOrderScratch {
  std::vector<std::uint64_t> signatures;
  std::vector<std::uint64_t> refined;
  std::vector<std::uint64_t> links;
  std::vector<std::pair<std::uint64_t, ThreadId>> ranked;
  std::vector<ThreadId> order;  // canonical id -> actual id
};

// Fills scratch.order with the canonical order of `state`'s threads; `classes` (may be null)
// makes member bodies and their positions read as their representative's.
void canonicalThreadOrder(const StateData& state, const SymmetryInfo* classes,
                          ThreadOrderScratch& scratch);

}  // namespace initcheck
