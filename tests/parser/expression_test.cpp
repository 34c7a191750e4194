// Expressions: every form, precedence and associativity, postfix chains, positions.
#include <gtest/gtest.h>

#include "ast_printer.hpp"
#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

std::string printed(const std::string& expr) {
  return print(parseExpr(expr));
}

TEST(Expressions, Literals) {
  EXPECT_EQ(printed("42"), "42");
  EXPECT_EQ(printed("0"), "0");
  EXPECT_EQ(printed("9223372036854775807"), "9223372036854775807");
  EXPECT_EQ(printed("true"), "true");
  EXPECT_EQ(printed("false"), "false");
  EXPECT_EQ(printed("\"a b\""), "\"a b\"");
  EXPECT_EQ(printed("x"), "x");
  EXPECT_EQ(printed("[]"), "[ ]");
  EXPECT_EQ(printed("[1, \"a\", [true]]"), "[ 1 \"a\" [ true ] ]");
}

TEST(Expressions, NegativeLiteralIsNegateOfLiteral) {
  ast::Expr expr = parseExpr("-7");
  auto* unary = std::get_if<ast::Unary>(&expr.node);
  ASSERT_NE(unary, nullptr);
  EXPECT_EQ(unary->op, ast::UnaryOperator::Negate);
  EXPECT_EQ(std::get<ast::IntLiteral>(unary->operand->node).value, 7);
}

TEST(Expressions, StringEscapes) {
  ast::Expr expr = parseExpr(R"("say \"hi\" \\ done")");
  EXPECT_EQ(std::get<ast::StringLiteral>(expr.node).value, R"(say "hi" \ done)");
}

TEST(Expressions, NonAsciiInStringsIsKept) {
  ast::Expr expr = parseExpr("\"h\xC3\xA9llo \xE2\x9C\x93\"");
  EXPECT_EQ(std::get<ast::StringLiteral>(expr.node).value, "h\xC3\xA9llo \xE2\x9C\x93");
}

TEST(Expressions, LenAndAppendAreOrdinaryNames) {
  EXPECT_EQ(printed("len(xs)"), "(call len xs)");
  EXPECT_EQ(printed("append(xs, 1)"), "(call append xs 1)");
}

TEST(Expressions, PrecedenceLowestFirst) {
  EXPECT_EQ(printed("a || b && c == d < e + f * -g"),
            "(|| a (&& b (== c (< d (+ e (* f (neg g)))))))");
  EXPECT_EQ(printed("-g * f + e < d == c && b || a"),
            "(|| (&& (== (< (+ (* (neg g) f) e) d) c) b) a)");
  EXPECT_EQ(printed("!a && b"), "(&& (! a) b)");
  EXPECT_EQ(printed("a != b == c"), "(== (!= a b) c)");
  EXPECT_EQ(printed("a <= b >= c > d"), "(> (>= (<= a b) c) d)");
}

// C's order for the bitwise operators and shifts (v2 section 4b), between `&&` and equality
// and between relational and additive; the longest operator wins (`||` over `|`, `<<` and
// `<=` over `<`).
TEST(Expressions, BitwiseAndShiftPrecedence) {
  EXPECT_EQ(printed("a | b ^ c & d == e"), "(| a (^ b (& c (== d e))))");
  EXPECT_EQ(printed("a == b & c ^ d | e"), "(| (^ (& (== a b) c) d) e)");
  EXPECT_EQ(printed("a & b && c | d || e"), "(|| (&& (& a b) (| c d)) e)");
  EXPECT_EQ(printed("a << b + c < d >> e"), "(< (<< a (+ b c)) (>> d e))");
  EXPECT_EQ(printed("a <= b << c >= d"), "(>= (<= a (<< b c)) d)");
  EXPECT_EQ(printed("a * b + c * d - e % f"), "(- (+ (* a b) (* c d)) (% e f))");
  EXPECT_EQ(printed("a || b * c + d << e < f == g & h ^ i | j && k"),
            "(|| a (&& (| (^ (& (== (< (<< (+ (* b c) d) e) f) g) h) i) j) k))");
  EXPECT_EQ(printed("a<<b>>c"), "(>> (<< a b) c)");
  EXPECT_EQ(printed("a|b||c&d&&e"), "(|| (| a b) (&& (& c d) e))");
}

TEST(Expressions, BinaryOperatorsAreLeftAssociative) {
  EXPECT_EQ(printed("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(printed("a / b * c % d"), "(% (* (/ a b) c) d)");
  EXPECT_EQ(printed("a || b || c"), "(|| (|| a b) c)");
  EXPECT_EQ(printed("a && b && c"), "(&& (&& a b) c)");
  EXPECT_EQ(printed("a + b - c + d"), "(+ (- (+ a b) c) d)");
}

TEST(Expressions, ParenthesesAreKept) {
  EXPECT_EQ(printed("(a - b) - c"), "(- (paren (- a b)) c)");
  EXPECT_EQ(printed("a - (b - c)"), "(- a (paren (- b c)))");
  EXPECT_EQ(printed("((x))"), "(paren (paren x))");
}

TEST(Expressions, PrefixOperatorsNest) {
  EXPECT_EQ(printed("!!x"), "(! (! x))");
  EXPECT_EQ(printed("- -x"), "(neg (neg x))");
  EXPECT_EQ(printed("-f(x)[0]"), "(neg (index (call f x) 0))");
}

TEST(Expressions, PostfixChains) {
  EXPECT_EQ(printed("f(x)[0].m(y)"), "(.m (index (call f x) 0) y)");
  EXPECT_EQ(printed("f()()"), "(call (call f))");
  EXPECT_EQ(printed("a[1][2]"), "(index (index a 1) 2)");
  EXPECT_EQ(printed("o.do(f).x()"), "(.x (.do o f))");
}

TEST(Expressions, MemoryOrderArguments) {
  EXPECT_EQ(printed("a.load(acquire)"), "(.load a acquire)");
  EXPECT_EQ(printed("a.store(1, release)"), "(.store a 1 release)");
  EXPECT_EQ(printed("a.cas(false, true, acq_rel)"), "(.cas a false true acq_rel)");
  EXPECT_EQ(printed("a.add(1, relaxed) + a.load(seq_cst)"),
            "(+ (.add a 1 relaxed) (.load a seq_cst))");
  ast::Expr expr = parseExpr("a.store(v, release)");
  const auto& call = std::get<ast::MethodCall>(expr.node);
  ASSERT_EQ(call.arguments.size(), 2u);
  EXPECT_FALSE(call.arguments[0].isOrder());
  EXPECT_TRUE(call.arguments[1].isOrder());
  EXPECT_EQ(std::get<ast::MemoryOrder>(call.arguments[1].value), ast::MemoryOrder::Release);
}

TEST(Expressions, Closures) {
  EXPECT_EQ(printed("func() { }"), "(func ( ) { })");
  EXPECT_EQ(printed("func[]() { }"), "(func [] ( ) { })");
  EXPECT_EQ(printed("func [a, b] (p: int, q: list) -> bool { return p; }"),
            "(func [a b] ( p:int q:list ) -> bool { (return p) })");
  EXPECT_EQ(printed("func() { }()"), "(call (func ( ) { }))");
  ast::Expr plain = parseExpr("func() { }");
  ast::Expr empty = parseExpr("func[]() { }");
  EXPECT_FALSE(std::get<ast::Closure>(plain.node).hasCaptureList);
  EXPECT_TRUE(std::get<ast::Closure>(empty.node).hasCaptureList);
  EXPECT_NE(plain, empty);
}

TEST(Expressions, NewObjects) {
  EXPECT_EQ(printed("new once"), "(new once)");
  EXPECT_EQ(printed("new mutex"), "(new mutex)");
  EXPECT_EQ(printed("new waitgroup"), "(new waitgroup)");
  EXPECT_EQ(printed("new chan(3)"), "(new chan(3))");
}

TEST(Expressions, Choose) {
  EXPECT_EQ(printed("choose(0..3)"), "(choose 0..3)");
  EXPECT_EQ(printed("choose(lo + 1..hi)"), "(choose (+ lo 1)..hi)");
  EXPECT_EQ(printed("choose(true, false)"), "(choose true false)");
  EXPECT_EQ(printed("choose(x)"), "(choose x)");
}

TEST(Expressions, PositionsAreFirstCharacters) {
  ast::File file = parseValid("thread t {\n  let v = a + f(b, acquire)[c];\n}\n");
  const auto& let =
      std::get<ast::LetStmt>(std::get<ast::ThreadDecl>(file.items[0].node).body.statements[0].node);
  EXPECT_EQ(let.name.position, at(2, 7));
  const auto& sum = let.value;
  EXPECT_EQ(sum.position, at(2, 11));
  const auto& binary = std::get<ast::Binary>(sum.node);
  EXPECT_EQ(binary.left->position, at(2, 11));
  EXPECT_EQ(binary.right->position, at(2, 15));  // `f(...)[c]` starts at `f`
  const auto& index = std::get<ast::Index>(binary.right->node);
  EXPECT_EQ(index.index->position, at(2, 29));
  const auto& call = std::get<ast::Call>(index.base->node);
  EXPECT_EQ(call.arguments[0].position, at(2, 17));
  EXPECT_EQ(call.arguments[1].position, at(2, 20));
}

TEST(Expressions, PositionsOfPrefixAndPostfixForms) {
  ast::File file = parseValid("thread t { let v = -x.m(new chan(2), func[y]() { }); }");
  const auto& let =
      std::get<ast::LetStmt>(std::get<ast::ThreadDecl>(file.items[0].node).body.statements[0].node);
  EXPECT_EQ(let.value.position, at(1, 20));
  const auto& negate = std::get<ast::Unary>(let.value.node);
  EXPECT_EQ(negate.operand->position, at(1, 21));
  const auto& method = std::get<ast::MethodCall>(negate.operand->node);
  EXPECT_EQ(method.method.position, at(1, 23));
  const auto& newChan = *std::get<ast::Box<ast::Expr>>(method.arguments[0].value);
  EXPECT_EQ(newChan.position, at(1, 25));
  EXPECT_EQ(std::get<ast::NewObject>(newChan.node).type.position, at(1, 29));
  const auto& closureExpr = *std::get<ast::Box<ast::Expr>>(method.arguments[1].value);
  EXPECT_EQ(closureExpr.position, at(1, 38));
  const auto& closure = std::get<ast::Closure>(closureExpr.node);
  EXPECT_EQ(closure.valueCaptures[0].position, at(1, 43));
  EXPECT_EQ(closure.body->position, at(1, 48));
  EXPECT_EQ(closure.body->closePosition, at(1, 50));
}

TEST(Expressions, CommentsAndNewlinesInsideExpressions) {
  EXPECT_EQ(printed("a /* one */ +\n // two\n b"), "(+ a b)");
  EXPECT_EQ(printed("a\n.m()"), "(.m a)");
}

}  // namespace
}  // namespace initcheck::testing
