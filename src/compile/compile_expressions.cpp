// Expression forms of the bytecode compiler: left to right, `&&`/`||` short-circuit.
#include <map>

#include "compile/compiler.hpp"

namespace initcheck {

namespace {
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

std::optional<MethodKind> methodKind(const std::string& name) {
  static const std::map<std::string, MethodKind> kinds = {
      {"do", MethodKind::Do},     {"lock", MethodKind::Lock}, {"unlock", MethodKind::Unlock},
      {"add", MethodKind::Add},   {"done", MethodKind::Done}, {"wait", MethodKind::Wait},
      {"send", MethodKind::Send}, {"recv", MethodKind::Recv}, {"close", MethodKind::Close}};
  auto it = kinds.find(name);
  if (it == kinds.end())
    return std::nullopt;
  return it->second;
}

std::optional<AtomicKind> atomicKind(const std::string& name) {
  static const std::map<std::string, AtomicKind> kinds = {{"load", AtomicKind::Load},
                                                          {"store", AtomicKind::Store},
                                                          {"swap", AtomicKind::Swap},
                                                          {"cas", AtomicKind::Cas},
                                                          {"add", AtomicKind::Add}};
  auto it = kinds.find(name);
  if (it == kinds.end())
    return std::nullopt;
  return it->second;
}
}  // namespace

void BodyCompiler::compileExpr(const ast::Expr& expr) {
  SourcePosition at = expr.position;
  std::visit(
      Overloaded{
          [&](const ast::IntLiteral& e) { emit(Op::PushInt, at, e.value); },
          [&](const ast::BoolLiteral& e) { emit(Op::PushBool, at, e.value ? 1 : 0); },
          [&](const ast::StringLiteral& e) { emit(Op::PushString, at, program_.atom(e.value)); },
          [&](const ast::NameRef& e) { compileName(e, at); },
          [&](const ast::ListLiteral& e) {
            for (const ast::Expr& element : e.elements)
              compileExpr(element);
            emit(Op::MakeList, at, static_cast<std::int64_t>(e.elements.size()));
          },
          [&](const ast::Unary& e) {
            compileExpr(*e.operand);
            emit(Op::Unary, at, static_cast<std::int64_t>(e.op));
          },
          [&](const ast::Binary& e) { compileBinary(e, at); },
          [&](const ast::Call& e) { compileCall(e, at); },
          [&](const ast::MethodCall& e) { compileMethod(e, at); },
          [&](const ast::Index& e) {
            compileExpr(*e.base);
            compileExpr(*e.index);
            emit(Op::Index, at);
          },
          [&](const ast::Closure& e) {
            compileClosure(symbols_.bodyAt(at).value_or(kNoBody), *e.body, e.parameters, at);
          },
          [&](const ast::NewObject& e) {
            std::string name = objectNameHint_.empty() ? "new object" : objectNameHint_;
            emit(Op::NewObject, at, static_cast<std::int64_t>(e.type.kind), e.type.channelCapacity,
                 program_.atom(name));
          },
          [&](const ast::ChooseRange& e) {
            compileExpr(*e.low);
            compileExpr(*e.high);
            emit(Op::ChooseRange, at);
          },
          [&](const ast::ChooseValues& e) {
            for (const ast::Expr& value : e.values)
              compileExpr(value);
            emit(Op::ChooseValues, at, static_cast<std::int64_t>(e.values.size()));
          },
          [&](const ast::Parenthesized& e) { compileExpr(*e.inner); },
      },
      expr.node);
}

void BodyCompiler::compileName(const ast::NameRef& name, SourcePosition position) {
  if (name.symbol == kUnresolved) {
    emit(Op::PushNone, position);
    return;
  }
  const Symbol& symbol = symbols_.at(name.symbol);
  if (symbol.isFunction()) {
    emit(Op::PushFunc, position, symbol.body);
    return;
  }
  if (symbol.kind == SymbolKind::Builtin || symbol.kind == SymbolKind::Thread ||
      symbol.kind == SymbolKind::Label) {
    emit(Op::PushNone, position);
    return;
  }
  emitLoad(name.symbol, position);
}

void BodyCompiler::compileBinary(const ast::Binary& binary, SourcePosition position) {
  bool isAnd = binary.op == ast::BinaryOperator::And;
  if (!isAnd && binary.op != ast::BinaryOperator::Or) {
    compileExpr(*binary.left);
    compileExpr(*binary.right);
    emit(Op::Binary, position, static_cast<std::int64_t>(binary.op));
    return;
  }
  compileExpr(*binary.left);
  std::size_t toShort = here();
  emit(Op::JumpIfFalse, position);
  if (isAnd)
    compileExpr(*binary.right);
  else
    emit(Op::PushBool, position, 1);
  std::size_t toEnd = here();
  emit(Op::Jump, position);
  patch(toShort);
  if (isAnd)
    emit(Op::PushBool, position, 0);
  else
    compileExpr(*binary.right);
  patch(toEnd);
}

void BodyCompiler::compileArguments(const std::vector<ast::Argument>& arguments) {
  for (const ast::Argument& argument : arguments) {
    if (const auto* expr = std::get_if<ast::Box<ast::Expr>>(&argument.value))
      compileExpr(expr->get());
  }
}

void BodyCompiler::compileCall(const ast::Call& call, SourcePosition position) {
  const auto* name = std::get_if<ast::NameRef>(&call.callee->node);
  if (name && name->symbol != kUnresolved &&
      symbols_.at(name->symbol).kind == SymbolKind::Builtin) {
    compileArguments(call.arguments);
    emit(name->name == "len" ? Op::Len : Op::Append, position);
    return;
  }
  compileExpr(*call.callee);
  compileArguments(call.arguments);
  emit(Op::Call, position, static_cast<std::int64_t>(call.arguments.size()));
}

void BodyCompiler::compileMethod(const ast::MethodCall& call, SourcePosition position) {
  const auto* name = std::get_if<ast::NameRef>(&call.receiver->node);
  bool atomic = name && name->symbol != kUnresolved && symbols_.at(name->symbol).type.atomic;
  auto order = static_cast<std::int64_t>(ast::MemoryOrder::SeqCst);
  std::int64_t count = 0;
  for (const ast::Argument& argument : call.arguments) {
    if (argument.isOrder())
      order = static_cast<std::int64_t>(std::get<ast::MemoryOrder>(argument.value));
    else
      ++count;
  }
  if (atomic) {
    compileArguments(call.arguments);
    auto kind = atomicKind(call.method.name).value_or(AtomicKind::Load);
    emit(Op::Atomic, position, static_cast<std::int64_t>(kind),
         program_.globalLocation.at(name->symbol), order);
    return;
  }
  compileExpr(*call.receiver);
  compileArguments(call.arguments);
  auto kind = methodKind(call.method.name).value_or(MethodKind::Do);
  emit(Op::Method, position, static_cast<std::int64_t>(kind), count);
  if (kind == MethodKind::Do)
    emit(Op::OnceFinish, position);
}

}  // namespace initcheck
