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
// the same bytes, and states with the same bytes are always equal up to a renaming (and the
// replacement by representatives below).
// "The same code" is the same body at the same pc, or bodies of one symmetry class (below) at
// the same pc. Spawned threads of one function are, but one spawner's children differ by what
// their clocks know of it (each `go` is a later step of the spawner).
//
// Soundness contract: equal keys => the two states are equal after renaming their threads by
// toCanonical AND replacing every member body and every position in a member body by its
// representative's. Such states have the same futures up to that renaming and replacement,
// but NOT the same reports: instance keys name positions, so a report found from one state
// stands for the reports with the positions of the other members. A search that caches
// symmetric keys must complete its results by orbit completion: replay each counterexample
// with the threads of one interchangeableThreads() group exchanged (thread ids swapped in the
// schedule) and add the instances found. Exchanging two threads of one group maps executions
// to executions (same code, same initial state after the exchange; spawned threads keep their
// ids, as they are numbered in spawn order).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/symmetry_classes.hpp"
#include "runtime/trace_event.hpp"

namespace initcheck {

struct StateData;

struct CanonicalKey {
  std::string bytes;                  // equal bytes: equal states up to the renaming below
  std::vector<ThreadId> toCanonical;  // actual thread id -> its id in the encoding
};

// The table of sections a cache stores keys with (SPIN's COLLAPSE: explore/collapsed_keys.hpp).
class SectionTable {
 public:
  virtual ~SectionTable() = default;
  // The id of these section bytes, stored if they are new. Equal ids: equal bytes.
  virtual std::uint32_t idOf(std::string_view section) = 0;
  // A number > 0 for this table together with the layout a section is encoded in (symmetry,
  // classes and the renaming toCanonical); no other table or layout gets it.
  virtual std::uint32_t layoutId(bool symmetry, const SymmetryInfo* classes,
                                 const std::vector<ThreadId>& toCanonical) = 0;
};

struct CompactKey {
  // The ids, in LEB128, of the state's sections: a header (halted, the numbers of threads,
  // locations and objects), each thread in canonical order, each location, each object, the
  // rest.
  std::string ids;
  std::vector<ThreadId> toCanonical;  // as CanonicalKey's
};

// symmetry=false: toCanonical is the identity and bytes encode the state as it is (`classes`
// is ignored). symmetry=true: canonical up to renaming threads, and, with `classes`, up to
// replacing member bodies and their positions by their representative's.
// keepThreadOrder (symmetry on only): threads keep their ids (the identity renaming) in the
// symmetric layout instead of being sorted. For programs where no two threads can ever be
// interchangeable (no spawns, no symmetry class: Semantics's threadsMayBeInterchangeable_), where
// the sort only reorders threads from state to state and so defeats the notes of
// encodeStateCompact.
CanonicalKey encodeState(const StateData& state, bool symmetry,
                         const SymmetryInfo* classes = nullptr, bool keepThreadOrder = false);

// The key of encodeState as the ids of its sections in `table`: two states of one search get
// equal ids exactly when encodeState gives them equal bytes. A thread's, location's or object's
// section id is kept in the state's note on it (support/cow_vector.hpp) under the layout's id, so
// a step encodes only the threads, locations and objects it wrote, and the renaming changed,
// since the last key.
CompactKey encodeStateCompact(const StateData& state, bool symmetry, const SymmetryInfo* classes,
                              SectionTable& table, bool keepThreadOrder = false);

// The state encoded in the symmetry layout with `info` applied and its threads listed in
// `order` (canonical id -> actual id, a permutation that is its own inverse): how the symmetry
// classes test whether exchanging two threads leaves the initial state unchanged.
std::string encodeStateExchanged(const StateData& state, const SymmetryInfo& info,
                                 const std::vector<ThreadId>& order);

}  // namespace initcheck
