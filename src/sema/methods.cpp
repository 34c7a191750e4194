// Method calls on once, mutex, waitgroup, chan and atomic variables (section 4). An atomic
// variable is a receiver only by its name; anywhere else its name is an error (use `load` /
// `store`). A memory order may only come last, in an atomic method that accepts it.
#include "parser/ast_names.hpp"
#include "sema/checker.hpp"

namespace initcheck {

namespace {

ValueType methodResult(const MethodSignature& method, const ValueType& receiver) {
  switch (method.result) {
    case ResultRule::Void:
      return ValueType::of(ValueKind::Void);
    case ResultRule::Unknown:
      return ValueType::of(ValueKind::Unknown);
    case ResultRule::AtomicValue:
      return receiver.withoutAtomic();
    case ResultRule::Bool:
      return ValueType::of(ValueKind::Bool);
    case ResultRule::Int:
      return ValueType::of(ValueKind::Int);
  }
  return ValueType::of(ValueKind::Unknown);
}

}  // namespace

ValueType Checker::checkExprNode(ast::MethodCall& call, SourcePosition) {
  ValueType receiver = checkReceiver(*call.receiver);
  if (receiver.is(ValueKind::Error)) {
    checkUntypedArguments(call.arguments, false);
    return receiver;
  }
  const MethodSignature* method = findMethod(receiver, call.method.name);
  if (!method) {
    reportUnknownMethod(receiver, call.method);
    checkUntypedArguments(call.arguments, false);
    return ValueType::of(ValueKind::Error);
  }
  checkMethodArguments(call, *method, receiver);
  return methodResult(*method, receiver);
}

// The receiver's type, `atomic` included when it names an atomic variable.
ValueType Checker::checkReceiver(ast::Expr& receiver) {
  ast::Expr& inner = unparenthesized(receiver);
  if (auto* index = std::get_if<ast::Index>(&inner.node)) {
    if (const Symbol* array = arrayNamed(*index->base))
      return checkArrayCell(*index, *array);
  }
  auto* ref = std::get_if<ast::NameRef>(&inner.node);
  if (!ref)
    return checkValue(receiver);
  if (resolve(*ref, inner.position) == kUnresolved)
    return ValueType::of(ValueKind::Error);
  const Symbol& symbol = symbols_.at(ref->symbol);
  if (symbol.isVariable() && symbol.type.atomic)
    return symbol.type;
  return nameValue(*ref, inner.position);
}

void Checker::reportUnknownMethod(const ValueType& receiver, const ast::Identifier& method) {
  std::string lacks = receiver.isUnknown() ? "no object has method '"
                                           : "'" + typeName(receiver) + "' has no method '";
  std::vector<std::string> names = methodNames(receiver);
  std::string list;
  for (const auto& name : names)
    list += (list.empty() ? "" : ", ") + name;
  std::string has = names.empty() || receiver.isUnknown()
                        ? ""
                        : "; the methods of " + typeName(receiver) + " are " + list;
  error(method.position, lacks + method.name + "'" + didYouMean(method.name, names) + has);
}

void Checker::checkMethodArguments(ast::MethodCall& call, const MethodSignature& method,
                                   const ValueType& receiver) {
  auto& arguments = call.arguments;
  std::string name = "'" + std::string(method.name) + "'";
  std::size_t trailingOrders = 0;
  while (trailingOrders < arguments.size() &&
         arguments[arguments.size() - 1 - trailingOrders].isOrder())
    ++trailingOrders;
  std::size_t firstOrder = arguments.size() - trailingOrders;
  std::size_t index = 0;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i].isOrder()) {
      checkOrderArgument(arguments, i, firstOrder, method);
      continue;
    }
    ast::Expr& expr = *std::get<ast::Box<ast::Expr>>(arguments[i].value);
    if (index < method.arguments.size()) {
      std::string what = "argument " + std::to_string(index + 1) + " of " + name;
      checkMethodArgument(expr, method.arguments[index], receiver, what);
    } else {
      checkValue(expr);
    }
    ++index;
  }
  std::string extra = method.order == OrderRule::None ? ""
                      : method.order == OrderRule::CompareExchange
                          ? " and optional success and failure memory orders"
                          : " and an optional memory order";
  reportArity(arguments, method.arguments.size(), name, call.method.position, extra);
}

// The order at `i`; orders from `firstOrder` on are trailing. One may come last; a
// compare-exchange takes a success order and then, optionally, a failure order.
void Checker::checkOrderArgument(const std::vector<ast::Argument>& arguments, std::size_t i,
                                 std::size_t firstOrder, const MethodSignature& method) {
  const ast::Argument& argument = arguments[i];
  auto order = std::get<ast::MemoryOrder>(argument.value);
  std::string spelled = "'" + std::string(ast::memoryOrderName(order)) + "'";
  std::string methodName = "'" + std::string(method.name) + "'";
  bool pair = method.order == OrderRule::CompareExchange;
  std::size_t allowed = pair ? 2 : 1;
  if (method.order == OrderRule::None) {
    bool notify = method.name.rfind("notify_", 0) == 0;  // an atomic's, or a cond's
    error(argument.position, methodName + (notify ? " takes no memory order (as in C++)"
                                                  : " takes no memory order; only atomics do"));
  } else if (i < firstOrder) {
    error(argument.position, "memory order " + spelled + " must come after the values");
  } else if (i >= firstOrder + allowed) {
    error(argument.position,
          pair ? methodName + " takes at most two memory orders: success, then failure"
               : methodName +
                     " takes one memory order; only 'cas' and 'cmpxchg' take a "
                     "success and a failure order");
  } else if (pair && i == firstOrder + 1) {
    auto success = std::get<ast::MemoryOrder>(arguments[firstOrder].value);
    if (!failureOrderAllowed(success, order)) {
      error(argument.position, "failure order " + spelled + " of " + methodName +
                                   " must be relaxed, acquire or seq_cst and no stronger than "
                                   "the success order '" +
                                   std::string(ast::memoryOrderName(success)) + "' (as in C++)");
    }
  } else if (!orderAllowed(method.order, order)) {
    error(argument.position, methodName + " cannot use memory order " + spelled + " (as in C++)");
  }
}

void Checker::checkMethodArgument(ast::Expr& argument, ArgumentRule rule, const ValueType& receiver,
                                  const std::string& what) {
  switch (rule) {
    case ArgumentRule::Int:
      expectValue(argument, ValueType::of(ValueKind::Int), what);
      return;
    case ArgumentRule::AnyValue:
      checkValue(argument);
      return;
    case ArgumentRule::AtomicValue:
      expectValue(argument, receiver.withoutAtomic(), what);
      return;
    case ArgumentRule::ParameterlessFunc:
      checkParameterlessFunc(argument, what);
      return;
    case ArgumentRule::Mutex:
      expectValue(argument, ValueType::of(ValueKind::Mutex), what);
      return;
  }
}

// `o.do(f)`: a func value; when it is visibly a declared function or a closure, one without
// parameters (do calls it with none).
void Checker::checkParameterlessFunc(ast::Expr& argument, const std::string& what) {
  std::size_t before = diagnosticCount();
  expectValue(argument, ValueType::of(ValueKind::Func), what);
  if (diagnosticCount() != before)
    return;
  const ast::Expr& inner = unparenthesized(argument);
  std::size_t parameters = 0;
  if (const auto* ref = std::get_if<ast::NameRef>(&inner.node)) {
    const Symbol& symbol = symbols_.at(ref->symbol);
    if (symbol.signature)
      parameters = symbol.signature->parameters.size();
  } else if (const auto* closure = std::get_if<ast::Closure>(&inner.node)) {
    parameters = closure->parameters.size();
  }
  if (parameters != 0) {
    error(argument.position, what + " must be a function without parameters, but it takes " +
                                 std::to_string(parameters));
  }
}

}  // namespace initcheck
