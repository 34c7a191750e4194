// Hand-built ASTs (no Parenthesized nodes, no positions): the printer adds the parentheses
// precedence needs, expands blocks, and its output re-parses to the same tree.
#include <gtest/gtest.h>

#include "format/formatter.hpp"
#include "format_test_support.hpp"
#include "hand_built_ast.hpp"

namespace initcheck {
namespace {

using namespace testing::build;
using Op = ast::BinaryOperator;

// A file `var v: int = EXPR;`.
ast::File fileWith(ast::Expr e) {
  ast::File file;
  file.items.push_back(global("v", ast::TypeKind::Int, std::move(e)));
  return file;
}

// Formats `file`, checks the text, and checks that it re-parses to the same tree (up to the
// parentheses the printer had to add) and formats again to the same text.
void expectFormat(const ast::File& file, const std::string& expected) {
  std::string text = formatFile(file);
  EXPECT_EQ(text, expected);
  std::optional<ast::File> reparsed = testing::parseText(text);
  ASSERT_TRUE(reparsed.has_value()) << testing::parseErrors(text);
  EXPECT_TRUE(testing::withoutParentheses(*reparsed) == testing::withoutParentheses(file)) << text;
  EXPECT_EQ(formatFile(*reparsed), text);
}

void expectExpr(ast::Expr e, const std::string& expected) {
  expectFormat(fileWith(std::move(e)), "var v: int = " + expected + ";\n");
}

TEST(HandBuilt, MultiplyOfAddNeedsParentheses) {
  expectExpr(binary(Op::Multiply, binary(Op::Add, name("a"), name("b")), name("c")), "(a + b) * c");
  expectExpr(binary(Op::Multiply, name("c"), binary(Op::Add, name("a"), name("b"))), "c * (a + b)");
}

TEST(HandBuilt, AddOfMultiplyNeedsNone) {
  expectExpr(binary(Op::Add, binary(Op::Multiply, name("a"), name("b")), name("c")), "a * b + c");
}

TEST(HandBuilt, RightNestedSameLevelNeedsParentheses) {
  expectExpr(binary(Op::Subtract, name("a"), binary(Op::Subtract, name("b"), name("c"))),
             "a - (b - c)");
  expectExpr(binary(Op::Subtract, binary(Op::Subtract, name("a"), name("b")), name("c")),
             "a - b - c");
  expectExpr(binary(Op::Divide, name("a"), binary(Op::Modulo, name("b"), name("c"))),
             "a / (b % c)");
}

TEST(HandBuilt, LogicalOperators) {
  expectExpr(binary(Op::And, binary(Op::Or, name("a"), name("b")), name("c")), "(a || b) && c");
  expectExpr(binary(Op::Or, name("a"), binary(Op::And, name("b"), name("c"))), "a || b && c");
  expectExpr(binary(Op::Equal, binary(Op::Less, name("a"), name("b")), boolean(true)),
             "a < b == true");
  expectExpr(binary(Op::Less, binary(Op::Equal, name("a"), name("b")), name("c")), "(a == b) < c");
}

TEST(HandBuilt, UnaryOperands) {
  expectExpr(unary(ast::UnaryOperator::Not, binary(Op::And, name("a"), name("b"))), "!(a && b)");
  expectExpr(unary(ast::UnaryOperator::Negate, unary(ast::UnaryOperator::Negate, num(7))), "- -7");
  expectExpr(binary(Op::Subtract, name("a"), unary(ast::UnaryOperator::Negate, num(1))), "a - -1");
}

TEST(HandBuilt, PostfixBasesNeedParentheses) {
  expectExpr(method(binary(Op::Add, name("a"), name("b")), "load"), "(a + b).load()");
  expectExpr(index(unary(ast::UnaryOperator::Negate, name("a")), num(0)), "(-a)[0]");
  expectExpr(call(binary(Op::Or, name("f"), name("g")), {arg(num(1))}), "(f || g)(1)");
}

TEST(HandBuilt, ParenthesizedIsNotDoubled) {
  expectExpr(binary(Op::Multiply, paren(binary(Op::Add, name("a"), name("b"))), name("c")),
             "(a + b) * c");
  expectExpr(paren(paren(name("a"))), "((a))");
}

TEST(HandBuilt, StringsAreReEncoded) {
  ast::File file;
  file.title = "say \"hi\" \\ bye";
  file.items.push_back(global("s", ast::TypeKind::String, str("a\"b\\c")));
  expectFormat(file, "spec \"say \\\"hi\\\" \\\\ bye\";\n\nvar s: string = \"a\\\"b\\\\c\";\n");
}

TEST(HandBuilt, TypesAndOrders) {
  ast::File file;
  file.items.push_back(global("a", ast::TypeKind::List));
  file.items.push_back(global("b", ast::TypeKind::Func));
  file.items.push_back(global("c", ast::TypeKind::Mutex));
  file.items.push_back(global("d", ast::TypeKind::WaitGroup));
  ast::Item chan = global("e", ast::TypeKind::Chan);
  std::get<ast::GlobalDecl>(chan.node).type.channelCapacity = 2;
  file.items.push_back(chan);
  ast::Item flag = global("f", ast::TypeKind::Bool, boolean(false));
  std::get<ast::GlobalDecl>(flag.node).atomic = true;
  file.items.push_back(flag);
  file.items.push_back(thread("t", {exprStmt(method(name("f"), "cas",
                                                    {arg(boolean(false)), arg(boolean(true)),
                                                     order(ast::MemoryOrder::AcqRel)}))}));
  expectFormat(file,
               "var a: list;\nvar b: func;\nvar c: mutex;\nvar d: waitgroup;\nvar e: chan(2);\n"
               "var f: atomic bool = false;\nthread t {\n    f.cas(false, true, acq_rel);\n}\n");
}

TEST(HandBuilt, BlocksWithoutPositionsExpand) {
  ast::File file;
  file.items.push_back(
      thread("main", {assign("x", num(1)), exprStmt(call(closure({exprStmt(call(name("f")))}))),
                      let("g", closure({}))}));
  expectFormat(file,
               "thread main {\n    x = 1;\n    func() {\n        f();\n    }();\n"
               "    let g = func() { };\n}\n");
}

TEST(HandBuilt, LabelsAndEmptyFile) {
  ast::File file;
  ast::Stmt labelled = assign("cfg", num(7));
  labelled.label = ast::Identifier{"publish", {}};
  file.items.push_back(thread("p", {labelled}));
  file.items.push_back(checkFinal(binary(Op::Equal, name("cfg"), num(7))));
  expectFormat(file, "thread p {\n    @publish cfg = 7;\n}\ncheck final cfg == 7;\n");
  EXPECT_EQ(formatFile(ast::File{}), "\n");
}

}  // namespace
}  // namespace initcheck
