// Test helper: prints AST nodes as compact S-expressions, so that a test states a whole tree
// shape in one line: `a - b - c` prints as `(- (- a b) c)`.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace initcheck::testing {

std::string print(const ast::Expr& expr);
std::string print(const ast::Stmt& stmt);
std::string print(const ast::Block& block);
std::string print(const ast::Type& type);
std::string print(const ast::Item& item);

}  // namespace initcheck::testing
