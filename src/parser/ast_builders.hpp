// Plain C++ helpers that assemble public AST nodes from the pieces the grammar matched, and
// compute their heights (measured.hpp). The X3 actions stay one-liners that call these.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "parser/ast.hpp"
#include "parser/measured.hpp"

namespace initcheck::parser {

using MExpr = Measured<ast::Expr>;
using MArgument = Measured<ast::Argument>;
using MArguments = Measured<std::vector<ast::Argument>>;
using MBlock = Measured<ast::Block>;
using MStmtNode = Measured<ast::StmtNode>;
using MStmt = Measured<ast::Stmt>;

struct PrefixOperator {
  SourcePosition position;
  ast::UnaryOperator op = ast::UnaryOperator::Not;
};

// `if COND { }`: one link of an if / else-if chain.
struct IfClause {
  SourcePosition position;  // the `if`
  MExpr condition;
  MBlock block;
};

// 1 + the highest child.
std::uint32_t heightAbove(std::uint32_t child);
std::uint32_t heightAbove(std::uint32_t a, std::uint32_t b);

ast::Expr unbox(MExpr&& expr);

MExpr makeBinary(MExpr left, ast::BinaryOperator op, MExpr right);
std::uint32_t prefixedHeight(const std::vector<PrefixOperator>& ops, const MExpr& operand);
MExpr applyPrefixes(const std::vector<PrefixOperator>& ops, MExpr operand);
MExpr makeCall(MExpr callee, MArguments arguments);
MExpr makeIndex(MExpr base, MExpr index);
MExpr makeMethodCall(MExpr receiver, ast::Identifier method, MArguments arguments);
void appendArgument(MArguments& arguments, MArgument argument);

bool isCall(const ast::Expr& expr);
// `x = e` or `x[i] = e`; nullopt when `target` is not a name or a name indexed once.
std::optional<ast::AssignStmt> makeAssignment(ast::Expr target, ast::Expr value);

std::uint32_t ifChainHeight(const IfClause& first, const std::vector<IfClause>& elseIfs,
                            const std::optional<MBlock>& elseBlock);
// Nests `else if` links from the last one outwards, without recursion.
ast::IfStmt buildIfChain(IfClause first, std::vector<IfClause> elseIfs,
                         std::optional<MBlock> elseBlock);

// The position just past a block's `}`.
SourcePosition pastClosingBrace(const ast::Block& block);

}  // namespace initcheck::parser
