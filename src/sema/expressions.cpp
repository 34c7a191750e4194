// Expressions: literals, names, operators, indexing, `new`, `choose`, and where each may stand.
//
// Operator rules: `+ - * / %` and `< <= > >=` take ints; `&& || !` take bools; unary `-` takes
// an int; `== !=` take two operands of one comparable type (int, bool, string, list: strings
// compare only this way; objects and funcs have no value to compare). An ill-typed operand is
// reported at its first character, and the operator still yields its usual type.
//
// Restricted places: a global initializer runs before any thread, so it may not call functions
// or methods (the builtins `len` and `append` are fine) and may read only globals initialized
// before it. A `final` condition is evaluated once the program has finished: it may use
// literals, globals, operators, `len` and indexing; there an atomic global is read directly as
// its value (no thread can race with the read, so `load()` would add nothing).
#include "parser/ast_names.hpp"
#include "sema/checker.hpp"

#include <set>

namespace initcheck {

namespace {

constexpr const char* kFinalForms =
    "'final' conditions can only use literals, globals, operators, 'len' and indexing";

enum class OperatorClass { Arithmetic, Ordering, Logical, Equality };

OperatorClass classOf(ast::BinaryOperator op) {
  using B = ast::BinaryOperator;
  switch (op) {
    case B::Or:
    case B::And:
      return OperatorClass::Logical;
    case B::Equal:
    case B::NotEqual:
      return OperatorClass::Equality;
    case B::Less:
    case B::LessEqual:
    case B::Greater:
    case B::GreaterEqual:
      return OperatorClass::Ordering;
    default:
      return OperatorClass::Arithmetic;
  }
}

bool isFinalForm(const ast::ExprNode& node) {
  return std::holds_alternative<ast::IntLiteral>(node) ||
         std::holds_alternative<ast::BoolLiteral>(node) ||
         std::holds_alternative<ast::StringLiteral>(node) ||
         std::holds_alternative<ast::NameRef>(node) ||
         std::holds_alternative<ast::ListLiteral>(node) ||
         std::holds_alternative<ast::Unary>(node) || std::holds_alternative<ast::Binary>(node) ||
         std::holds_alternative<ast::Index>(node) ||
         std::holds_alternative<ast::Parenthesized>(node);
}

}  // namespace

// Checks an expression that may be a call without a result (Void).
ValueType Checker::checkExpr(ast::Expr& expr) {
  if (!allowedInMode(expr))
    return ValueType::of(ValueKind::Error);
  return std::visit([&](auto& node) { return checkExprNode(node, expr.position); }, expr.node);
}

// Checks an expression whose value is used.
ValueType Checker::checkValue(ast::Expr& expr) {
  ValueType type = checkExpr(expr);
  if (!type.is(ValueKind::Void))
    return type;
  const ast::Expr& inner = unparenthesized(expr);
  std::string what = "this call";
  if (const auto* call = std::get_if<ast::Call>(&inner.node)) {
    if (const auto* ref = std::get_if<ast::NameRef>(&call->callee->node))
      what = "'" + ref->name + "'";
  } else if (const auto* method = std::get_if<ast::MethodCall>(&inner.node)) {
    what = "method '" + method->method.name + "'";
  }
  error(expr.position, what + " returns no value; it cannot be used as a value");
  return ValueType::of(ValueKind::Error);
}

// Checks a value that must fit `expected`; reports "WHAT must be T, got U" at it otherwise.
void Checker::expectValue(ast::Expr& expr, const ValueType& expected, const std::string& what) {
  ValueType actual = checkValue(expr);
  if (!isAssignable(expected, actual)) {
    error(expr.position, what + " must be " + typeName(expected) + ", got " + typeName(actual));
  }
}

void Checker::requireKind(SourcePosition position, const ValueType& actual, ValueKind wanted,
                          const std::string& what) {
  if (actual.isUnknown() || actual.is(wanted))
    return;
  error(position,
        what + " must be " + typeName(ValueType::of(wanted)) + ", got " + typeName(actual));
}

// `a.load()` in a `final` condition: the atomic's last value, as `a` reads it (LANGUAGE.md
// section 5). No arguments: once every thread has finished there is nothing to order.
bool Checker::isFinalLoad(const ast::Expr& expr) const {
  const auto* call = std::get_if<ast::MethodCall>(&expr.node);
  if (call == nullptr || call->method.name != "load" || !call->arguments.empty())
    return false;
  const ast::Expr* receiver = &unparenthesized(*call->receiver);
  if (const auto* index = std::get_if<ast::Index>(&receiver->node))
    receiver = &unparenthesized(*index->base);
  const auto* name = std::get_if<ast::NameRef>(&receiver->node);
  SymbolId id = name != nullptr ? scopes_.lookup(name->name) : kUnresolved;
  return id != kUnresolved && symbols_.at(id).kind == SymbolKind::Global &&
         symbols_.at(id).type.atomic;
}

bool Checker::allowedInMode(const ast::Expr& expr) {
  if (mode_ == ExprMode::FinalCondition) {
    if (isFinalForm(expr.node) || isFinalLoad(expr))
      return true;
    const auto* call = std::get_if<ast::Call>(&expr.node);
    if (call && lookupKind(*call->callee) == SymbolKind::Builtin &&
        std::get<ast::NameRef>(call->callee->node).name == "len") {
      return true;
    }
    error(expr.position, kFinalForms);
    return false;
  }
  if (mode_ == ExprMode::AwaitCondition)
    return allowedInAwait(expr);
  if (mode_ == ExprMode::GlobalInitializer) {
    const auto* call = std::get_if<ast::Call>(&expr.node);
    bool builtin = call && lookupKind(*call->callee) == SymbolKind::Builtin;
    if ((call && !builtin) || std::holds_alternative<ast::MethodCall>(expr.node)) {
      error(expr.position, "global initializers cannot call functions or methods");
      return false;
    }
  }
  return true;
}

// Atomic operations never block, and an evaluation that finds the condition false leaves no
// trace, so `await locked.cas(false, true, acquire)` is a spinlock's acquire. Anything that may
// block (once, mutex, waitgroup, channel operations, calls of functions) is refused.
bool Checker::allowedInAwait(const ast::Expr& expr) {
  static const std::set<std::string> kAtomicMethods = {
      "load",      "swap",      "cas",       "add",      "cmpxchg",
      "fetch_add", "fetch_sub", "fetch_and", "fetch_or", "fetch_xor"};
  const auto* call = std::get_if<ast::Call>(&expr.node);
  const auto* method = std::get_if<ast::MethodCall>(&expr.node);
  bool builtin = call && lookupKind(*call->callee) == SymbolKind::Builtin;
  if ((call && !builtin) || (method && !kAtomicMethods.count(method->method.name))) {
    error(expr.position,
          "an await condition may only read: no calls, and no methods but atomic operations");
    return false;
  }
  if (std::holds_alternative<ast::ChooseRange>(expr.node) ||
      std::holds_alternative<ast::ChooseValues>(expr.node)) {
    error(expr.position, "an await condition may not use 'choose'");
    return false;
  }
  return true;
}

ValueType Checker::checkExprNode(ast::NameRef& ref, SourcePosition position) {
  if (resolve(ref, position) == kUnresolved)
    return ValueType::of(ValueKind::Error);
  return nameValue(ref, position);
}

// The value a resolved name denotes where a value is expected.
ValueType Checker::nameValue(const ast::NameRef& ref, SourcePosition position) {
  const Symbol& symbol = symbols_.at(ref.symbol);
  auto errorValue = ValueType::of(ValueKind::Error);
  if (mode_ == ExprMode::FinalCondition && symbol.kind != SymbolKind::Global &&
      symbol.kind != SymbolKind::Constant) {
    error(position, kFinalForms);
    return errorValue;
  }
  if (symbol.type.isArray()) {
    error(position, "array '" + symbol.name + "' is not a value; use one cell ('" + symbol.name +
                        "[i]') or its length ('len(" + symbol.name + ")')");
    return errorValue;
  }
  switch (symbol.kind) {
    case SymbolKind::Constant:
      return symbol.type;
    case SymbolKind::Global:
      if (mode_ == ExprMode::GlobalInitializer && !globalUsableInInitializer(symbol, position)) {
        return errorValue;
      }
      [[fallthrough]];
    case SymbolKind::Local:
    case SymbolKind::Parameter:
    case SymbolKind::LoopVariable:
      if (symbol.type.atomic && mode_ != ExprMode::FinalCondition) {
        error(position, "cannot read atomic variable '" + symbol.name + "' directly; use '" +
                            symbol.name + ".load()'");
      }
      return symbol.type.withoutAtomic();
    case SymbolKind::Function:
    case SymbolKind::InitFunction:
      return ValueType::of(ValueKind::Func);
    case SymbolKind::GoHandle:
      error(position, "'" + symbol.name + "' is a thread handle; it can only be used by 'join'");
      return errorValue;
    case SymbolKind::Builtin:
      error(position, "builtin '" + symbol.name + "' must be called");
      return errorValue;
    default:
      error(position, describeSymbol(symbol) + " is not a value");
      return errorValue;
  }
}

// Initializers run in declaration order, before any thread: a global read there must have been
// given its value already.
bool Checker::globalUsableInInitializer(const Symbol& symbol, SourcePosition position) {
  const std::string& current = symbols_.at(currentGlobal_).name;
  if (symbol.id >= currentGlobal_) {
    error(position, "initializer of '" + current + "' uses '" + symbol.name +
                        "', which is not initialized before it");
    return false;
  }
  if (symbol.uninitialized) {
    error(position, "initializer of '" + current + "' uses '" + symbol.name +
                        "', which has no initial value");
    return false;
  }
  return true;
}

ValueType Checker::checkExprNode(ast::ListLiteral& list, SourcePosition) {
  for (auto& element : list.elements)
    checkValue(element);
  return ValueType::of(ValueKind::List);
}

ValueType Checker::checkExprNode(ast::Unary& unary, SourcePosition) {
  ValueType operand = checkValue(*unary.operand);
  if (unary.op == ast::UnaryOperator::Not) {
    requireKind(unary.operand->position, operand, ValueKind::Bool, "operand of '!'");
    return ValueType::of(ValueKind::Bool);
  }
  requireKind(unary.operand->position, operand, ValueKind::Int,
              "operand of unary '" + std::string(ast::unaryOperatorName(unary.op)) + "'");
  return ValueType::of(ValueKind::Int);
}

ValueType Checker::checkExprNode(ast::Binary& binary, SourcePosition) {
  ValueType left = checkValue(*binary.left);
  ValueType right = checkValue(*binary.right);
  OperatorClass kind = classOf(binary.op);
  if (kind == OperatorClass::Equality) {
    checkEquality(binary, left, right);
    return ValueType::of(ValueKind::Bool);
  }
  ValueKind operand = kind == OperatorClass::Logical ? ValueKind::Bool : ValueKind::Int;
  std::string what = "operand of '" + std::string(ast::binaryOperatorName(binary.op)) + "'";
  // One report per operator: `"a" < "b"` is one mistake.
  std::size_t before = diagnosticCount();
  requireKind(binary.left->position, left, operand, what);
  if (diagnosticCount() == before)
    requireKind(binary.right->position, right, operand, what);
  return ValueType::of(kind == OperatorClass::Arithmetic ? ValueKind::Int : ValueKind::Bool);
}

void Checker::checkEquality(ast::Binary& binary, const ValueType& left, const ValueType& right) {
  std::string op = "'" + std::string(ast::binaryOperatorName(binary.op)) + "'";
  if (!isComparable(left)) {
    error(binary.left->position, op + " cannot compare " + typeName(left) + " values");
  } else if (!isComparable(right)) {
    error(binary.right->position, op + " cannot compare " + typeName(right) + " values");
  } else if (!isAssignable(left, right)) {
    error(binary.right->position, "operands of " + op + " must have one type, got " +
                                      typeName(left) + " and " + typeName(right));
  }
}

// `x[i]` on a list yields an untyped element; on an array, one cell (an atomic cell is read
// with `load`, except in a final condition).
ValueType Checker::checkExprNode(ast::Index& index, SourcePosition position) {
  if (const Symbol* array = arrayNamed(*index.base)) {
    ValueType cell = checkArrayCell(index, *array);
    if (cell.atomic && mode_ != ExprMode::FinalCondition) {
      error(position, "cannot read atomic cell of '" + array->name + "' directly; use '" +
                          array->name + "[i].load()'");
    }
    return cell.withoutAtomic();
  }
  ValueType base = checkValue(*index.base);
  requireKind(index.base->position, base, ValueKind::List, "indexed value");
  expectValue(*index.index, ValueType::of(ValueKind::Int), "list index");
  return ValueType::of(ValueKind::Unknown);
}

ValueType Checker::checkExprNode(ast::NewObject& object, SourcePosition) {
  return typeFromAst(object.type);
}

ValueType Checker::checkExprNode(ast::ChooseRange& choose, SourcePosition) {
  auto intType = ValueType::of(ValueKind::Int);
  expectValue(*choose.low, intType, "lower bound of 'choose'");
  expectValue(*choose.high, intType, "upper bound of 'choose'");
  return intType;
}

// All choices have one type: the first known one.
ValueType Checker::checkExprNode(ast::ChooseValues& choose, SourcePosition) {
  ValueType common = ValueType::of(ValueKind::Unknown);
  for (auto& value : choose.values) {
    ValueType type = checkValue(value);
    if (common.isUnknown()) {
      common = type;
    } else if (!isAssignable(common, type)) {
      error(value.position, "choices of 'choose' must have one type: expected " + typeName(common) +
                                ", got " + typeName(type));
    }
  }
  return common;
}

ValueType Checker::checkExprNode(ast::Parenthesized& paren, SourcePosition) {
  return checkExpr(*paren.inner);
}

}  // namespace initcheck
