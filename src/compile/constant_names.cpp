// The names of constants in traces: `const DONE = 2;` stored to or compared with a global makes
// that global's value 2 print as `DONE (2)`. The compiler notes, per global (an array counts as
// one), every integer constant the program stores into it, passes to one of its atomic
// operations, or compares it with; a value with exactly one such name gets that name.
#include "compile/compiler.hpp"

namespace initcheck {

namespace {

const ast::Expr& unparenthesized(const ast::Expr& expr) {
  const ast::Expr* inner = &expr;
  while (const auto* paren = std::get_if<ast::Parenthesized>(&inner->node))
    inner = &*paren->inner;
  return *inner;
}

// Atomic operations whose arguments are values of the location (not operands like fetch_add's).
bool takesValuesOfTheLocation(const std::string& method) {
  return method == "store" || method == "swap" || method == "cas" || method == "cmpxchg" ||
         method == "wait";
}

// Atomic operations whose result is a value of the location.
bool returnsAValueOfTheLocation(const std::string& method) {
  return method == "load" || method == "swap" || method == "cmpxchg" ||
         method.rfind("fetch_", 0) == 0;
}

}  // namespace

const Symbol* BodyCompiler::globalNamed(const ast::Expr& expr) const {
  const ast::Expr& inner = unparenthesized(expr);
  if (const auto* index = std::get_if<ast::Index>(&inner.node))
    return globalNamed(*index->base);
  const auto* name = std::get_if<ast::NameRef>(&inner.node);
  if (name == nullptr || name->symbol == kUnresolved)
    return nullptr;
  const Symbol& symbol = symbols_.at(name->symbol);
  return symbol.kind == SymbolKind::Global ? &symbol : nullptr;
}

// The global whose value `expr` is: `g`, `xs[i]`, `g.load()`, `xs[i].cmpxchg(...)`.
const Symbol* BodyCompiler::globalValuedBy(const ast::Expr& expr) const {
  const ast::Expr& inner = unparenthesized(expr);
  if (const auto* call = std::get_if<ast::MethodCall>(&inner.node))
    return returnsAValueOfTheLocation(call->method.name) ? globalNamed(*call->receiver) : nullptr;
  return globalNamed(inner);
}

void BodyCompiler::noteConstantName(const Symbol* global, const ast::Expr& value) {
  const auto* name = std::get_if<ast::NameRef>(&unparenthesized(value).node);
  if (global == nullptr || name == nullptr || name->symbol == kUnresolved)
    return;
  const Symbol& constant = symbols_.at(name->symbol);
  const auto* number = constant.constant ? std::get_if<std::int64_t>(&*constant.constant) : nullptr;
  if (number != nullptr)
    program_.constantNames[global->name].insert({*number, constant.name});
}

void BodyCompiler::noteConstantNames(const ast::Binary& binary) {
  if (binary.op != ast::BinaryOperator::Equal && binary.op != ast::BinaryOperator::NotEqual)
    return;
  noteConstantName(globalValuedBy(*binary.left), *binary.right);
  noteConstantName(globalValuedBy(*binary.right), *binary.left);
}

void BodyCompiler::noteConstantNames(const ast::MethodCall& call) {
  if (!takesValuesOfTheLocation(call.method.name))
    return;
  const Symbol* global = globalNamed(*call.receiver);
  for (const ast::Argument& argument : call.arguments) {
    if (const auto* expr = std::get_if<ast::Box<ast::Expr>>(&argument.value))
      noteConstantName(global, expr->get());
  }
}

}  // namespace initcheck
