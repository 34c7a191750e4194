// How to check a spec: the command line's bound overrides, the search's reduction and state
// cache, and the resource limits. One struct for every engine.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>

#include "explore/explorer.hpp"
#include "sema/directives.hpp"

namespace initcheck {

struct CheckOptions {
  SpecOptions bounds;  // --unroll, --threads, --depth, --preemptions, --memory-model (unset: the
                       // file decides)
  Reduction reduction = Reduction::Dpor;
  bool stateCache = true;
  bool hashCompaction = false;  // --state-cache hash
  bool symmetry = true;
  std::optional<double> timeoutSeconds;
  std::optional<std::uint64_t> maxStates;
  std::optional<std::uint64_t> maxMemoryMB;  // resident memory of the whole process
  // --engine auto: a disagreement between the engines is an internal error (--cross-check)
  // rather than a note.
  bool crossCheck = false;
  // Set by another thread to stop this check early (see ExploreOptions::cancel).
  const std::atomic<bool>* cancel = nullptr;
  // Called a few times a second while the engine searches (explore/search_progress.hpp), on
  // the engine's thread; under --engine auto only the explicit engine reports.
  ProgressCallback progress;
};

}  // namespace initcheck
