// Pure spin loops (LANGUAGE.md section 5, livelock): a `while` loop whose iterations can do
// nothing but read shared memory, compute on the stack and assign the thread's variables. Such a
// loop only re-reads until its condition lets it out, so its iterations (once its variables
// have taken the values the reads give them) are spins as the explicit executor detects them
// at run time (runtime/spin.cpp: an iteration that wrote nothing, did no sync operation and
// left the thread's variables as they were). This is the static, sufficient form of that
// criterion, for the smt engine, which encodes such a loop as one await-like group (GenMC's
// spin-assume) instead of unrolling it. Loops that are spins only on some iterations (a write
// on one branch, a call) are not recognized here.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "compile/program.hpp"

namespace initcheck {

// Where a compiled `while` loop lies in its body (compile_statements.cpp's layout).
struct LoopExtent {
  std::uint32_t start = 0;      // the LoopStart instruction
  std::uint32_t top = 0;        // the condition's first instruction (`continue` jumps here)
  std::uint32_t iteration = 0;  // the loop's LoopIteration instruction
  std::uint32_t end = 0;        // the first instruction after the loop (`break` jumps here)
  // Its iterations assign variables of the thread: the explicit executor sees the first
  // iteration change them (from the values before the loop) and counts it and the next one;
  // from then on an iteration that reads what the one before it read leaves them as they were.
  bool assignsLocals = false;
};

// The extent of the loop whose LoopStart is at `start`, when the smt walker walks it as a
// spin loop (walker_spin.cpp): between `top` and `end` only pushes of constants, local loads
// and stores, shared and cell loads and stores, atomics but notify, fences, calls,
// arithmetic, comparisons, list reads, labels, asserts, jumps inside the loop, returns and
// nested such loops that assign no variable; and at least one shared read. A run of it that
// does more than read (a store, a cas that succeeds, a fence, a blocked wait, what a call
// does but read: Executor::spoilSpin) is no spin: the walker counts it against `unroll`, as
// the explicit executor counts such an iteration.
std::optional<LoopExtent> pureSpinLoop(const CompiledBody& body, std::uint32_t start);

// The iteration counters (hidden slots) of the loops nested in the body of the loop whose
// LoopIteration is at `iteration`: bookkeeping, not variables of the thread, so runtime/spin.cpp
// leaves them out (with the loop's own counter) when it compares the variables an iteration
// began with to those the next one begins with.
std::vector<std::int64_t> nestedLoopCounters(const CompiledBody& body, std::uint32_t iteration);

}  // namespace initcheck
