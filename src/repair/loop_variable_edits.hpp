// Candidate repairs for a loop variable shared by the whole loop (issue 19; GFix's Go repairs,
// Liu et al., ASPLOS 2021): `for shared x in ...` becomes `for x in ...`, a fresh variable per
// iteration (Go 1.22's loop semantics), so closures and goroutines started in the body each
// see their own iteration's value.
#pragma once

#include <vector>

#include "repair/edit_site.hpp"

namespace initcheck {

// Every `shared ` after `for` outside comments and strings, with its one alternative: nothing.
std::vector<EditSite> sharedLoopVariableSites(const SourceFile& source);

}  // namespace initcheck
