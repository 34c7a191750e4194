// Candidate repairs for `wg.add` called inside the goroutine it counts (issue 19; GFix's Go
// repairs, Liu et al., ASPLOS 2021): the `add` statement moves to just before a `go`, so the
// counter is raised before `wg.wait()` can see it at zero. Every `go` of the spec is tried as
// the new place; the engine's re-check keeps the moves that fix something and add nothing.
#pragma once

#include <vector>

#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

// One site per `W.add(...);` statement of a waitgroup `W` declared `var W: waitgroup;` in
// `file` (the spec's syntax tree), with one alternative per `go` keyword of the spec.
std::vector<EditSite> waitGroupAddSites(const SourceFile& source, const ast::File& file);

}  // namespace initcheck
