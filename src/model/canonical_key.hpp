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
// Symmetry classes (SymmetryInfo, built once per Semantics): declared threads whose bodies
// compile to the same code up to source positions (same instructions with the same operands,
// slots, parameters and captures; so a body creating a closure is only ever alone, the
// closure's body id being its own), and whose initial states are swapped into each other by
// exchanging the threads. Each class has a representative body (its lowest id); with symmetry
// on, the encoder reads every frame of a member body as the representative's and every source
// position inside a member body (access records' positions, pending labels) as the position of
// the representative's instruction at the same index.
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

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/symbol_table.hpp"
#include "model/trace_event.hpp"
#include "support/source_position.hpp"

namespace initcheck {

struct StateData;
class CompiledProgram;

// The symmetry classes of declared threads (see above). Empty: no two declared threads are
// interchangeable, and the encoder maps nothing.
struct SymmetryInfo {
  // Groups of >= 2 declared thread ids (index in the program's thread order), increasing.
  std::vector<std::vector<ThreadId>> groups;
  // Indexed by BodyId: the class representative of a member body, kNoBody for any other body.
  std::vector<BodyId> representative;
  // Member position (line << 32 | column) -> the representative's; sorted by the first.
  std::vector<std::pair<std::uint64_t, SourcePosition>> positions;

  bool empty() const { return groups.empty(); }
  BodyId body(BodyId body) const {
    if (body < 0 || static_cast<std::size_t>(body) >= representative.size())
      return body;
    BodyId mapped = representative[static_cast<std::size_t>(body)];
    return mapped == kNoBody ? body : mapped;
  }
  SourcePosition position(SourcePosition position) const;
};

// The classes of `program`'s declared threads, started in `initial` (Semantics::initial()).
SymmetryInfo computeSymmetry(const CompiledProgram& program, const StateData& initial);

struct CanonicalKey {
  std::string bytes;                  // equal bytes: equal states up to the renaming below
  std::vector<ThreadId> toCanonical;  // actual thread id -> its id in the encoding
};

// symmetry=false: toCanonical is the identity and bytes encode the state as it is (`classes`
// is ignored). symmetry=true: canonical up to renaming threads, and, with `classes`, up to
// replacing member bodies and their positions by their representative's.
CanonicalKey encodeState(const StateData& state, bool symmetry,
                         const SymmetryInfo* classes = nullptr);

}  // namespace initcheck
