// Top-level declarations: globals (types, `atomic`, initializers), functions and threads, with
// their parameters and the missing-return check. Globals, functions and threads share one
// namespace; a duplicate is reported with a note at the first declaration.
#include "sema/checker.hpp"
#include "sema/return_analysis.hpp"

namespace initcheck {

void Checker::declareTopLevel(ast::Item& item) {
  if (auto* global = std::get_if<ast::GlobalDecl>(&item.node))
    declareGlobal(*global);
  if (auto* constant = std::get_if<ast::ConstDecl>(&item.node))
    declareConstant(*constant);
  if (auto* function = std::get_if<ast::FuncDecl>(&item.node))
    declareFunction(*function);
  if (auto* thread = std::get_if<ast::ThreadDecl>(&item.node))
    declareThread(*thread);
}

// `atomic` applies to int and bool only. Objects are created ready to use, so only the other
// globals can be uninitialized.
void Checker::declareGlobal(ast::GlobalDecl& global) {
  ValueType type = declaredGlobalType(global);
  Symbol symbol;
  symbol.name = global.name.name;
  symbol.kind = SymbolKind::Global;
  symbol.type = type;
  symbol.position = global.name.position;
  symbol.uninitialized = !global.initializer && !type.isObject();
  global.symbol = declare(std::move(symbol));
}

// `[N] [atomic] T`: arrays hold cells of any type (v2 section 4b); atomic cells are int or bool.
ValueType Checker::declaredGlobalType(ast::GlobalDecl& global) {
  ValueType type = typeFromAst(global.type, global.atomic);
  if (type.atomic && !type.is(ValueKind::Int) && !type.is(ValueKind::Bool)) {
    error(global.type.position,
          "'atomic' applies to int and bool only, not " + typeName(type.withoutAtomic()));
    type.atomic = false;
  }
  if (!global.arrayLength)
    return type;
  global.length = arrayLengthOf(*global.arrayLength);
  type.arrayLength = global.length;
  return type;
}

void Checker::declareFunction(ast::FuncDecl& function) {
  Signature signature;
  for (const auto& parameter : function.parameters) {
    signature.parameters.push_back(typeFromAst(parameter.type));
  }
  if (function.result)
    signature.result = typeFromAst(*function.result);
  Symbol symbol;
  symbol.name = function.name.name;
  symbol.kind = function.isInit ? SymbolKind::InitFunction : SymbolKind::Function;
  symbol.type = ValueType::of(ValueKind::Func);
  symbol.signature = std::move(signature);
  symbol.position = function.name.position;
  function.symbol = declare(std::move(symbol));
}

void Checker::declareThread(ast::ThreadDecl& thread) {
  Symbol symbol;
  symbol.name = thread.name.name;
  symbol.kind = SymbolKind::Thread;
  symbol.position = thread.name.position;
  thread.symbol = declare(std::move(symbol));
}

void Checker::checkTopLevel(ast::Item& item) {
  if (auto* global = std::get_if<ast::GlobalDecl>(&item.node))
    checkGlobalInitializer(*global);
  if (auto* function = std::get_if<ast::FuncDecl>(&item.node))
    checkFunction(*function);
  if (auto* thread = std::get_if<ast::ThreadDecl>(&item.node))
    checkThread(*thread);
}

// Global initializers run before any thread, so they may not call functions or methods, and
// may read only globals initialized before them (see expressions.cpp).
void Checker::checkGlobalInitializer(ast::GlobalDecl& global) {
  if (!global.initializer)
    return;
  mode_ = ExprMode::GlobalInitializer;
  currentGlobal_ = global.symbol;
  ValueType declared = symbols_.at(global.symbol).type;
  if (declared.isArray())
    checkArrayInitializer(global, declared);
  else
    expectValue(*global.initializer, declared.withoutAtomic(),
                "initial value of '" + global.name.name + "'");
  mode_ = ExprMode::Code;
  currentGlobal_ = kUnresolved;
}

void Checker::checkFunction(ast::FuncDecl& function) {
  Body body;
  body.kind = BodyKind::Function;
  body.symbol = function.symbol;
  body.position = function.name.position;
  body.result = symbols_.at(function.symbol).signature->result;
  BodyId previous = enterBody(std::move(body));
  symbols_.at(function.symbol).body = currentBody_;
  {
    ScopeGuard scope(scopes_);
    declareParameters(function.parameters);
    checkStatements(function.body);
  }
  checkFallOff(function.body, currentBody_);
  leaveBody(previous);
}

void Checker::checkThread(ast::ThreadDecl& thread) {
  Body body;
  body.kind = BodyKind::Thread;
  body.symbol = thread.symbol;
  body.position = thread.name.position;
  BodyId previous = enterBody(std::move(body));
  symbols_.at(thread.symbol).body = currentBody_;
  checkBlock(thread.body);
  leaveBody(previous);
}

// Parameters share the scope of the body's outermost block, so `let` cannot redeclare one.
void Checker::declareParameters(std::vector<ast::Parameter>& parameters) {
  for (auto& parameter : parameters) {
    parameter.symbol =
        declareLocal(parameter.name, SymbolKind::Parameter, typeFromAst(parameter.type));
  }
}

void Checker::checkFallOff(const ast::Block& block, BodyId id) {
  if (symbols_.body(id).result.is(ValueKind::Void) || alwaysReturns(block))
    return;
  error(block.closePosition, "missing return at end of " + describeBody(id));
}

}  // namespace initcheck
