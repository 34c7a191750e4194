// Plain C++ helpers that assemble public AST nodes and compute their heights.
#include "parser/ast_builders.hpp"

#include <algorithm>
#include <utility>

namespace initcheck::parser {

namespace {

ast::Stmt blockStmt(ast::Block block) {
  ast::Stmt stmt;
  stmt.position = block.position;
  stmt.end = pastClosingBrace(block);
  stmt.node = ast::BlockStmt{std::move(block)};
  return stmt;
}

ast::IfStmt makeIf(IfClause clause, std::optional<ast::Box<ast::Stmt>> elseBranch) {
  ast::IfStmt result;
  result.condition = unbox(std::move(clause.condition));
  result.thenBlock = std::move(clause.block.node);
  result.elseBranch = std::move(elseBranch);
  return result;
}

}  // namespace

std::uint32_t heightAbove(std::uint32_t child) {
  return child + 1;
}

std::uint32_t heightAbove(std::uint32_t a, std::uint32_t b) {
  return std::max(a, b) + 1;
}

ast::Expr unbox(MExpr&& expr) {
  return std::move(expr.node);
}

MExpr makeBinary(MExpr left, ast::BinaryOperator op, MExpr right) {
  MExpr result;
  result.height = heightAbove(left.height, right.height);
  result.node.position = left.node.position;
  result.node.node = ast::Binary{op, unbox(std::move(left)), unbox(std::move(right))};
  return result;
}

std::uint32_t prefixedHeight(const std::vector<PrefixOperator>& ops, const MExpr& operand) {
  return operand.height + static_cast<std::uint32_t>(std::min<std::size_t>(ops.size(), 1u << 30));
}

MExpr applyPrefixes(const std::vector<PrefixOperator>& ops, MExpr operand) {
  for (auto op = ops.rbegin(); op != ops.rend(); ++op) {
    MExpr result;
    result.height = heightAbove(operand.height);
    result.node.position = op->position;
    result.node.node = ast::Unary{op->op, unbox(std::move(operand))};
    operand = std::move(result);
  }
  return operand;
}

MExpr makeCall(MExpr callee, MArguments arguments) {
  MExpr result;
  result.height = heightAbove(callee.height, arguments.height);
  result.node.position = callee.node.position;
  result.node.node = ast::Call{unbox(std::move(callee)), std::move(arguments.node)};
  return result;
}

MExpr makeIndex(MExpr base, MExpr index) {
  MExpr result;
  result.height = heightAbove(base.height, index.height);
  result.node.position = base.node.position;
  result.node.node = ast::Index{unbox(std::move(base)), unbox(std::move(index))};
  return result;
}

MExpr makeMethodCall(MExpr receiver, ast::Identifier method, MArguments arguments) {
  MExpr result;
  result.height = heightAbove(receiver.height, arguments.height);
  result.node.position = receiver.node.position;
  result.node.node =
      ast::MethodCall{unbox(std::move(receiver)), std::move(method), std::move(arguments.node)};
  return result;
}

void appendArgument(MArguments& arguments, MArgument argument) {
  arguments.height = std::max(arguments.height, argument.height);
  arguments.node.push_back(std::move(argument.node));
}

bool isCall(const ast::Expr& expr) {
  return std::holds_alternative<ast::Call>(expr.node) ||
         std::holds_alternative<ast::MethodCall>(expr.node);
}

std::optional<ast::AssignStmt> makeAssignment(ast::Expr target, ast::Expr value) {
  ast::AssignStmt result;
  result.value = std::move(value);
  if (auto* name = std::get_if<ast::NameRef>(&target.node)) {
    result.target = ast::Identifier{name->name, target.position};
    return result;
  }
  auto* index = std::get_if<ast::Index>(&target.node);
  if (index == nullptr)
    return std::nullopt;
  auto* base = std::get_if<ast::NameRef>(&index->base->node);
  if (base == nullptr)
    return std::nullopt;
  result.target = ast::Identifier{base->name, index->base->position};
  result.index = std::move(index->index.get());
  return result;
}

std::uint32_t ifChainHeight(const IfClause& first, const std::vector<IfClause>& elseIfs,
                            const std::optional<MBlock>& elseBlock) {
  // Each else branch is a Stmt holding the next IfStmt (or a BlockStmt): two levels per link.
  std::uint32_t height = elseBlock ? elseBlock->height + 2 : 0;
  auto clauseHeight = [](const IfClause& clause) {
    return std::max(clause.condition.height, clause.block.height);
  };
  for (auto clause = elseIfs.rbegin(); clause != elseIfs.rend(); ++clause) {
    height = std::max(height, clauseHeight(*clause)) + 3;
  }
  return heightAbove(std::max(height, clauseHeight(first)));
}

ast::IfStmt buildIfChain(IfClause first, std::vector<IfClause> elseIfs,
                         std::optional<MBlock> elseBlock) {
  std::optional<ast::Box<ast::Stmt>> tail;
  SourcePosition end;
  if (elseBlock) {
    tail = blockStmt(std::move(elseBlock->node));
    end = tail->get().end;
  } else {
    end = pastClosingBrace(elseIfs.empty() ? first.block.node : elseIfs.back().block.node);
  }
  for (auto clause = elseIfs.rbegin(); clause != elseIfs.rend(); ++clause) {
    ast::Stmt link;
    link.position = clause->position;
    link.end = end;
    link.node = makeIf(std::move(*clause), std::move(tail));
    tail = std::move(link);
  }
  return makeIf(std::move(first), std::move(tail));
}

SourcePosition pastClosingBrace(const ast::Block& block) {
  return {block.closePosition.line, block.closePosition.column + 1};
}

}  // namespace initcheck::parser
