// Every statement of a spec's functions and threads, in source order, with the block that holds
// it and the statement whose body that block is: what the structural repairs (a flag replaced
// by a once, a once hoisted out of an `if`, an unlock moved into its lock's block) look for.
// Statements inside closures (`o.do(func() { ... })`, `go func() { ... }()`) are visited too.
#pragma once

#include <functional>

#include "parser/ast.hpp"

namespace initcheck {

struct StatementPlace {
  const ast::Stmt& statement;
  const ast::Block& block;  // the block the statement is in
  const ast::Stmt* owner;   // the statement that block belongs to; null for a body
};

void forEachStatement(const ast::File& file,
                      const std::function<void(const StatementPlace& place)>& visit);

// The statements of one block and of every block nested in it.
void forEachStatementIn(const ast::Block& block,
                        const std::function<void(const StatementPlace& place)>& visit);

}  // namespace initcheck
