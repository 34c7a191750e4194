// Whether control can reach the end of a block (see return_analysis.hpp).
#include "sema/return_analysis.hpp"

#include <algorithm>

namespace initcheck {

namespace {

bool isTrueLiteral(const ast::Expr& expr) {
  if (const auto* paren = std::get_if<ast::Parenthesized>(&expr.node)) {
    return isTrueLiteral(*paren->inner);
  }
  const auto* literal = std::get_if<ast::BoolLiteral>(&expr.node);
  return literal && literal->value;
}

bool ifAlwaysReturns(const ast::IfStmt& stmt) {
  return stmt.elseBranch && alwaysReturns(stmt.thenBlock) && alwaysReturns(**stmt.elseBranch);
}

}  // namespace

bool alwaysReturns(const ast::Block& block) {
  const auto& statements = block.statements;
  return std::any_of(statements.begin(), statements.end(),
                     [](const ast::Stmt& stmt) { return alwaysReturns(stmt); });
}

bool alwaysReturns(const ast::Stmt& stmt) {
  if (std::holds_alternative<ast::ReturnStmt>(stmt.node))
    return true;
  if (const auto* ifStmt = std::get_if<ast::IfStmt>(&stmt.node))
    return ifAlwaysReturns(*ifStmt);
  if (const auto* block = std::get_if<ast::BlockStmt>(&stmt.node)) {
    return alwaysReturns(block->block);
  }
  if (const auto* loop = std::get_if<ast::WhileStmt>(&stmt.node)) {
    return isTrueLiteral(loop->condition);
  }
  return false;
}

}  // namespace initcheck
