// Statement forms of the bytecode compiler.
#include "compile/compiler.hpp"

namespace initcheck {

namespace {
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
}  // namespace

void BodyCompiler::compileNode(const ast::StmtNode& node, SourcePosition position) {
  std::visit(Overloaded{
                 [&](const ast::LetStmt& s) { compileLet(s, position); },
                 [&](const ast::AssignStmt& s) { compileAssign(s, position); },
                 [&](const ast::IfStmt& s) { compileIf(s, position); },
                 [&](const ast::WhileStmt& s) { compileWhile(s, position); },
                 [&](const ast::ForStmt& s) { compileFor(s, position); },
                 [&](const ast::GoStmt& s) { compileGo(s, position); },
                 [&](const ast::JoinStmt& s) {
                   emitLoad(s.symbol, position);
                   emit(Op::Join, position);
                 },
                 [&](const ast::ReturnStmt& s) {
                   if (s.value)
                     compileExpr(*s.value);
                   else
                     emit(Op::PushNone, position);
                   emit(Op::Return, position);
                 },
                 [&](const ast::AssertStmt& s) {
                   compileExpr(s.condition);
                   emit(Op::Assert, position, s.message ? program_.atom(*s.message) : -1);
                 },
                 [&](const ast::AssumeStmt& s) {
                   compileExpr(s.condition);
                   emit(Op::Assume, position);
                 },
                 [&](const ast::AwaitStmt& s) {
                   emit(Op::AwaitBegin, position);
                   compileExpr(s.condition);
                   emit(Op::AwaitCheck, position);
                 },
                 [&](const ast::FenceStmt& s) {
                   emit(Op::Fence, position, static_cast<std::int64_t>(s.order));
                 },
                 [&](const ast::BreakStmt&) { compileLoopExit(true, position); },
                 [&](const ast::ContinueStmt&) { compileLoopExit(false, position); },
                 [&](const ast::ExprStmt& s) {
                   compileExpr(s.expr);
                   emit(Op::Pop, position);
                 },
                 [&](const ast::BlockStmt& s) { compileBlock(s.block); },
             },
             node);
}

void BodyCompiler::compileLet(const ast::LetStmt& let, SourcePosition position) {
  objectNameHint_ = let.name.name;
  compileExpr(let.value);
  objectNameHint_.clear();
  emitDeclare(let.symbol, position);
}

void BodyCompiler::compileAssign(const ast::AssignStmt& assign, SourcePosition position) {
  if (const Symbol& target = symbols_.at(assign.symbol); target.kind == SymbolKind::Global)
    noteConstantName(&target, assign.value);
  if (!assign.index) {
    objectNameHint_ = assign.target.name;
    compileExpr(assign.value);
    objectNameHint_.clear();
    emitStore(assign.symbol, position);
    return;
  }
  if (const Symbol& target = symbols_.at(assign.symbol); target.type.isArray())
    return compileCellAssign(assign, target, position);
  compileExpr(*assign.index);
  compileExpr(assign.value);
  emitLoad(assign.symbol, assign.target.position);
  emit(Op::ListSet, assign.index->position);
  emitStore(assign.symbol, position);
}

void BodyCompiler::compileIf(const ast::IfStmt& stmt, SourcePosition position) {
  compileExpr(stmt.condition);
  std::size_t toElse = here();
  emit(Op::JumpIfFalse, position);
  compileBlock(stmt.thenBlock);
  std::size_t toEnd = here();
  emit(Op::Jump, position);
  patch(toElse);
  if (stmt.elseBranch)
    compileStatement(stmt.elseBranch->get());
  patch(toEnd);
}

void BodyCompiler::compileWhile(const ast::WhileStmt& stmt, SourcePosition position) {
  auto counter = static_cast<std::int64_t>(hiddenSlot());
  emit(Op::LoopStart, position, counter);
  auto top = static_cast<std::int64_t>(here());
  compileExpr(stmt.condition);
  std::size_t toEnd = here();
  emit(Op::JumpIfFalse, position);
  std::size_t iteration = here();
  emit(Op::LoopIteration, position, counter);
  loops_.emplace_back();
  compileBlock(stmt.body);
  LoopTargets targets = std::move(loops_.back());
  loops_.pop_back();
  emit(Op::Jump, position, top);
  patch(toEnd);
  patchAll(targets.continues, static_cast<std::size_t>(top));
  patchAll(targets.breaks, here());
  out_.code[iteration].b = static_cast<std::int64_t>(here());  // where the loop ends
}

void BodyCompiler::compileForBinding(const ast::ForStmt& stmt, SourcePosition position) {
  auto slot = static_cast<std::int64_t>(slotOf(stmt.symbol));
  bool shared = accessOf(stmt.symbol) == Access::Shared;
  if (!shared)
    emit(Op::StoreLocal, position, slot);
  else
    emit(stmt.shared ? Op::StoreShared : Op::NewShared, stmt.variable.position, slot);
}

// `for x in lo..hi` / `for x in LIST`: hidden slots hold the index and the bound (or list).
void BodyCompiler::compileFor(const ast::ForStmt& stmt, SourcePosition position) {
  auto index = static_cast<std::int64_t>(hiddenSlot());
  auto limit = static_cast<std::int64_t>(hiddenSlot());
  bool range = stmt.high.has_value();
  compileForStart(stmt, position, index, limit);
  auto top = static_cast<std::int64_t>(here());
  emit(Op::LoadLocal, position, index);
  emit(Op::LoadLocal, position, limit);
  if (!range)
    emit(Op::Len, position);
  emit(Op::Binary, position, static_cast<std::int64_t>(ast::BinaryOperator::Less));
  std::size_t toEnd = here();
  emit(Op::JumpIfFalse, position);
  if (range) {
    emit(Op::LoadLocal, position, index);
  } else {
    emit(Op::LoadLocal, position, limit);
    emit(Op::LoadLocal, position, index);
    emit(Op::Index, position);
  }
  compileForBinding(stmt, position);
  loops_.emplace_back();
  compileBlock(stmt.body);
  LoopTargets targets = std::move(loops_.back());
  loops_.pop_back();
  patchAll(targets.continues, here());
  emit(Op::LoadLocal, position, index);
  emit(Op::PushInt, position, 1);
  emit(Op::Binary, position, static_cast<std::int64_t>(ast::BinaryOperator::Add));
  emit(Op::StoreLocal, position, index);
  emit(Op::Jump, position, top);
  patch(toEnd);
  patchAll(targets.breaks, here());
}

void BodyCompiler::compileForStart(const ast::ForStmt& stmt, SourcePosition position,
                                   std::int64_t index, std::int64_t limit) {
  compileExpr(stmt.low);
  emit(Op::StoreLocal, position, limit);  // the list, or the low bound
  if (stmt.high) {
    emit(Op::LoadLocal, position, limit);
    emit(Op::StoreLocal, position, index);
    compileExpr(*stmt.high);
    emit(Op::StoreLocal, position, limit);
  } else {
    emit(Op::PushInt, position, 0);
    emit(Op::StoreLocal, position, index);
  }
  // `for shared x`: one location for the whole loop, written at each iteration's start.
  if (stmt.shared && accessOf(stmt.symbol) == Access::Shared)
    emit(Op::NewSharedEmpty, position, static_cast<std::int64_t>(slotOf(stmt.symbol)));
}

void BodyCompiler::compileGo(const ast::GoStmt& stmt, SourcePosition position) {
  if (stmt.block) {
    auto body = symbols_.bodyAt(stmt.block->position);
    compileClosure(body.value_or(kNoBody), *stmt.block, {}, position);
    emit(Op::Go, position, 0);
  } else if (stmt.call) {
    const auto* call = std::get_if<ast::Call>(&stmt.call->node);
    if (call == nullptr) {  // `go o.do(f)` and the like: run in a new thread as written
      compileExpr(*stmt.call);
      emit(Op::PushNone, position);
    } else {
      compileExpr(*call->callee);
      compileArguments(call->arguments);
      emit(Op::Go, position, static_cast<std::int64_t>(call->arguments.size()));
    }
  }
  if (stmt.handle)
    emitDeclare(stmt.handleSymbol, position);
  else
    emit(Op::Pop, position);
}

}  // namespace initcheck
