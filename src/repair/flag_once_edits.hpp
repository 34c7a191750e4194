// Candidate repairs for a hand-rolled once whose flag is won by CompareAndSwap before the value
// is written (issue 19: "replace a flag by a once"). The losers of the CAS return at once and
// read what the winner has not written yet; a once makes them wait for it:
//
//     if flag.cas(false, true) {          flagOnce.do(func() {
//         value = load();          ->         value = load();
//     }                                   flag.store(true); });
//
// The store keeps the flag's meaning for the fast paths that test it (`if !flag.load()`), now
// set after the body, as Go's sync.Once sets its `done`. Only a `cas` that is the whole
// condition of an `if` with no `else`, whose body returns nowhere, qualifies; the engine's
// re-check rejects the edit where the flag means more than "initialized".
#pragma once

#include <vector>

#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

std::vector<EditSite> flagOnceSites(const SourceFile& source, const ast::File& file);

}  // namespace initcheck
