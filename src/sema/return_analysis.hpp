// A simple structural analysis of whether a body can fall off its end (section 2: a function
// with a result must return one). A block always returns when one of its statements does; a
// statement does when it is a `return`, an `if` with an `else` whose branches both do, a nested
// block that does, or `while true { }` (the language has no `break`, so only a return leaves it).
#pragma once

#include "parser/ast.hpp"

namespace initcheck {

bool alwaysReturns(const ast::Block& block);
bool alwaysReturns(const ast::Stmt& stmt);

}  // namespace initcheck
