// Prints expressions, arguments and parameter lists for `fmt`.
#pragma once

#include <vector>

#include "format/comments.hpp"
#include "format/doc.hpp"
#include "parser/ast.hpp"

namespace initcheck::format {

// Binding strength, loosest first: || && (== !=) (< <= > >=) (+ -) (* / %) unary, postfix.
int precedence(const ast::Expr& expr);

// The expression, with parentheses added wherever the tree needs them to re-parse as itself
// (a hand-built tree may lack Parenthesized nodes).
Doc printExpr(const ast::Expr& expr, CommentPool& pool);

// `a, b, release` (without the parentheses).
Doc printArguments(const std::vector<ast::Argument>& arguments, CommentPool& pool);

// `(a: int, b: string)` with the parentheses, and ` -> T` when there is a result.
Doc printSignature(const std::vector<ast::Parameter>& parameters,
                   const std::optional<ast::Type>& result);

}  // namespace initcheck::format
