// RC11's psc acyclicity (Lahav et al., PLDI 2017, section 3): the order every execution must
// give its seq_cst accesses and seq_cst fences, over the execution logged so far.
//
//   scb      = po ∪ po|≠loc;hb;po|≠loc ∪ hb|loc ∪ mo ∪ rb
//   psc_base = ([E_sc] ∪ [F_sc];hb?) ; scb ; ([E_sc] ∪ hb?;[F_sc])
//   psc_F    = [F_sc] ; (hb ∪ hb;eco;hb) ; [F_sc]
//   psc      = psc_base ∪ psc_F, which must be acyclic.
//
// hb comes from the events' vector clocks, mo and rb from the locations' modification orders
// (every write a logged event names is still there: histories are not trimmed while the log
// is kept).
#pragma once

#include <vector>

#include "runtime/execution_log.hpp"
#include "runtime/modification_order.hpp"

namespace initcheck {

// True when psc over `log` is acyclic; `orders[l]` is location l's modification order.
// `accessesOnly`: the log holds only the seq_cst accesses, with their neighbours' facts
// (runtime/execution_log.hpp), as it does in a program without seq_cst fences.
bool pscAcyclic(const std::vector<LoggedEvent>& log,
                const std::vector<const ModificationOrder*>& orders, bool accessesOnly);

}  // namespace initcheck
