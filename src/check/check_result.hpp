// What checking one spec file found, whatever the engine: the verdict, each violated property
// instance with its replayed trace, the bounds that cut some execution, the limit that ended
// the search early, and the statistics. Reports are written from this alone.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explore/explorer.hpp"
#include "runtime/trace_event.hpp"
#include "runtime/violation.hpp"
#include "support/exit_codes.hpp"

namespace initcheck {

enum class Verdict {
  Ok,             // every property holds: complete, or bounded when boundsHit is not empty
  Violated,       // some property is violated
  Unknown,        // a resource limit ended the search before any violation was found
  InternalError,  // initcheck failed itself (e.g. a counterexample did not replay)
};

struct ReportedViolation {
  Violation violation;
  std::vector<TraceEvent> trace;  // replayed through the semantics, step after step
  std::uint32_t preemptions = 0;
  std::size_t steps = 0;  // scheduling steps of the counterexample
  // The index (in CheckResult::violations) of the first instance of this one's root cause:
  // its own index, unless it is the same mistake as an earlier one in another thread of a
  // symmetry class (check/root_causes.hpp).
  std::size_t rootCause = 0;
};

// What the smt engine did: events unfolded and solver calls with their answers.
// The smt engine's figures: what it built and where its time went.
struct SolverStats {
  std::uint64_t events = 0;       // of the unfolding
  std::uint64_t steps = 0;        // events with a clock of their own
  std::uint64_t constraints = 0;  // formulas asserted for every execution
  std::uint64_t clauses = 0;      // clauses Z3 made while solving
  std::uint64_t plannedQueries = 0;
  std::uint64_t answeredQueries = 0;
  std::uint64_t queries = 0;  // solver calls
  std::uint64_t sat = 0;
  std::uint64_t unsat = 0;
  double unfoldSeconds = 0;
  double encodeSeconds = 0;
  double solveSeconds = 0;
  double seconds = 0;
};

// One replacement in a spec's text: `before` at `position` becomes `after`.
struct TextEdit {
  SourcePosition position;
  std::string before;
  std::string after;
};

// A change of the spec that the engine re-checked (src/repair): it removes the violations at
// `removes` (indices in CheckResult::violations) and adds none; `clean`: with it every
// property holds within the same bounds.
struct FixSuggestion {
  std::vector<TextEdit> edits;
  std::vector<std::size_t> removes;
  bool clean = false;
  std::vector<std::string> summaries;  // what each repair does, for people
  std::uint32_t cost = 0;              // how heavy the change is (src/repair ranks by it)
};

// What the search for fixes did (src/repair; by default for text and Markdown reports).
struct FixSearch {
  std::vector<FixSuggestion> fixes;  // clean ones first, then the lighter (FixSuggestion::cost)
  std::size_t candidates = 0;        // edited specs checked
  bool stoppedEarly = false;         // its budget ran out before every candidate was checked
  std::uint64_t stateBudget = 0;     // the states all its re-checks together may visit
  bool afterLimit = false;           // not searched: the check itself ended at a limit
};

struct CheckResult {
  Verdict verdict = Verdict::Ok;
  std::vector<ReportedViolation> violations;  // in the engine's deterministic order
  std::set<BoundKind> boundsHit;
  std::optional<LimitKind> limit;  // the limit that stopped the search, if any
  ExplorationStats stats;
  std::vector<std::string> internalErrors;
  std::string engine = "explicit";         // which engine's answer this is: explicit, smt
  std::optional<std::string> limitReason;  // Solver: what Z3 said; Unsupported: what and where
  std::vector<std::string> notes;          // e.g. a bound an engine does not apply
  std::optional<SolverStats> solver;       // the smt engine's figures
  std::optional<FixSearch> fixSearch;      // --suggest-fixes on a violated spec

  bool complete() const { return boundsHit.empty() && !limit; }
  std::set<PropertyKind> violatedKinds() const;
};

// Internal error > violated > unknown > ok, from the other fields.
Verdict decideVerdict(const CheckResult& result);

// The exit status `initcheck check` promises for a verdict (LANGUAGE.md section 8).
ExitCode exitCodeFor(Verdict verdict);

}  // namespace initcheck
