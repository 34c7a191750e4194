// Calls: of declared functions (arity and argument types from the signature), of the builtins
// `len` and `append` (declared with signatures too), of a closure written in place (its own
// signature), and of func values such as variables of type `func`, whose signature is unknown:
// their arguments are checked as values, their result is untyped. Memory orders belong to
// atomic methods only (methods.cpp).
#include "parser/ast_names.hpp"
#include "sema/checker.hpp"

namespace initcheck {

namespace {

Signature closureSignature(const ast::Closure& closure) {
  Signature signature;
  for (const auto& parameter : closure.parameters) {
    signature.parameters.push_back(typeFromAst(parameter.type));
  }
  if (closure.result)
    signature.result = typeFromAst(*closure.result);
  return signature;
}

}  // namespace

ValueType Checker::checkExprNode(ast::Call& call, SourcePosition) {
  ast::Expr& callee = unparenthesized(*call.callee);
  if (auto* ref = std::get_if<ast::NameRef>(&callee.node)) {
    return checkNamedCall(call, *ref, callee.position);
  }
  if (auto* closure = std::get_if<ast::Closure>(&callee.node)) {
    checkExprNode(*closure, callee.position);
    Signature signature = closureSignature(*closure);
    checkArguments(call.arguments, signature, "the closure", callee.position);
    return signature.result;
  }
  return checkValueCall(call, callee);
}

ValueType Checker::checkNamedCall(ast::Call& call, ast::NameRef& callee, SourcePosition position) {
  if (resolve(callee, position) == kUnresolved) {
    checkUntypedArguments(call.arguments, false);
    return ValueType::of(ValueKind::Error);
  }
  const Symbol& symbol = symbols_.at(callee.symbol);
  if (symbol.kind == SymbolKind::Builtin && symbol.name == "len" && call.arguments.size() == 1 &&
      !call.arguments[0].isOrder()) {
    if (arrayNamed(*std::get<ast::Box<ast::Expr>>(call.arguments[0].value)))
      return ValueType::of(ValueKind::Int);  // `len(xs)` of an array: its N
  }
  if (symbol.signature) {
    Signature signature = *symbol.signature;
    checkArguments(call.arguments, signature, "'" + symbol.name + "'", position);
    return signature.result;
  }
  ValueType type = nameValue(callee, position);
  if (!type.isUnknown() && !type.is(ValueKind::Func)) {
    error(position, "cannot call '" + symbol.name + "' of type " + typeName(type));
  }
  checkUntypedArguments(call.arguments, true);
  return ValueType::of(type.is(ValueKind::Error) ? ValueKind::Error : ValueKind::Unknown);
}

// `fs[0]()`, `make()()`: a func value with an unknown signature.
ValueType Checker::checkValueCall(ast::Call& call, ast::Expr& callee) {
  ValueType type = checkValue(callee);
  if (!type.isUnknown() && !type.is(ValueKind::Func)) {
    error(callee.position, "called value must be func, got " + typeName(type));
  }
  checkUntypedArguments(call.arguments, true);
  return ValueType::of(type.is(ValueKind::Error) ? ValueKind::Error : ValueKind::Unknown);
}

void Checker::checkArguments(std::vector<ast::Argument>& arguments, const Signature& signature,
                             const std::string& callee, SourcePosition calleePosition) {
  const auto& parameters = signature.parameters;
  std::size_t index = 0;
  for (auto& argument : arguments) {
    if (argument.isOrder()) {
      reportMisplacedOrder(argument);
      continue;
    }
    ast::Expr& expr = *std::get<ast::Box<ast::Expr>>(argument.value);
    if (index < parameters.size()) {
      expectValue(expr, parameters[index],
                  "argument " + std::to_string(index + 1) + " of " + callee);
    } else {
      checkValue(expr);
    }
    ++index;
  }
  reportArity(arguments, parameters.size(), callee, calleePosition);
}

void Checker::checkUntypedArguments(std::vector<ast::Argument>& arguments, bool reportOrders) {
  for (auto& argument : arguments) {
    if (!argument.isOrder()) {
      checkValue(*std::get<ast::Box<ast::Expr>>(argument.value));
    } else if (reportOrders) {
      reportMisplacedOrder(argument);
    }
  }
}

// Counts the value arguments (a memory order is reported on its own). Too many: reported at
// the first extra one; too few: at the callee.
void Checker::reportArity(const std::vector<ast::Argument>& arguments, std::size_t expected,
                          const std::string& callee, SourcePosition calleePosition,
                          const std::string& extra) {
  std::vector<SourcePosition> values;
  for (const auto& argument : arguments) {
    if (!argument.isOrder())
      values.push_back(argument.position);
  }
  if (values.size() == expected)
    return;
  SourcePosition position = values.size() > expected ? values[expected] : calleePosition;
  error(position, callee + " takes " + argumentCount(expected) + extra + ", got " +
                      std::to_string(values.size()));
}

void Checker::reportMisplacedOrder(const ast::Argument& argument) {
  error(argument.position,
        "memory order '" +
            std::string(ast::memoryOrderName(std::get<ast::MemoryOrder>(argument.value))) +
            "' is allowed only as the last argument of an atomic method");
}

}  // namespace initcheck
