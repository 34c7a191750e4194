// Candidate repairs for an `exactly_once(f)` that some path never meets (issue 19: init on
// every path): a statement that runs f, `o.do(f);` or `f();`, inside an `if` moves to just
// before that `if`, so that every path through it runs f:
//
//     if need { o.do(load); }   ->   o.do(load); if need { }
//
// Candidates come from the violated exactly_once checks' functions; the re-check says whether
// the path that skipped f was the only one.
#pragma once

#include <vector>

#include "check/check_result.hpp"
#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

std::vector<EditSite> onceHoistSites(const SourceFile& source, const ast::File& file,
                                     const CheckResult& result);

}  // namespace initcheck
