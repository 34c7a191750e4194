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

std::optional<MethodKind> methodKind(const std::string& name, std::int64_t count) {
  static const std::map<std::string, MethodKind> kinds = {{"do", MethodKind::Do},
                                                          {"lock", MethodKind::Lock},
                                                          {"unlock", MethodKind::Unlock},
                                                          {"add", MethodKind::Add},
                                                          {"done", MethodKind::Done},
                                                          {"wait", MethodKind::Wait},
                                                          {"send", MethodKind::Send},
                                                          {"recv", MethodKind::Recv},
                                                          {"close", MethodKind::Close},
                                                          {"rlock", MethodKind::RLock},
                                                          {"runlock", MethodKind::RUnlock},
                                                          {"signal", MethodKind::Signal},
                                                          {"broadcast", MethodKind::Broadcast}};
  if (name == "wait" && count == 1)
    return MethodKind::CondWait;  // `cv.wait(m)`; a waitgroup's wait takes nothing
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
          [&](const ast::Index& e) { compileIndex(e, at); },
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
  if (symbol.constant) {
    compileConstant(*symbol.constant, position);
    return;
  }
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
  noteConstantNames(binary);
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
    const auto* argument = call.arguments.empty()
                               ? nullptr
                               : std::get_if<ast::Box<ast::Expr>>(&call.arguments[0].value);
    if (name->name == "len" && argument != nullptr) {
      if (const Symbol* array = arrayNamed(argument->get())) {
        emit(Op::PushInt, position, array->type.arrayLength);  // `len(xs)`: N
        return;
      }
    }
    compileArguments(call.arguments);
    emit(name->name == "len" ? Op::Len : Op::Append, position);
    return;
  }
  compileExpr(*call.callee);
  compileArguments(call.arguments);
  emit(Op::Call, position, static_cast<std::int64_t>(call.arguments.size()));
}

void BodyCompiler::compileMethod(const ast::MethodCall& call, SourcePosition position) {
  noteConstantNames(call);
  const ast::Expr* receiver = &*call.receiver;
  while (const auto* paren = std::get_if<ast::Parenthesized>(&receiver->node))
    receiver = &*paren->inner;
  const auto* name = std::get_if<ast::NameRef>(&receiver->node);
  const auto* cell = std::get_if<ast::Index>(&receiver->node);
  const Symbol* cellArray = cell ? arrayNamed(*cell->base) : nullptr;
  // In a `final` condition (no body) `a.load()` is `a`: the last write, nothing to order.
  if (body_ == kNoBody && call.method.name == "load" && (name || cell))
    return compileExpr(*receiver);
  if (name && name->symbol != kUnresolved && symbols_.at(name->symbol).type.atomic)
    return compileAtomic(call, symbols_.at(name->symbol), nullptr, position);
  if (cellArray && cellArray->type.atomic)
    return compileAtomic(call, *cellArray, cell, position);
  std::int64_t count = 0;
  for (const ast::Argument& argument : call.arguments) {
    if (!argument.isOrder())
      ++count;
  }
  compileExpr(*call.receiver);
  compileArguments(call.arguments);
  auto kind = methodKind(call.method.name, count).value_or(MethodKind::Do);
  emit(Op::Method, position, static_cast<std::int64_t>(kind), count);
  if (kind == MethodKind::Do)
    emit(Op::OnceFinish, position);
  if (kind == MethodKind::CondWait)
    emit(Op::CondResume, position);
  if (kind == MethodKind::Lock)
    emit(Op::LockResume, position);
}

}  // namespace initcheck
