// How many successors a thread's next step has under RC11 when it is one memory access (a
// read, a write, an atomic operation): one per write a read may return, per place in mo a
// write may take (runtime/coherence.hpp). Read off the state without running the step.
#pragma once

#include <cstdint>
#include <optional>

#include "compile/program.hpp"
#include "runtime/memory_mode.hpp"
#include "runtime/state_data.hpp"

namespace initcheck {

// None when the poised instruction is no such access (or the mode gives it one successor).
std::optional<std::uint32_t> memoryChoiceCount(const CompiledProgram& program, MemoryMode mode,
                                               const StateData& state, ThreadId t);

}  // namespace initcheck
