// Compiles statements and expressions of one body into stack bytecode. Variables are reached
// by how the body sees them: globals by location, private locals by slot, and shared locals
// (captured by reference, or shared copies) through a location reference held in their slot.
#include "compile/compiler.hpp"

#include <algorithm>

namespace initcheck {

BodyCompiler::BodyCompiler(CompiledProgram& program, const SymbolTable& symbols, BodyId body,
                           CompiledBody& out)
    : program_(program), symbols_(symbols), body_(body), out_(out) {}

void BodyCompiler::emit(Op op, SourcePosition position, std::int64_t a, std::int64_t b,
                        std::int64_t c) {
  out_.code.push_back(Instr{op, a, b, c, position});
}

std::size_t BodyCompiler::slotOf(SymbolId symbol) {
  auto it = slots_.find(symbol);
  if (it != slots_.end())
    return it->second;
  slots_[symbol] = out_.slotCount;
  out_.slotNames.push_back(symbols_.at(symbol).name);
  return out_.slotCount++;
}

std::size_t BodyCompiler::hiddenSlot() {
  out_.slotNames.emplace_back();
  return out_.slotCount++;
}

BodyCompiler::Access BodyCompiler::accessOf(SymbolId symbol) const {
  const Symbol& sym = symbols_.at(symbol);
  if (sym.kind == SymbolKind::Global)
    return Access::Global;
  if (sym.owner == body_ || body_ == kNoBody)
    return sym.capturedByReference ? Access::Shared : Access::Private;
  const Body& body = symbols_.body(body_);
  for (const ast::Capture& capture : body.captures) {
    if (capture.symbol != symbol)
      continue;
    if (!capture.byValue)
      return Access::Shared;
    const auto& copies = body.sharedCopies;
    bool shared = std::find(copies.begin(), copies.end(), symbol) != copies.end();
    return shared ? Access::Shared : Access::Private;
  }
  return sym.capturedByReference ? Access::Shared : Access::Private;
}

void BodyCompiler::bindParameters(const std::vector<ast::Parameter>& parameters) {
  for (const ast::Parameter& parameter : parameters) {
    out_.parameterSlots.push_back(slotOf(parameter.symbol));
    out_.parameterShared.push_back(accessOf(parameter.symbol) == Access::Shared);
  }
}

void BodyCompiler::bindCaptures() {
  if (body_ == kNoBody)
    return;
  const Body& body = symbols_.body(body_);
  for (const ast::Capture& capture : body.captures) {
    out_.captureSlots.push_back(slotOf(capture.symbol));
    const auto& copies = body.sharedCopies;
    bool copy =
        capture.byValue && std::find(copies.begin(), copies.end(), capture.symbol) != copies.end();
    out_.captureIsSharedCopy.push_back(copy);
  }
}

void BodyCompiler::finishBody(SourcePosition end) {
  emit(Op::PushNone, end);
  emit(Op::Return, end);
}

void BodyCompiler::emitLoad(SymbolId symbol, SourcePosition position) {
  // Object variables cannot be assigned (the checker forbids it): reading them is private.
  bool constant = symbols_.at(symbol).type.isObject();
  switch (accessOf(symbol)) {
    case Access::Global:
      emit(constant ? Op::PeekGlobal : Op::LoadGlobal, position,
           program_.globalLocation.at(symbol));
      return;
    case Access::Shared:
      emit(constant ? Op::PeekShared : Op::LoadShared, position,
           static_cast<std::int64_t>(slotOf(symbol)));
      return;
    case Access::Private:
      emit(Op::LoadLocal, position, static_cast<std::int64_t>(slotOf(symbol)));
      return;
  }
}

void BodyCompiler::emitStore(SymbolId symbol, SourcePosition position) {
  switch (accessOf(symbol)) {
    case Access::Global:
      emit(Op::StoreGlobal, position, program_.globalLocation.at(symbol));
      return;
    case Access::Shared:
      emit(Op::StoreShared, position, static_cast<std::int64_t>(slotOf(symbol)));
      return;
    case Access::Private:
      emit(Op::StoreLocal, position, static_cast<std::int64_t>(slotOf(symbol)));
      return;
  }
}

void BodyCompiler::emitDeclare(SymbolId symbol, SourcePosition position) {
  auto slot = static_cast<std::int64_t>(slotOf(symbol));
  emit(accessOf(symbol) == Access::Shared ? Op::NewShared : Op::StoreLocal, position, slot);
}

void BodyCompiler::compileBlock(const ast::Block& block) {
  for (const ast::Stmt& stmt : block.statements)
    compileStatement(stmt);
}

void BodyCompiler::compileStatement(const ast::Stmt& stmt) {
  if (stmt.label) {
    SymbolId label = symbols_.findLabel(stmt.label->name);
    emit(Op::Label, stmt.position, label);
  }
  compileNode(stmt.node, stmt.position);
}

}  // namespace initcheck
