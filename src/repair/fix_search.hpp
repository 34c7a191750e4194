// Verified fix suggestions (issue 19, `--suggest-fixes`): small edits of a violated spec, each
// re-checked by the engine with the same options before it is shown. A suggestion removes at
// least one violation and adds none; those after which every property holds come first, then
// the lighter change (RepairOption::cost), then more violations removed. The repairs so far:
// stronger memory orders (repair/memory_order_edits.hpp), per-iteration loop variables
// (repair/loop_variable_edits.hpp), `wg.add` moved before a `go`
// (repair/waitgroup_add_edits.hpp), a racing plain flag made atomic
// (repair/atomic_flag_edits.hpp), a CompareAndSwap flag replaced by a once
// (repair/flag_once_edits.hpp), a once moved out of the `if` that skips it
// (repair/once_hoist_edits.hpp), an unlock moved into the block that locks
// (repair/unlock_placement_edits.hpp) and racing statements under a mutex
// (repair/lock_guard_edits.hpp); one site, or two when no light single one makes the spec clean
// (a relaxed store and a relaxed load that must become release and acquire together).
// Violations of the edited spec are matched to the original's by instance key, with positions
// moved through the edits (repair/edit_site.hpp). GFix (Liu et al., ASPLOS 2021) and fence
// insertion (Alglave et al., CAV 2014) are the references.
#pragma once

#include <cstdint>

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/engine.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

// The search's budget is counted in states, so that what it finds does not depend on the
// machine: all re-checks together visit at most `stateFactor` times the states of the check
// they repair (at least `minStates`); a candidate that would go past it is left out, and the
// result says the budget ran out. A re-check costs at least `minCharge` states, so that
// engines that count none (smt) get a bounded number of candidates too; `seconds` is only a
// safety net.
struct FixSearchOptions {
  std::uint64_t stateFactor = 5;
  std::uint64_t minStates = 200000;
  std::uint64_t minCharge = 1000;
  double seconds = 30;           // for the whole search; what is not checked by then is left out
  std::size_t maxShown = 3;      // suggestions kept
  std::size_t maxPairSites = 8;  // sites whose pairs are tried when no single edit is clean
};

// Sets result.fixSearch when the result has violations.
void searchFixes(const LoadedSpec& spec, Engine& engine, const CheckOptions& options,
                 const FixSearchOptions& search, CheckResult& result);

}  // namespace initcheck
