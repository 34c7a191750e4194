// Candidate repairs for an unlock of a mutex the thread does not hold, as an error path that
// unlocks what only the other path locked: the unlock moves to the end of a block that locks
// that mutex, so that it runs exactly when the lock did:
//
//     if !failed { mu.lock(); }        if !failed { mu.lock(); mu.unlock(); }
//     mu.unlock();               ->
//
// Candidates come from the `unlock of unlocked mutex` runtime errors (and `runlock` likewise);
// each block with a `lock()` (`rlock()`) of that mutex among its own statements is tried.
#pragma once

#include <vector>

#include "check/check_result.hpp"
#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

std::vector<EditSite> unlockPlacementSites(const SourceFile& source, const ast::File& file,
                                           const CheckResult& result);

}  // namespace initcheck
