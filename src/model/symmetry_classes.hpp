// Symmetry classes (SymmetryInfo, built once per Semantics): declared threads whose bodies
// compile to the same code up to source positions (same instructions with the same operands,
// slots, parameters and captures; so a body creating a closure is only ever alone, the
// closure's body id being its own), and whose initial states are swapped into each other by
// exchanging the threads. Each class has a representative body (its lowest id); with symmetry
// on, the encoder reads every frame of a member body as the representative's and every source
// position inside a member body (access records' positions, pending labels) as the position of
// the representative's instruction at the same index. The state encoding
// (model/state_encoding.hpp) applies them; orbit completion (src/explore) exchanges threads of
// one group in schedules.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/trace_event.hpp"
#include "sema/symbol_table.hpp"
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

}  // namespace initcheck
