// Constants (v2 section 4b): `const NAME = e;` where e uses only literals, operators and
// earlier constants, evaluated here once; and the constant expressions that size arrays.
// A constant has no location and no step: the compiler puts its value where its name stands.
#include "parser/ast_names.hpp"
#include "sema/checker.hpp"
#include "sema/integer_arithmetic.hpp"

namespace initcheck {

namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

ValueType constantType(const ConstantValue& value) {
  if (std::holds_alternative<std::int64_t>(value))
    return ValueType::of(ValueKind::Int);
  if (std::holds_alternative<bool>(value))
    return ValueType::of(ValueKind::Bool);
  return ValueType::of(ValueKind::String);
}

void Checker::declareConstant(ast::ConstDecl& constant) {
  std::optional<ConstantValue> value = evaluateConstant(constant.value);
  Symbol symbol;
  symbol.name = constant.name.name;
  symbol.kind = SymbolKind::Constant;
  symbol.type = value ? constantType(*value) : ValueType::of(ValueKind::Error);
  symbol.constant = value;
  symbol.position = constant.name.position;
  constant.symbol = declare(std::move(symbol));
}

// The value of a constant expression, or nullopt (reported) when it is not one.
std::optional<ConstantValue> Checker::evaluateConstant(ast::Expr& expr) {
  auto notConstant = [&](SourcePosition position, const std::string& why) {
    error(position, why + "; a constant expression uses only literals, operators and constants");
    return std::optional<ConstantValue>{};
  };
  return std::visit(
      Overloaded{
          [&](ast::IntLiteral& n) { return std::optional<ConstantValue>(n.value); },
          [&](ast::BoolLiteral& n) { return std::optional<ConstantValue>(n.value); },
          [&](ast::StringLiteral& n) { return std::optional<ConstantValue>(n.value); },
          [&](ast::Parenthesized& n) { return evaluateConstant(*n.inner); },
          [&](ast::NameRef& n) -> std::optional<ConstantValue> {
            if (resolve(n, expr.position) == kUnresolved)
              return std::nullopt;
            const Symbol& symbol = symbols_.at(n.symbol);
            if (symbol.kind != SymbolKind::Constant)
              return notConstant(expr.position, describeSymbol(symbol) + " is not a constant");
            return symbol.constant;
          },
          [&](ast::Unary& n) -> std::optional<ConstantValue> {
            auto operand = evaluateConstant(*n.operand);
            return operand ? foldUnary(n, *operand, expr.position) : std::nullopt;
          },
          [&](ast::Binary& n) -> std::optional<ConstantValue> {
            auto left = evaluateConstant(*n.left);
            auto right = left ? evaluateConstant(*n.right) : std::nullopt;
            return right ? foldBinary(n, *left, *right, expr.position) : std::nullopt;
          },
          [&](auto&) { return notConstant(expr.position, "not a constant expression"); },
      },
      expr.node);
}

std::optional<ConstantValue> Checker::foldUnary(const ast::Unary& unary,
                                                const ConstantValue& operand,
                                                SourcePosition position) {
  if (unary.op == ast::UnaryOperator::Not) {
    if (const bool* b = std::get_if<bool>(&operand))
      return ConstantValue(!*b);
    error(unary.operand->position, "operand of '!' must be bool");
    return std::nullopt;
  }
  const auto* n = std::get_if<std::int64_t>(&operand);
  if (n == nullptr) {
    error(unary.operand->position,
          "operand of unary '" + std::string(ast::unaryOperatorName(unary.op)) + "' must be int");
    return std::nullopt;
  }
  if (unary.op == ast::UnaryOperator::BitNot)
    return ConstantValue(~*n);
  if (*n == INT64_MIN) {
    error(position, "constant overflows int");
    return std::nullopt;
  }
  return ConstantValue(-*n);
}

std::optional<ConstantValue> Checker::foldBinary(const ast::Binary& binary,
                                                 const ConstantValue& left,
                                                 const ConstantValue& right,
                                                 SourcePosition position) {
  using B = ast::BinaryOperator;
  std::string op = "'" + std::string(ast::binaryOperatorName(binary.op)) + "'";
  if (binary.op == B::Equal || binary.op == B::NotEqual) {
    if (left.index() != right.index()) {
      error(binary.right->position, "operands of " + op + " must have one type");
      return std::nullopt;
    }
    return ConstantValue((left == right) == (binary.op == B::Equal));
  }
  if (binary.op == B::And || binary.op == B::Or) {
    const bool* a = std::get_if<bool>(&left);
    const bool* b = std::get_if<bool>(&right);
    if (!a || !b) {
      error(a ? binary.right->position : binary.left->position,
            "operand of " + op + " must be bool");
      return std::nullopt;
    }
    return ConstantValue(binary.op == B::And ? (*a && *b) : (*a || *b));
  }
  const auto* a = std::get_if<std::int64_t>(&left);
  const auto* b = std::get_if<std::int64_t>(&right);
  if (!a || !b) {
    error(a ? binary.right->position : binary.left->position, "operand of " + op + " must be int");
    return std::nullopt;
  }
  if (!isIntegerOperator(binary.op))
    return ConstantValue(compareIntegers(binary.op, *a, *b));
  IntegerResult result = applyIntegerOperator(binary.op, *a, *b);
  if (!result.value) {
    error(position, "constant expression " + std::to_string(*a) + " " +
                        std::string(ast::binaryOperatorName(binary.op)) + " " + std::to_string(*b) +
                        " fails: " + result.error);
    return std::nullopt;
  }
  return ConstantValue(*result.value);
}

// The int length of an array (`[N]T`), 1..4096, or 0 (reported).
std::int64_t Checker::arrayLengthOf(ast::Expr& length) {
  std::optional<ConstantValue> value = evaluateConstant(length);
  if (!value)
    return 0;
  const auto* n = std::get_if<std::int64_t>(&*value);
  if (n == nullptr) {
    error(length.position, "array length must be int, got " + typeName(constantType(*value)));
    return 0;
  }
  if (*n < 1 || *n > kMaxArrayLength) {
    error(length.position, "array length must be between 1 and " + std::to_string(kMaxArrayLength) +
                               ", got " + std::to_string(*n));
    return 0;
  }
  return *n;
}

}  // namespace initcheck
