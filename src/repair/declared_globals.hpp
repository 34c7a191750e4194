// The scalar globals a spec declares of one type, as the parser read them (arrays excluded):
// what the repairs that use a declared mutex, wait group or flag look up.
#pragma once

#include <vector>

#include "parser/ast.hpp"

namespace initcheck {

std::vector<const ast::GlobalDecl*> scalarGlobals(const ast::File& file, ast::TypeKind kind);

// The scalar `bool` and `int` globals, atomic or not: what can serve as a flag.
std::vector<const ast::GlobalDecl*> flagGlobals(const ast::File& file);

}  // namespace initcheck
