// The symbolic engine's bounded model checking loop: unfold the bounded program
// (unfolder.hpp), encode it once (encoder.hpp) into one Z3 solver, then ask the property
// queries (query_loop.hpp): all open queries first as one disjunction, whose `unsat` answers
// them at once, and each query that holds in its model alone under push/pop: `sat` gives a
// model whose witness is walked through the explicit semantics (schedule_decoder.hpp) and must
// show the violation (else an internal error), `unsat` means the instance holds within the
// bounds, `unknown` makes the verdict unknown with Z3's reason. Queries whose instances differ
// by data (single_init's argument tuples) are asked again with the tuples found so far excluded.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explore/explorer.hpp"
#include "explore/search_progress.hpp"
#include "model/semantics.hpp"
#include "symbolic/schedule_decoder.hpp"

namespace initcheck::symbolic {

struct SymbolicOptions {
  std::optional<double> timeoutSeconds;       // for the whole check (Z3's timeout per query too)
  std::optional<std::uint64_t> maxMemoryMB;   // resident memory of the process
  std::optional<std::uint64_t> maxEvents;     // --max-states: events of the unfolding
  const std::atomic<bool>* cancel = nullptr;  // set by another thread: stop, answer unknown
  ProgressCallback progress;  // between queries, a few times a second: the queries answered
};

// What the check built and where its time went (each phase as far as it got).
struct SymbolicStats {
  std::uint64_t nodes = 0;            // events of the unfolding
  std::uint64_t steps = 0;            // events with a clock of their own (schedule steps)
  std::uint64_t constraints = 0;      // formulas asserted for every execution
  std::uint64_t clauses = 0;          // clauses Z3 made of them while solving ("mk clause")
  std::uint64_t plannedQueries = 0;   // property instance candidates to ask
  std::uint64_t answeredQueries = 0;  // of them, answered before a limit ended the check
  std::uint64_t queries = 0;          // solver calls made (a query may take several)
  std::uint64_t sat = 0;
  std::uint64_t unsat = 0;
  double unfoldSeconds = 0;
  double encodeSeconds = 0;
  double solveSeconds = 0;
  double seconds = 0;  // all of it
};

struct SymbolicResult {
  std::vector<DecodedCounterexample> counterexamples;  // one per instance, in query order
  std::set<BoundKind> boundsHit;
  std::optional<std::string> unknown;      // why some query got no definite answer
  std::optional<LimitKind> limit;          // when a time or memory limit (or a cancel) ended it
  std::optional<std::string> unsupported;  // a construct the unfolder cannot handle
  std::vector<std::string> internalErrors;
  SymbolicStats stats;
};

SymbolicResult checkSymbolically(const Semantics& semantics, const SymbolicOptions& options);

}  // namespace initcheck::symbolic
