// The scalar globals a spec declares of one type, as the parser read them (arrays excluded):
// what the repairs that use a declared mutex, wait group or flag look up.
#pragma once

#include <vector>

#include "parser/ast.hpp"

namespace initcheck {

std::vector<const ast::GlobalDecl*> scalarGlobals(const ast::File& file, ast::TypeKind kind);

}  // namespace initcheck
