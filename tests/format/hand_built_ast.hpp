// Terse constructors for hand-built ASTs in the formatter tests (no positions: a tree built
// by a program, not by the parser).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "parser/ast.hpp"

namespace initcheck::testing::build {

inline ast::Expr expr(ast::ExprNode node) {
  return ast::Expr{std::move(node), {}};
}
inline ast::Expr name(std::string n) {
  return expr(ast::NameRef{std::move(n)});
}
inline ast::Expr num(std::int64_t v) {
  return expr(ast::IntLiteral{v});
}
inline ast::Expr str(std::string v) {
  return expr(ast::StringLiteral{std::move(v)});
}
inline ast::Expr boolean(bool v) {
  return expr(ast::BoolLiteral{v});
}
inline ast::Expr paren(ast::Expr e) {
  return expr(ast::Parenthesized{std::move(e)});
}
inline ast::Expr binary(ast::BinaryOperator op, ast::Expr l, ast::Expr r) {
  return expr(ast::Binary{op, std::move(l), std::move(r)});
}
inline ast::Expr unary(ast::UnaryOperator op, ast::Expr e) {
  return expr(ast::Unary{op, std::move(e)});
}
inline ast::Argument arg(ast::Expr e) {
  return ast::Argument{ast::Box<ast::Expr>(std::move(e)), {}};
}
inline ast::Argument order(ast::MemoryOrder o) {
  return ast::Argument{o, {}};
}
inline ast::Expr call(ast::Expr callee, std::vector<ast::Argument> args = {}) {
  return expr(ast::Call{std::move(callee), std::move(args)});
}
inline ast::Expr method(ast::Expr receiver, std::string m, std::vector<ast::Argument> args = {}) {
  return expr(
      ast::MethodCall{std::move(receiver), ast::Identifier{std::move(m), {}}, std::move(args)});
}
inline ast::Expr index(ast::Expr base, ast::Expr i) {
  return expr(ast::Index{std::move(base), std::move(i)});
}

inline ast::Stmt stmt(ast::StmtNode node) {
  return ast::Stmt{std::nullopt, std::move(node), {}, {}};
}
inline ast::Block block(std::vector<ast::Stmt> statements) {
  return ast::Block{std::move(statements), {}, {}};
}
inline ast::Expr closure(std::vector<ast::Stmt> body) {
  ast::Closure c;
  c.body = block(std::move(body));
  return expr(std::move(c));
}
inline ast::Stmt exprStmt(ast::Expr e) {
  return stmt(ast::ExprStmt{std::move(e)});
}
inline ast::Stmt assign(std::string target, ast::Expr value) {
  return stmt(
      ast::AssignStmt{ast::Identifier{std::move(target), {}}, std::nullopt, std::move(value)});
}
inline ast::Stmt let(std::string n, ast::Expr value) {
  return stmt(ast::LetStmt{ast::Identifier{std::move(n), {}}, std::nullopt, std::move(value)});
}

inline ast::Item item(ast::ItemNode node) {
  return ast::Item{std::move(node), {}, {}};
}
inline ast::Item global(std::string n, ast::TypeKind kind, std::optional<ast::Expr> init = {}) {
  ast::GlobalDecl d;
  d.name = {std::move(n), {}};
  d.type.kind = kind;
  d.initializer = std::move(init);
  return item(std::move(d));
}
inline ast::Item thread(std::string n, std::vector<ast::Stmt> body) {
  return item(ast::ThreadDecl{ast::Identifier{std::move(n), {}}, block(std::move(body))});
}
inline ast::Item checkFinal(ast::Expr e) {
  return item(ast::CheckItem{ast::FinalProperty{std::move(e)}});
}

}  // namespace initcheck::testing::build
