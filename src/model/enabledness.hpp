// Queries on a state that do not change it: enabledness, successor counts, blocked threads.
#pragma once

#include <cstdint>
#include <string>

#include "model/program.hpp"
#include "model/state_data.hpp"

namespace initcheck {

bool threadEnabled(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                   ThreadId t);
// Successors of an enabled thread's step: values of a `choose` (0 = an empty range), poised
// receivers of an unbuffered send, otherwise 1.
std::uint32_t successorCount(const CompiledProgram& program, const StateData& state, ThreadId t);
std::string waitsFor(const CompiledProgram& program, const StateData& state, ThreadId t);
// What t's next step touches (model/footprint.hpp), whether or not t is enabled.
Footprint poisedFootprintOf(const CompiledProgram& program, const Bounds& bounds,
                            const StateData& state, ThreadId t);
SourcePosition poisedPosition(const CompiledProgram& program, const ThreadState& thread);

}  // namespace initcheck
