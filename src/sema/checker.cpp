// The checker's driver and shared helpers: the order of the passes, diagnostics, and how
// symbols and bodies are declared.
//
// Passes: (1) declare every global, function and thread, so that code may use a function
// declared further down; (2) check global initializers, function and thread bodies in source
// order, declaring locals as they come (a `let` is visible after its statement); (3) check
// `check`, `expect` and `option` items, which may name any label.
#include "sema/checker.hpp"

namespace initcheck {

Checker::Checker(SymbolTable& symbols, SpecDirectives& directives, DiagnosticList& diagnostics)
    : symbols_(symbols), directives_(directives), diagnostics_(diagnostics) {}

void Checker::checkFile(ast::File& file) {
  ScopeGuard builtins(scopes_);
  declareBuiltins();
  ScopeGuard topLevel(scopes_);
  for (auto& item : file.items)
    declareTopLevel(item);
  for (auto& item : file.items)
    checkTopLevel(item);
  checkDirectives(file);
}

void Checker::error(SourcePosition position, std::string message) {
  diagnostics_.error(position, std::move(message));
}

void Checker::errorWithNote(SourcePosition position, std::string message,
                            SourcePosition notePosition, std::string note) {
  diagnostics_.error(position, std::move(message));
  diagnostics_.note(notePosition, std::move(note));
}

// `len(list) -> int` and `append(list, v) -> list`, in the outermost scope.
void Checker::declareBuiltins() {
  auto builtin = [&](std::string name, Signature signature) {
    Symbol symbol;
    symbol.name = std::move(name);
    symbol.kind = SymbolKind::Builtin;
    symbol.signature = std::move(signature);
    declare(std::move(symbol));
  };
  auto type = ValueType::of;
  builtin("len", Signature{{type(ValueKind::List)}, type(ValueKind::Int)});
  builtin("append",
          Signature{{type(ValueKind::List), type(ValueKind::Unknown)}, type(ValueKind::List)});
}

// Adds the symbol and binds it in the innermost scope. A second declaration of a name in one
// scope is reported; the name keeps denoting the first one.
SymbolId Checker::declare(Symbol symbol) {
  std::string name = symbol.name;
  SourcePosition position = symbol.position;
  SymbolId id = symbols_.add(std::move(symbol));
  SymbolId previous = scopes_.bind(name, id);
  if (previous != kUnresolved) {
    errorWithNote(position, "duplicate declaration of '" + name + "'",
                  symbols_.at(previous).position, "'" + name + "' was first declared here");
  }
  return id;
}

SymbolId Checker::declareLocal(const ast::Identifier& name, SymbolKind kind, ValueType type) {
  Symbol symbol;
  symbol.name = name.name;
  symbol.kind = kind;
  symbol.type = type;
  symbol.position = name.position;
  symbol.owner = currentBody_;
  return declare(std::move(symbol));
}

// Makes `body` (a new function, thread, closure or go block) the current one; returns the
// previous one for leaveBody.
BodyId Checker::enterBody(Body body) {
  BodyId previous = currentBody_;
  currentBody_ = symbols_.addBody(std::move(body));
  savedLoopDepths_.push_back(loopDepth_);
  loopDepth_ = 0;
  return previous;
}

std::string Checker::describeBody(BodyId id) const {
  const Body& body = symbols_.body(id);
  switch (body.kind) {
    case BodyKind::Function:
      return "function '" + symbols_.at(body.symbol).name + "'";
    case BodyKind::Thread:
      return "thread '" + symbols_.at(body.symbol).name + "'";
    case BodyKind::Closure:
      return "closure";
    case BodyKind::GoBlock:
      return "go block";
  }
  return "body";
}

}  // namespace initcheck
