// Statements: every form, labels, positions and end positions.
#include <gtest/gtest.h>

#include "ast_printer.hpp"
#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

std::string printed(const std::string& body) {
  std::string result;
  for (const auto& stmt : parseStatements(body))
    result += (result.empty() ? "" : " ") + print(stmt);
  return result;
}

TEST(Statements, Let) {
  EXPECT_EQ(printed("let x = 1;"), "(let x 1)");
  EXPECT_EQ(printed("let x: chan(2) = new chan(2);"), "(let x:chan(2) (new chan(2)))");
  EXPECT_EQ(printed("let f: func = func() { };"), "(let f:func (func ( ) { }))");
}

TEST(Statements, Assignment) {
  EXPECT_EQ(printed("x = 1;"), "(= x 1)");
  EXPECT_EQ(printed("x[i + 1] = y == z;"), "(= x[(+ i 1)] (== y z))");
  auto statements = parseStatements("xs[0] = 5;");
  const auto& assign = std::get<ast::AssignStmt>(statements[0].node);
  EXPECT_EQ(assign.target.position, at(2, 1));
  EXPECT_EQ(assign.index->position, at(2, 4));
  EXPECT_EQ(assign.value.position, at(2, 9));
}

TEST(Statements, IfElseChains) {
  EXPECT_EQ(printed("if a { }"), "(if a { })");
  EXPECT_EQ(printed("if a { x = 1; } else { x = 2; }"), "(if a { (= x 1) } else { (= x 2) })");
  EXPECT_EQ(printed("if a { } else if b { } else if c { } else { y(); }"),
            "(if a { } else (if b { } else (if c { } else { (expr (call y)) })))");
}

TEST(Statements, ElseIfIsAnIfStmtInsideTheElseBranch) {
  ast::File file = parseValid("thread t {\n  if a { } else if b {\n  } else { }\n}\n");
  const auto& stmt = std::get<ast::ThreadDecl>(file.items[0].node).body.statements[0];
  EXPECT_EQ(stmt.position, at(2, 3));
  EXPECT_EQ(stmt.end, at(3, 13));
  const auto& outer = std::get<ast::IfStmt>(stmt.node);
  ASSERT_TRUE(outer.elseBranch.has_value());
  const ast::Stmt& elseIf = **outer.elseBranch;
  EXPECT_EQ(elseIf.position, at(2, 17));
  EXPECT_EQ(elseIf.end, at(3, 13));
  const auto& inner = std::get<ast::IfStmt>(elseIf.node);
  const ast::Stmt& elseBlock = **inner.elseBranch;
  ASSERT_TRUE(std::holds_alternative<ast::BlockStmt>(elseBlock.node));
  EXPECT_EQ(elseBlock.position, at(3, 10));
  EXPECT_EQ(elseBlock.end, at(3, 13));
}

TEST(Statements, Loops) {
  EXPECT_EQ(printed("while x < 3 { x = x + 1; }"), "(while (< x 3) { (= x (+ x 1)) })");
  EXPECT_EQ(printed("for i in 0..n { }"), "(for i 0..n { })");
  EXPECT_EQ(printed("for shared i in lo + 1..hi { }"), "(for shared i (+ lo 1)..hi { })");
  EXPECT_EQ(printed("for x in [\"a\", \"b\"] { }"), "(for x [ \"a\" \"b\" ] { })");
  EXPECT_EQ(printed("for shared f in fs { f(); }"), "(for shared f fs { (expr (call f)) })");
}

TEST(Statements, Go) {
  EXPECT_EQ(printed("go f(x);"), "(go (call f x))");
  EXPECT_EQ(printed("go o.do(f);"), "(go (.do o f))");
  EXPECT_EQ(printed("go func() { f(); }();"), "(go (call (func ( ) { (expr (call f)) })))");
  EXPECT_EQ(printed("go { f(); }"), "(go { (expr (call f)) })");
  EXPECT_EQ(printed("go { };"), "(go { } ;)");
  EXPECT_EQ(printed("let t = go f(x);"), "(go t = (call f x))");
  EXPECT_EQ(printed("join t;"), "(join t)");
}

TEST(Statements, SimpleStatements) {
  EXPECT_EQ(printed("return;"), "(return)");
  EXPECT_EQ(printed("return x + 1;"), "(return (+ x 1))");
  EXPECT_EQ(printed("assert x == 1;"), "(assert (== x 1))");
  EXPECT_EQ(printed("assert x, \"x must hold\";"), "(assert x \"x must hold\")");
  EXPECT_EQ(printed("assume x > 0;"), "(assume (> x 0))");
  EXPECT_EQ(printed("await ready.load(acquire);"), "(await (.load ready acquire))");
  EXPECT_EQ(printed("f(1);"), "(expr (call f 1))");
  EXPECT_EQ(printed("wg.wait();"), "(expr (.wait wg))");
  EXPECT_EQ(printed("{ x = 1; { } }"), "{ (= x 1) { } }");
}

TEST(Statements, AnyExpressionIsAcceptedAsAStatement) {
  // The semantic checker rejects non-calls; the parser takes any expression.
  EXPECT_EQ(printed("x + 1;"), "(expr (+ x 1))");
  EXPECT_EQ(printed("x == 1;"), "(expr (== x 1))");
}

TEST(Statements, Labels) {
  auto statements = parseStatements("@publish cfg = 7;\n@use assert cfg == 7;");
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(print(statements[0]), "@publish (= cfg 7)");
  EXPECT_EQ(print(statements[1]), "@use (assert (== cfg 7))");
  EXPECT_EQ(statements[0].position, at(2, 1));  // the `@`
  EXPECT_EQ(statements[0].label->position, at(2, 2));
  EXPECT_EQ(statements[0].end, at(2, 18));
}

TEST(Statements, PositionsAndEnds) {
  ast::File file = parseValid(
      "thread t {\n"
      "  let x: int = 1;\n"
      "  while x < 3 {\n"
      "    x = x + 1;\n"
      "  }\n"
      "  go { };\n"
      "  return ;\n"
      "}\n");
  const auto& body = std::get<ast::ThreadDecl>(file.items[0].node).body;
  EXPECT_EQ(body.position, at(1, 10));
  EXPECT_EQ(body.closePosition, at(8, 1));
  ASSERT_EQ(body.statements.size(), 4u);
  EXPECT_EQ(body.statements[0].position, at(2, 3));
  EXPECT_EQ(body.statements[0].end, at(2, 18));
  EXPECT_EQ(std::get<ast::LetStmt>(body.statements[0].node).type->position, at(2, 10));
  EXPECT_EQ(body.statements[1].position, at(3, 3));
  EXPECT_EQ(body.statements[1].end, at(5, 4));
  const auto& loop = std::get<ast::WhileStmt>(body.statements[1].node);
  EXPECT_EQ(loop.body.position, at(3, 15));
  EXPECT_EQ(loop.body.closePosition, at(5, 3));
  EXPECT_EQ(loop.body.statements[0].end, at(4, 15));
  EXPECT_EQ(body.statements[2].end, at(6, 10));  // includes the optional `;`
  EXPECT_EQ(body.statements[3].end, at(7, 11));
}

TEST(Statements, ForPositions) {
  ast::File file = parseValid("thread t { for shared i in 0..3 { } }");
  const auto& loop =
      std::get<ast::ForStmt>(std::get<ast::ThreadDecl>(file.items[0].node).body.statements[0].node);
  EXPECT_TRUE(loop.shared);
  EXPECT_EQ(loop.variable.position, at(1, 23));
  EXPECT_EQ(loop.low.position, at(1, 28));
  EXPECT_EQ(loop.high->position, at(1, 31));
  EXPECT_EQ(loop.body.position, at(1, 33));
}

}  // namespace
}  // namespace initcheck::testing
