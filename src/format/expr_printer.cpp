// The expression printer: one space around binary operators, none inside brackets, and
// parentheses where the author wrote them (Parenthesized) or where precedence requires them.
#include "format/expr_printer.hpp"
#include "parser/ast_names.hpp"

#include "format/stmt_printer.hpp"
#include "format/tokens.hpp"

namespace initcheck::format {

namespace {

constexpr int kUnaryPrecedence = 11;
constexpr int kPostfixPrecedence = 12;

// C's levels (v2 section 4b), lowest first.
int binaryPrecedence(ast::BinaryOperator op) {
  using Op = ast::BinaryOperator;
  switch (op) {
    case Op::Or:
      return 1;
    case Op::And:
      return 2;
    case Op::BitOr:
      return 3;
    case Op::BitXor:
      return 4;
    case Op::BitAnd:
      return 5;
    case Op::Equal:
    case Op::NotEqual:
      return 6;
    case Op::Less:
    case Op::LessEqual:
    case Op::Greater:
    case Op::GreaterEqual:
      return 7;
    case Op::ShiftLeft:
    case Op::ShiftRight:
      return 8;
    case Op::Add:
    case Op::Subtract:
      return 9;
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
      return 10;
  }
  return 1;
}

// `expr`, parenthesized when it binds more loosely than `minimum`.
Doc operand(const ast::Expr& expr, int minimum, CommentPool& pool) {
  Doc doc = printExpr(expr, pool);
  if (precedence(expr) >= minimum)
    return doc;
  return Doc::text("(") + doc + Doc::text(")");
}

Doc commaSeparated(const std::vector<ast::Expr>& exprs, CommentPool& pool) {
  Doc doc;
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    if (i > 0)
      doc += Doc::text(", ");
    doc += printExpr(exprs[i], pool);
  }
  return doc;
}

Doc call(Doc head, const std::vector<ast::Argument>& arguments, CommentPool& pool) {
  return head + Doc::text("(") + printArguments(arguments, pool) + Doc::text(")");
}

Doc printClosure(const ast::Closure& closure, CommentPool& pool) {
  Doc doc = Doc::text("func");
  if (closure.hasCaptureList) {
    std::string captures = "[";
    for (std::size_t i = 0; i < closure.valueCaptures.size(); ++i) {
      if (i > 0)
        captures += ", ";
      captures += closure.valueCaptures[i].name;
    }
    doc += Doc::text(captures + "]");
  }
  doc += printSignature(closure.parameters, closure.result);
  return doc + Doc::text(" ") + printBlock(*closure.body, pool);
}

struct ExprPrinter {
  CommentPool& pool;

  Doc operator()(const ast::IntLiteral& n) const { return Doc::text(std::to_string(n.value)); }
  Doc operator()(const ast::BoolLiteral& n) const { return Doc::text(n.value ? "true" : "false"); }
  Doc operator()(const ast::StringLiteral& n) const {
    return Doc::text(ast::quotedStringLiteral(n.value));
  }
  Doc operator()(const ast::NameRef& n) const { return Doc::text(n.name); }
  Doc operator()(const ast::ListLiteral& n) const {
    return Doc::text("[") + commaSeparated(n.elements, pool) + Doc::text("]");
  }
  Doc operator()(const ast::Unary& n) const {
    Doc op = Doc::text(std::string(ast::unaryOperatorName(n.op)));
    const auto* inner = std::get_if<ast::Unary>(&n.operand->node);
    bool doubleMinus = n.op == ast::UnaryOperator::Negate && inner != nullptr &&
                       inner->op == ast::UnaryOperator::Negate;
    if (doubleMinus)
      op += Doc::text(" ");  // `- -x`, never a `--` token
    return op + operand(*n.operand, kUnaryPrecedence, pool);
  }
  Doc operator()(const ast::Binary& n) const {
    int level = binaryPrecedence(n.op);
    std::string op = " " + std::string(ast::binaryOperatorName(n.op)) + " ";
    return operand(*n.left, level, pool) + Doc::text(op) + operand(*n.right, level + 1, pool);
  }
  Doc operator()(const ast::Call& n) const {
    return call(operand(*n.callee, kPostfixPrecedence, pool), n.arguments, pool);
  }
  Doc operator()(const ast::MethodCall& n) const {
    Doc head = operand(*n.receiver, kPostfixPrecedence, pool) + Doc::text("." + n.method.name);
    return call(head, n.arguments, pool);
  }
  Doc operator()(const ast::Index& n) const {
    return operand(*n.base, kPostfixPrecedence, pool) + Doc::text("[") + printExpr(*n.index, pool) +
           Doc::text("]");
  }
  Doc operator()(const ast::Closure& n) const { return printClosure(n, pool); }
  Doc operator()(const ast::NewObject& n) const { return Doc::text("new " + typeText(n.type)); }
  Doc operator()(const ast::ChooseRange& n) const {
    return Doc::text("choose(") + printExpr(*n.low, pool) + Doc::text("..") +
           printExpr(*n.high, pool) + Doc::text(")");
  }
  Doc operator()(const ast::ChooseValues& n) const {
    return Doc::text("choose(") + commaSeparated(n.values, pool) + Doc::text(")");
  }
  Doc operator()(const ast::Parenthesized& n) const {
    return Doc::text("(") + printExpr(*n.inner, pool) + Doc::text(")");
  }
};

}  // namespace

int precedence(const ast::Expr& expr) {
  if (const auto* binary = std::get_if<ast::Binary>(&expr.node)) {
    return binaryPrecedence(binary->op);
  }
  if (std::holds_alternative<ast::Unary>(expr.node))
    return kUnaryPrecedence;
  return kPostfixPrecedence;
}

Doc printExpr(const ast::Expr& expr, CommentPool& pool) {
  return std::visit(ExprPrinter{pool}, expr.node);
}

Doc printArguments(const std::vector<ast::Argument>& arguments, CommentPool& pool) {
  Doc doc;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    if (i > 0)
      doc += Doc::text(", ");
    if (const auto* order = std::get_if<ast::MemoryOrder>(&arguments[i].value)) {
      doc += Doc::text(std::string(ast::memoryOrderName(*order)));
    } else {
      doc += printExpr(*std::get<ast::Box<ast::Expr>>(arguments[i].value), pool);
    }
  }
  return doc;
}

Doc printSignature(const std::vector<ast::Parameter>& parameters,
                   const std::optional<ast::Type>& result) {
  std::string text = "(";
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    if (i > 0)
      text += ", ";
    text += parameters[i].name.name + ": " + typeText(parameters[i].type);
  }
  text += ")";
  if (result)
    text += " -> " + typeText(*result);
  return Doc::text(text);
}

}  // namespace initcheck::format
