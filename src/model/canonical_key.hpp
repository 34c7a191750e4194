// The state cache's key (issue 4): a compact byte encoding of everything in a state that can
// affect the future or the reports (every field of StateData except thread names, which only
// label messages), optionally canonical up to a permutation of thread ids (symmetry reduction).
//
// Symmetry: threads that run the same code from the same local state are interchangeable;
// renaming thread ids consistently everywhere (thread order, vector-clock entries, per-thread
// access records and label epochs, once runners, mutex holders, thread handles in values) maps
// executions to executions and keeps every property instance (instance keys name positions,
// never threads). The encoder sorts threads by a signature that does not depend on ids and
// encodes the state renamed by that order, so states equal up to such a renaming usually get
// the same bytes, and states with the same bytes are always equal up to a renaming.
// "The same code" is the same body at the same pc: declared threads with the same text are
// different bodies at different positions (their reports' instance keys differ), so they are
// interchangeable only once finished with their recorded accesses at the same positions.
// Spawned threads of one function are, but one spawner's children differ by what their clocks
// know of it (each `go` is a later step of the spawner).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/trace_event.hpp"

namespace initcheck {

struct StateData;

struct CanonicalKey {
  std::string bytes;                  // equal bytes: equal states up to the renaming below
  std::vector<ThreadId> toCanonical;  // actual thread id -> its id in the encoding
};

// symmetry=false: toCanonical is the identity and bytes encode the state as it is.
CanonicalKey encodeState(const StateData& state, bool symmetry);

}  // namespace initcheck
