// Candidate repairs that strengthen a memory order (issue 19; the weak-memory repairs of
// Alglave, Maranget, Sarkar and Sewell's fence insertion, "Don't sit on the fence", CAV 2014,
// restricted to the orders of the accesses themselves): every memory-order word of the spec,
// `relaxed`, `acquire`, `release` or `acq_rel`, may become a stronger one. All five orders are
// seven letters long, so such an edit moves no position.
#pragma once

#include <vector>

#include "repair/edit_site.hpp"

namespace initcheck {

// Every memory-order word outside comments and strings, in source order, with its stronger
// orders weakest first: relaxed -> acquire, release, acq_rel, seq_cst; acquire or release ->
// acq_rel, seq_cst; acq_rel -> seq_cst. Some do not fit their operation (a load cannot
// release); checking the edited spec rejects those.
std::vector<EditSite> memoryOrderSites(const SourceFile& source);

}  // namespace initcheck
