// How the executor treats memory (LANGUAGE.md section 4a), decided once per program:
// - Sc (`option memory_model = sc`): every read returns the latest write (the v1 semantics).
// - Rc11PlainOnly (rc11, and every atomic operation seq_cst, no fence): atomics are sequentially
//   consistent, as RC11 makes them in every execution without a data race (its DRF-SC theorem),
//   and plain variables follow RC11: a racy read may return an older write. Programs in Go's
//   and Java's style keep the cost of the sc model.
// - Rc11: every access follows RC11 (modification orders, coherence, release sequences,
//   fences, psc for seq_cst accesses and fences).
#pragma once

#include "compile/program.hpp"
#include "sema/directives.hpp"

namespace initcheck {

enum class MemoryMode { Sc, Rc11PlainOnly, Rc11 };

MemoryMode memoryModeOf(MemoryModel model, const AtomicsUsed& used);

// Whether plain variables keep an RC11 history (every mode but Sc), and whether atomics do.
inline bool plainFollowsRc11(MemoryMode mode) {
  return mode != MemoryMode::Sc;
}
inline bool atomicsFollowRc11(MemoryMode mode) {
  return mode == MemoryMode::Rc11;
}

}  // namespace initcheck
