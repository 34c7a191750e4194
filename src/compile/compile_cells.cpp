// Arrays of shared cells, constants, atomics and loop exits (v2 section 4b) in the bytecode
// compiler. An array global's cells are consecutive locations from globalLocation; `xs[i]`
// compiles to the index and a *Cell op (or an Atomic with `cells` set) that picks the cell at
// run time. A constant compiles to its value.
#include "compile/compiler.hpp"

namespace initcheck {

namespace {

std::optional<AtomicKind> atomicKind(const std::string& name) {
  static const std::map<std::string, AtomicKind> kinds = {{"load", AtomicKind::Load},
                                                          {"store", AtomicKind::Store},
                                                          {"swap", AtomicKind::Swap},
                                                          {"cas", AtomicKind::Cas},
                                                          {"add", AtomicKind::Add},
                                                          {"cmpxchg", AtomicKind::Cmpxchg},
                                                          {"fetch_add", AtomicKind::FetchAdd},
                                                          {"fetch_sub", AtomicKind::FetchSub},
                                                          {"fetch_and", AtomicKind::FetchAnd},
                                                          {"fetch_or", AtomicKind::FetchOr},
                                                          {"fetch_xor", AtomicKind::FetchXor},
                                                          {"wait", AtomicKind::Wait},
                                                          {"notify_one", AtomicKind::NotifyOne},
                                                          {"notify_all", AtomicKind::NotifyAll}};
  auto it = kinds.find(name);
  if (it == kinds.end())
    return std::nullopt;
  return it->second;
}

const ast::Expr& unparenthesized(const ast::Expr& expr) {
  const ast::Expr* inner = &expr;
  while (const auto* paren = std::get_if<ast::Parenthesized>(&inner->node))
    inner = &*paren->inner;
  return *inner;
}

}  // namespace

const Symbol* BodyCompiler::arrayNamed(const ast::Expr& expr) const {
  const auto* ref = std::get_if<ast::NameRef>(&unparenthesized(expr).node);
  if (ref == nullptr || ref->symbol == kUnresolved)
    return nullptr;
  const Symbol& symbol = symbols_.at(ref->symbol);
  return symbol.type.isArray() ? &symbol : nullptr;
}

void BodyCompiler::compileCellIndex(const ast::Index& index, const Symbol&) {
  compileExpr(*index.index);
}

// `xs[i]` of an array reads one cell (an object cell is peeked: it is never reassigned);
// anything else indexes a list value.
void BodyCompiler::compileIndex(const ast::Index& index, SourcePosition position) {
  if (const Symbol* array = arrayNamed(*index.base)) {
    compileCellIndex(index, *array);
    bool object = array->type.element().isObject();
    emit(object ? Op::PeekCell : Op::LoadCell, position, program_.globalLocation.at(array->id));
    out_.code.back().cells = array->type.arrayLength;
    return;
  }
  compileExpr(*index.base);
  compileExpr(*index.index);
  emit(Op::Index, position);
}

void BodyCompiler::compileCellAssign(const ast::AssignStmt& assign, const Symbol& array,
                                     SourcePosition position) {
  compileExpr(*assign.index);
  compileExpr(assign.value);
  emit(Op::StoreCell, position, program_.globalLocation.at(array.id));
  out_.code.back().cells = array.type.arrayLength;
}

void BodyCompiler::compileConstant(const ConstantValue& value, SourcePosition position) {
  if (const auto* n = std::get_if<std::int64_t>(&value))
    emit(Op::PushInt, position, *n);
  else if (const auto* b = std::get_if<bool>(&value))
    emit(Op::PushBool, position, *b ? 1 : 0);
  else
    emit(Op::PushString, position, program_.atom(std::get<std::string>(value)));
}

// `a.op(args [, SUCC [, FAIL]])` on an atomic global or an atomic cell `xs[i]`. A wait that
// blocks continues at AtomicWaitResume; one that returns at once skips it.
void BodyCompiler::compileAtomic(const ast::MethodCall& call, const Symbol& variable,
                                 const ast::Index* cell, SourcePosition position) {
  std::vector<ast::MemoryOrder> orders;
  for (const ast::Argument& argument : call.arguments) {
    if (argument.isOrder())
      orders.push_back(std::get<ast::MemoryOrder>(argument.value));
  }
  if (cell != nullptr)
    compileCellIndex(*cell, variable);
  compileArguments(call.arguments);
  auto kind = atomicKind(call.method.name).value_or(AtomicKind::Load);
  auto order = orders.empty() ? ast::MemoryOrder::SeqCst : orders[0];
  emit(Op::Atomic, position, static_cast<std::int64_t>(kind),
       program_.globalLocation.at(variable.id), static_cast<std::int64_t>(order));
  Instr& atomic = out_.code.back();
  if (orders.size() > 1)
    atomic.failure = static_cast<std::int64_t>(orders[1]) + 1;
  atomic.cells = variable.type.arrayLength;
  if (kind == AtomicKind::Wait)
    emit(Op::AtomicWaitResume, position);
}

void BodyCompiler::compileLoopExit(bool isBreak, SourcePosition position) {
  if (loops_.empty())
    return;  // the checker reported it
  auto& jumps = isBreak ? loops_.back().breaks : loops_.back().continues;
  jumps.push_back(here());
  emit(Op::Jump, position);
}

void BodyCompiler::patchAll(const std::vector<std::size_t>& jumps, std::size_t target) {
  for (std::size_t at : jumps)
    out_.code[at].a = static_cast<std::int64_t>(target);
}

}  // namespace initcheck
