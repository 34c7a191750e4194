// Candidate repairs for a race (issue 19): both racing statements are put under one mutex,
// `m.lock(); STATEMENT m.unlock();` on their own lines, with a mutex the spec already declares
// or, failing that, a new one declared after the last line (so no position moves but on the
// wrapped lines). The statement around an access is taken on its line: from the `;`, `{` or `}`
// before it to the `;` after it; the engine's re-check rejects a wrap that does not parse or
// fix.
#pragma once

#include <vector>

#include "check/check_result.hpp"
#include "parser/ast.hpp"
#include "repair/edit_site.hpp"

namespace initcheck {

// One site per race of `result` whose two statements can be found, with one alternative per
// declared mutex and one with a new mutex.
// `file`: the spec's syntax tree, for its mutexes.
std::vector<EditSite> lockGuardSites(const SourceFile& source, const ast::File& file,
                                     const CheckResult& result);

}  // namespace initcheck
