// Candidate repairs for a race on a plain flag (issue 19): the variable becomes atomic and is
// published with release and read with acquire, as a double-checked lock's flag must be:
// `var done: bool` -> `var done: atomic bool`, `done = e;` -> `done.store(e, release);`, and
// every other read `done` -> `done.load(acquire)`. Only `bool` and `int` globals that some
// `if`, `while` or `await` tests qualify: making the data itself atomic would hide its race
// without ordering it. The engine's re-check rejects the edit where a use does not fit.
#pragma once

#include <vector>

#include "check/check_result.hpp"
#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

// One site per racing variable of `result` declared `var NAME: bool` or `var NAME: int`.
// `file`: the spec's syntax tree, for the declarations.
std::vector<EditSite> atomicFlagSites(const SourceFile& source, const ast::File& file,
                                      const CheckResult& result);

}  // namespace initcheck
