// Candidate repairs that strengthen a memory order (issue 19; the weak-memory repairs of
// Alglave, Maranget, Sarkar and Sewell's fence insertion, "Don't sit on the fence", CAV 2014,
// restricted to the orders of the accesses themselves): every memory-order word of the spec,
// `relaxed`, `acquire`, `release` or `acq_rel`, may become a stronger one. All five orders are
// seven letters long, so an edit keeps every source position, and the violations of the edited
// spec keep the instance keys of the original.
#pragma once

#include <vector>

#include "check/check_result.hpp"
#include "support/source_file.hpp"

namespace initcheck {

// The edits of one memory-order word, weakest first: relaxed -> acquire, release, acq_rel,
// seq_cst; acquire or release -> acq_rel, seq_cst; acq_rel -> seq_cst. Some do not fit their
// operation (a load cannot release); checking the edited spec rejects those.
struct OrderSite {
  SourcePosition position;
  std::vector<TextEdit> strongerOrders;
};

// Every memory-order word outside comments and strings, in source order.
std::vector<OrderSite> memoryOrderSites(const SourceFile& source);

// The text with the edits applied (they never overlap; same-length replacements).
std::string applyEdits(const SourceFile& source, const std::vector<TextEdit>& edits);

}  // namespace initcheck
