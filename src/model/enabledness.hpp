// Queries on a state that do not change it: enabledness, successor counts, blocked threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "compile/program.hpp"
#include "runtime/bounds.hpp"
#include "runtime/footprint.hpp"
#include "runtime/state_data.hpp"

namespace initcheck {

// The instruction a thread is poised at, a value on its operand stack (0 = the top), and the
// object a method call it is poised at is called on.
const Instr& poisedAt(const CompiledProgram& program, const ThreadState& thread);
const Value& stackFromTop(const ThreadState& thread, std::size_t depth);
const Value& methodReceiver(const ThreadState& thread, const Instr& instr);

bool threadEnabled(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                   ThreadId t);
// Whether the thread's next step is one that other threads' steps can disable or enable (a lock,
// a once's do, a wait, a join, a channel operation, an await, a spin waiting for a newer write);
// false for the steps that are enabled whenever the thread is poised at them.
bool poisedMayBlock(const CompiledProgram& program, const ThreadState& thread);
// Successors of an enabled thread's step: values of a `choose` (0 = an empty range), poised
// receivers of an unbuffered send, otherwise 1.
std::uint32_t successorCount(const CompiledProgram& program, const StateData& state, ThreadId t);
// What a blocked thread waits for, in words: the lock and its holder, the once and its runner,
// the await condition and the values it reads now, ...
std::string waitsFor(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                     ThreadId t);
// What t's next step touches (runtime/footprint.hpp), whether or not t is enabled.
Footprint poisedFootprintOf(const CompiledProgram& program, const Bounds& bounds,
                            const StateData& state, ThreadId t);
// The same read off the poised instruction alone; none for an await or a thread starting
// with private code, whose footprint only running the step tells.
std::optional<Footprint> decodedFootprint(const StateData& state, const CompiledProgram& program,
                                          const Bounds& bounds, ThreadId t);
SourcePosition poisedPosition(const CompiledProgram& program, const ThreadState& thread);

}  // namespace initcheck
