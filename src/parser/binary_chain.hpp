// Binary expressions by precedence climbing: one loop over an operator table instead of one
// rule per precedence level. A ten-level rule ladder entered every level for every operand
// (a rule call, a skip and an operator lookup each, and the operand moved up through all of
// them); the loop reads the operator after an operand once. Same trees, same messages: every
// operator is left-associative, a missing right operand is "expected expression" just after
// the operator, and a tree past kMaxTreeHeight stops the statement at the operator.
#pragma once

#include <optional>
#include <utility>

#include <boost/spirit/home/x3.hpp>

#include "parser/ast.hpp"
#include "parser/ast_builders.hpp"
#include "parser/config.hpp"
#include "parser/syntax_failure.hpp"

namespace initcheck::parser {

namespace x3 = boost::spirit::x3;

// A binary operator at the parse position: its length in characters and its precedence, from
// `||` (1) up to `*`, `/` and `%` (10), C's order for the bitwise operators (v2 section 4b).
struct BinaryOperatorToken {
  ast::BinaryOperator op;
  int precedence;
  int length;
};

// The longest binary operator at `first` (`||` rather than `|`, `<<` and `<=` rather than `<`),
// or nothing: `=`, `!` and other characters end the chain.
inline std::optional<BinaryOperatorToken> binaryOperatorAt(const char* first, const char* last) {
  using Op = ast::BinaryOperator;
  if (first == last)
    return std::nullopt;
  char next = last - first > 1 ? first[1] : '\0';
  switch (*first) {
    case '|':
      return next == '|' ? BinaryOperatorToken{Op::Or, 1, 2} : BinaryOperatorToken{Op::BitOr, 3, 1};
    case '&':
      return next == '&' ? BinaryOperatorToken{Op::And, 2, 2}
                         : BinaryOperatorToken{Op::BitAnd, 5, 1};
    case '^':
      return BinaryOperatorToken{Op::BitXor, 4, 1};
    case '=':
      return next == '=' ? std::optional(BinaryOperatorToken{Op::Equal, 6, 2}) : std::nullopt;
    case '!':
      return next == '=' ? std::optional(BinaryOperatorToken{Op::NotEqual, 6, 2}) : std::nullopt;
    case '<':
      return next == '<'   ? BinaryOperatorToken{Op::ShiftLeft, 8, 2}
             : next == '=' ? BinaryOperatorToken{Op::LessEqual, 7, 2}
                           : BinaryOperatorToken{Op::Less, 7, 1};
    case '>':
      return next == '>'   ? BinaryOperatorToken{Op::ShiftRight, 8, 2}
             : next == '=' ? BinaryOperatorToken{Op::GreaterEqual, 7, 2}
                           : BinaryOperatorToken{Op::Greater, 7, 1};
    case '+':
      return BinaryOperatorToken{Op::Add, 9, 1};
    case '-':
      return BinaryOperatorToken{Op::Subtract, 9, 1};
    case '*':
      return BinaryOperatorToken{Op::Multiply, 10, 1};
    case '/':
      return BinaryOperatorToken{Op::Divide, 10, 1};
    case '%':
      return BinaryOperatorToken{Op::Modulo, 10, 1};
    default:
      return std::nullopt;
  }
}

// `operand (op operand)*` folded by precedence, each operand parsed by `Operand` (the unary
// expression rule).
template <class Operand>
struct binary_chain_parser : x3::parser<binary_chain_parser<Operand>> {
  using attribute_type = Measured<ast::Expr>;
  static bool const has_attribute = true;
  constexpr explicit binary_chain_parser(Operand const& operand) : operand(operand) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attribute) const {
    Measured<ast::Expr> left;
    if (!operand.parse(first, last, context, rcontext, left))
      return false;
    climb(first, last, context, rcontext, left, 1);
    x3::traits::move_to(std::move(left), attribute);
    return true;
  }

 private:
  // The operator after the operand just parsed, when it binds at least `minimum`: the iterator
  // is left before it (and its leading trivia) otherwise.
  template <class Iterator, class Context>
  std::optional<BinaryOperatorToken> peek(Iterator first, Iterator const& last,
                                          Context const& context, int minimum) const {
    x3::skip_over(first, last, context);
    auto token = binaryOperatorAt(first, last);
    if (!token || token->precedence < minimum)
      return std::nullopt;
    return token;
  }

  // Folds `left op right ...` while the operators bind at least `minimum`; a tighter operator
  // after a right operand first folds into that operand.
  template <class Iterator, class Context, class RContext>
  void climb(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Measured<ast::Expr>& left, int minimum) const {
    while (auto token = peek(first, last, context, minimum)) {
      Iterator before = first;
      x3::skip_over(first, last, context);
      first += token->length;
      Measured<ast::Expr> right;
      if (!operand.parse(first, last, context, rcontext, right))
        boost::throw_exception(x3::expectation_failure<Iterator>(first, x3::what(operand)));
      while (auto tighter = peek(first, last, context, token->precedence + 1))
        climb(first, last, context, rcontext, right, tighter->precedence);
      std::uint32_t height = heightAbove(left.height, right.height);
      if (height > kMaxTreeHeight) {
        stateOf(context).error(left.node.position, treeTooDeepMessage());
        throw already_reported(before);
      }
      left = makeBinary(std::move(left), token->op, std::move(right));
    }
  }

  Operand operand;
};

template <class Operand>
constexpr binary_chain_parser<Operand> binary_chain(Operand const& operand) {
  return binary_chain_parser<Operand>(operand);
}

}  // namespace initcheck::parser
