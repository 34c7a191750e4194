// Closures and `go { ... }` blocks: bodies of their own, nested in the body that creates them.
// A closure's `[a, b]` list is resolved in the creator first (capture_analysis.cpp); then its
// parameters and statements are checked in a fresh scope, and the captures the analysis found
// are written back into the AST node.
#include "sema/checker.hpp"

namespace initcheck {

ValueType Checker::checkExprNode(ast::Closure& closure, SourcePosition position) {
  Body body;
  body.kind = BodyKind::Closure;
  body.parent = currentBody_;
  body.position = position;
  if (closure.result)
    body.result = typeFromAst(*closure.result);
  body.valueCaptures = resolveValueCaptures(closure.valueCaptures);
  for (SymbolId id : body.valueCaptures)
    body.captures.push_back(ast::Capture{id, true});
  ExprMode previousMode = mode_;
  mode_ = ExprMode::Code;
  BodyId previous = enterBody(std::move(body));
  BodyId id = currentBody_;
  {
    ScopeGuard scope(scopes_);
    declareParameters(closure.parameters);
    checkStatements(closure.body.get());
  }
  checkFallOff(closure.body.get(), id);
  leaveBody(previous);
  mode_ = previousMode;
  closure.captures = symbols_.body(id).captures;
  return ValueType::of(ValueKind::Func);
}

void Checker::checkGoBlock(ast::GoStmt& stmt, ast::Block& block) {
  Body body;
  body.kind = BodyKind::GoBlock;
  body.parent = currentBody_;
  body.position = block.position;
  BodyId previous = enterBody(std::move(body));
  BodyId id = currentBody_;
  checkBlock(block);
  leaveBody(previous);
  stmt.captures = symbols_.body(id).captures;
}

}  // namespace initcheck
