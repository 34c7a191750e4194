// Building a CompiledProgram: globals, declared functions and threads, closures (compiled as
// their creators are), the global initializers and the `final` conditions.
#include "compile/program.hpp"

#include <set>

#include "compile/compiler.hpp"

namespace initcheck {

bool isSchedulingPoint(Op op) {
  switch (op) {
    case Op::LoadShared:
    case Op::StoreShared:
    case Op::LoadGlobal:
    case Op::StoreGlobal:
    case Op::Method:
    case Op::Atomic:
    case Op::OnceFinish:
    case Op::Go:
    case Op::Join:
    case Op::AwaitBegin:
    case Op::ChooseRange:
    case Op::ChooseValues:
    case Op::Fence:
    case Op::LoadCell:
    case Op::StoreCell:
    case Op::AtomicWaitResume:
    case Op::CondResume:
    case Op::LockResume:
      return true;
    default:
      return false;
  }
}

bool isControlOp(Op op) {
  switch (op) {
    case Op::Jump:
    case Op::JumpIfFalse:
    case Op::Call:
    case Op::Return:
    case Op::Go:
    case Op::Join:
    case Op::AwaitBegin:
    case Op::AwaitCheck:
    case Op::ChooseRange:
    case Op::ChooseValues:
    case Op::Assert:
    case Op::Assume:
    case Op::Label:
    case Op::LoopStart:
    case Op::LoopIteration:
    case Op::Halt:
      return true;
    default:
      return false;
  }
}

int atomicArgumentCount(AtomicKind kind) {
  switch (kind) {
    case AtomicKind::Load:
    case AtomicKind::NotifyOne:
    case AtomicKind::NotifyAll:
      return 0;
    case AtomicKind::Cas:
    case AtomicKind::Cmpxchg:
      return 2;
    default:
      return 1;
  }
}

ast::BinaryOperator fetchOperator(AtomicKind kind) {
  switch (kind) {
    case AtomicKind::FetchSub:
      return ast::BinaryOperator::Subtract;
    case AtomicKind::FetchAnd:
      return ast::BinaryOperator::BitAnd;
    case AtomicKind::FetchOr:
      return ast::BinaryOperator::BitOr;
    case AtomicKind::FetchXor:
      return ast::BinaryOperator::BitXor;
    default:
      return ast::BinaryOperator::Add;
  }
}

bool atomicWrites(AtomicKind kind) {
  return kind != AtomicKind::Load && kind != AtomicKind::Wait && kind != AtomicKind::NotifyOne &&
         kind != AtomicKind::NotifyAll;
}

ast::MemoryOrder failureOrderOf(const Instr& instr) {
  if (instr.failure > 0)
    return static_cast<ast::MemoryOrder>(instr.failure - 1);
  auto order = static_cast<ast::MemoryOrder>(instr.c);
  if (order == ast::MemoryOrder::AcqRel)
    return ast::MemoryOrder::Acquire;
  if (order == ast::MemoryOrder::Release)
    return ast::MemoryOrder::Relaxed;
  return order;
}

bool acquiresOrder(ast::MemoryOrder order) {
  return order == ast::MemoryOrder::Acquire || order == ast::MemoryOrder::AcqRel ||
         order == ast::MemoryOrder::SeqCst;
}

bool releasesOrder(ast::MemoryOrder order) {
  return order == ast::MemoryOrder::Release || order == ast::MemoryOrder::AcqRel ||
         order == ast::MemoryOrder::SeqCst;
}

std::int64_t CompiledProgram::atom(const std::string& text) {
  auto it = atomIds_.find(text);
  if (it != atomIds_.end())
    return it->second;
  auto id = static_cast<std::int64_t>(atoms.size());
  atoms.push_back(text);
  atomIds_[text] = id;
  return id;
}

void BodyCompiler::compileClosure(BodyId body, const ast::Block& block,
                                  const std::vector<ast::Parameter>& parameters,
                                  SourcePosition position) {
  if (body == kNoBody) {
    emit(Op::PushNone, position);
    return;
  }
  const Body& info = symbols_.body(body);
  CompiledBody compiled;
  compiled.id = body;
  compiled.name = "go";
  compiled.position = info.position;
  BodyCompiler nested(program_, symbols_, body, compiled);
  nested.bindParameters(parameters);
  nested.bindCaptures();
  nested.compileBlock(block);
  nested.finishBody(block.closePosition);
  program_.bodies[static_cast<std::size_t>(body)] = std::move(compiled);
  for (const ast::Capture& capture : info.captures) {
    const Symbol& symbol = symbols_.at(capture.symbol);
    if (symbol.kind == SymbolKind::Global)
      emit(Op::PushNone, position);
    else if (capture.byValue)
      emitLoad(capture.symbol, position);
    else
      emit(Op::LoadRaw, position, static_cast<std::int64_t>(slotOf(capture.symbol)));
  }
  emit(Op::MakeClosure, position, body);
}

namespace {

// A scalar global takes one location; an array of N cells N consecutive ones.
void addGlobal(CompiledProgram& program, const ast::GlobalDecl& decl, const Symbol& symbol) {
  program.globalLocation[decl.symbol] = static_cast<std::int64_t>(program.globals.size());
  std::int64_t cells = symbol.type.isArray() ? symbol.type.arrayLength : 1;
  for (std::int64_t i = 0; i < cells; ++i) {
    GlobalInfo info;
    info.symbol = decl.symbol;
    info.name = decl.name.name;
    if (symbol.type.isArray()) {
      info.name += "[" + std::to_string(i) + "]";
      info.cell = i;
    }
    info.atomic = decl.atomic;
    info.monitored = symbol.uninitialized;
    if (symbol.type.isObject()) {
      info.objectKind = decl.type.kind;
      info.channelCapacity = decl.type.channelCapacity;
    }
    program.globals.push_back(info);
  }
}

template <class Decl>
void compileDeclared(CompiledProgram& program, const SymbolTable& symbols, const Decl& decl,
                     const std::vector<ast::Parameter>& parameters, bool isInit) {
  const Symbol& symbol = symbols.at(decl.symbol);
  CompiledBody compiled;
  compiled.id = symbol.body;
  compiled.name = decl.name.name;
  compiled.isInit = isInit;
  compiled.symbol = decl.symbol;
  compiled.position = decl.name.position;
  BodyCompiler compiler(program, symbols, symbol.body, compiled);
  compiler.bindParameters(parameters);
  compiler.compileBlock(decl.body);
  compiler.finishBody(decl.body.closePosition);
  program.bodies[static_cast<std::size_t>(symbol.body)] = std::move(compiled);
}

void compileGlobalInit(CompiledProgram& program, const SymbolTable& symbols,
                       const ast::File& file) {
  program.globalInit.name = "init";
  BodyCompiler compiler(program, symbols, kNoBody, program.globalInit);
  for (const ast::Item& item : file.items) {
    const auto* decl = std::get_if<ast::GlobalDecl>(&item.node);
    if (decl == nullptr || !decl->initializer)
      continue;
    std::int64_t base = program.globalLocation.at(decl->symbol);
    if (decl->length == 0) {
      compiler.compileExpr(*decl->initializer);
      compiler.emit(Op::StoreGlobal, item.position, base);
      continue;
    }
    // An array: one value for every cell, or a list literal of one value per cell.
    const ast::Expr* inner = &*decl->initializer;
    while (const auto* paren = std::get_if<ast::Parenthesized>(&inner->node))
      inner = &*paren->inner;
    const auto* list = std::get_if<ast::ListLiteral>(&inner->node);
    for (std::int64_t i = 0; i < decl->length; ++i) {
      compiler.compileExpr(list ? list->elements.at(static_cast<std::size_t>(i))
                                : *decl->initializer);
      compiler.emit(Op::StoreGlobal, item.position, base + i);
    }
  }
  compiler.emit(Op::Halt, {});
}

void compileFinals(CompiledProgram& program, const SymbolTable& symbols) {
  for (const PropertyCheck& check : program.checks) {
    if (check.kind != PropertyKind::Final || !check.condition)
      continue;
    CompiledBody compiled;
    compiled.id = static_cast<BodyId>(program.bodies.size());
    compiled.name = "final";
    BodyCompiler compiler(program, symbols, kNoBody, compiled);
    compiler.compileExpr(*check.condition);
    compiler.emit(Op::Halt, check.position);
    program.finals.emplace_back(check, compiled.id);
    program.bodies.push_back(std::move(compiled));
  }
}

}  // namespace

AtomicsUsed atomicsUsedBy(const CompiledProgram& program) {
  AtomicsUsed used;
  std::set<BodyId> finals;
  for (const auto& entry : program.finals)
    finals.insert(entry.second);
  for (const CompiledBody& body : program.bodies) {
    if (finals.count(body.id) != 0)
      continue;
    for (const Instr& instr : body.code) {
      bool seqCst = static_cast<ast::MemoryOrder>(instr.c) == ast::MemoryOrder::SeqCst;
      if (instr.op == Op::Atomic) {
        auto kind = static_cast<AtomicKind>(instr.a);
        if (kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll)
          continue;  // no memory access
        bool failureSeqCst = failureOrderOf(instr) == ast::MemoryOrder::SeqCst;
        bool pair = kind == AtomicKind::Cas || kind == AtomicKind::Cmpxchg;
        used.weakOrders = used.weakOrders || !seqCst || (pair && !failureSeqCst);
        used.seqCstAccesses = used.seqCstAccesses || seqCst;
      } else if (instr.op == Op::Fence) {
        used.weakOrders = true;
        used.fences = true;
        used.seqCstFences =
            used.seqCstFences || static_cast<ast::MemoryOrder>(instr.a) == ast::MemoryOrder::SeqCst;
      }
    }
  }
  return used;
}

CompiledProgram compileProgram(const ast::File& file, const SymbolTable& symbols,
                               const SpecDirectives& directives) {
  CompiledProgram program;
  program.atom("");  // atom 0: the zero string
  program.checks = directives.checks;
  program.bodies.resize(symbols.bodies().size());
  for (const ast::Item& item : file.items) {
    if (const auto* decl = std::get_if<ast::GlobalDecl>(&item.node))
      addGlobal(program, *decl, symbols.at(decl->symbol));
  }
  for (const PropertyCheck& check : directives.checks) {
    for (SymbolId named : {check.target, check.before, check.after}) {
      if (named != kUnresolved)
        program.targetNames[named] = symbols.at(named).name;
    }
    if (check.kind != PropertyKind::InitBeforeUse)
      continue;
    for (GlobalInfo& global : program.globals) {
      if (global.symbol == check.target)
        global.monitored = true;
    }
  }
  for (const ast::Item& item : file.items) {
    if (const auto* decl = std::get_if<ast::FuncDecl>(&item.node))
      compileDeclared(program, symbols, *decl, decl->parameters, decl->isInit);
    if (const auto* decl = std::get_if<ast::ThreadDecl>(&item.node)) {
      compileDeclared(program, symbols, *decl, {}, false);
      program.threads.push_back(symbols.at(decl->symbol).body);
    }
  }
  compileGlobalInit(program, symbols, file);
  compileFinals(program, symbols);
  program.atomicsUsed = atomicsUsedBy(program);
  return program;
}

std::optional<std::string> constantNaming(const CompiledProgram& program,
                                          const std::string& location, std::int64_t value) {
  auto names = program.constantNames.find(location.substr(0, location.find('[')));
  if (names == program.constantNames.end())
    return std::nullopt;
  std::optional<std::string> name;
  for (const auto& [number, constant] : names->second) {
    if (number != value)
      continue;
    if (name)
      return std::nullopt;  // two constants of one value: neither is the value's name
    name = constant;
  }
  return name;
}

}  // namespace initcheck
