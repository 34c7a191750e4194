// Executor: the value instructions (constants, slots, memory access dispatch, operators,
// lists) and the dynamic type checks on values whose type is not known statically.
#include <limits>

#include "runtime/executor.hpp"
#include "sema/integer_arithmetic.hpp"

namespace initcheck {

namespace {
std::size_t slot(const Instr& instr) {
  return static_cast<std::size_t>(instr.a);
}
}  // namespace

void Executor::execBasic(ThreadId t, const Instr& instr) {
  switch (instr.op) {
    case Op::PushInt:
      return push(t, Value::integer(instr.a));
    case Op::PushBool:
      return push(t, Value::boolean(instr.a != 0));
    case Op::PushString:
      return push(t, Value::string(instr.a));
    case Op::PushNone:
      return push(t, Value::none());
    case Op::PushFunc:
      return push(t, Value::makeClosure(static_cast<BodyId>(instr.a), {}));
    case Op::LoadLocal:
    case Op::LoadRaw:
      return push(t, top(t).slots[slot(instr)]);
    case Op::StoreLocal:
      top(t).slots[slot(instr)] = pop(t);
      return;
    case Op::NewShared: {
      std::int64_t id = allocate(symbolName(top(t), instr.a), pop(t));
      if (bookkeeping_)
        recordWrite(t, state_.locations[static_cast<std::size_t>(id)], instr.position);
      top(t).slots[slot(instr)] = Value::location(id);
      return;
    }
    case Op::NewSharedEmpty:
      top(t).slots[slot(instr)] = Value::location(allocate(symbolName(top(t), instr.a), {}));
      return;
    case Op::LoadShared:
    case Op::LoadGlobal:
      return push(t, readLocation(t, slotLocation(t, instr), instr.position));
    case Op::PeekShared:
      return push(
          t, state_.locations[static_cast<std::size_t>(top(t).slots[slot(instr)].number)].value);
    case Op::PeekGlobal:
      return push(t, state_.locations[slot(instr)].value);
    case Op::StoreShared:
    case Op::StoreGlobal: {
      Value value = pop(t);
      writeLocation(t, slotLocation(t, instr), std::move(value), instr.position);
      return;
    }
    case Op::Pop:
      pop(t);
      return;
    case Op::Unary:
      return execUnary(t, instr);
    case Op::Binary:
      return execBinary(t, instr);
    case Op::MakeList: {
      std::vector<Value> items = popArguments(t, instr.a);
      return push(t, Value::makeList(std::move(items)));
    }
    case Op::Index:
      return execIndex(t, instr);
    case Op::ListSet:
      return execListSet(t, instr);
    case Op::Len: {
      Value list = pop(t);
      if (expectTag(list, ValueTag::List, instr))
        push(t, Value::integer(static_cast<std::int64_t>(list.list->size())));
      return;
    }
    case Op::Append:
      return execAppend(t, instr);
    case Op::MakeClosure:
      return execMakeClosure(t, instr);
    case Op::NewObject:
      return execNewObject(t, instr);
    case Op::Method:
      return execMethod(t, instr);
    case Op::Atomic:
      return execAtomic(t, instr);
    case Op::OnceFinish:
      return execOnceFinish(t, instr);
    case Op::Fence:
      return execFence(t, instr);
    case Op::LoadCell:
    case Op::StoreCell:
    case Op::PeekCell:
      return execCell(t, instr);
    case Op::AtomicWaitResume:
      return execAtomicWaitResume(t, instr);
    case Op::CondResume:
      return execCondResume(t, instr);
    case Op::LockResume:
      return execLockResume(t, instr);
    default:
      return;
  }
}

bool Executor::expectTag(const Value& value, ValueTag tag, const Instr& instr) {
  if (value.tag == tag)
    return true;
  runtimeError(instr, "type mismatch", "unexpected value " + show(value));
  return false;
}

void Executor::execUnary(ThreadId t, const Instr& instr) {
  Value operand = pop(t);
  if (static_cast<ast::UnaryOperator>(instr.a) == ast::UnaryOperator::Not) {
    if (expectTag(operand, ValueTag::Bool, instr))
      push(t, Value::boolean(!operand.truthy()));
    return;
  }
  if (!expectTag(operand, ValueTag::Int, instr))
    return;
  if (static_cast<ast::UnaryOperator>(instr.a) == ast::UnaryOperator::BitNot)
    return push(t, Value::integer(~operand.number));
  if (operand.number == std::numeric_limits<std::int64_t>::min())
    return runtimeError(instr, "overflow", "-(" + show(operand) + ") overflows");
  push(t, Value::integer(-operand.number));
}

void Executor::execCompare(ThreadId t, const Instr& instr, const Value& left, const Value& right) {
  using B = ast::BinaryOperator;
  auto op = static_cast<B>(instr.a);
  if (op == B::Equal || op == B::NotEqual) {
    push(t, Value::boolean((left == right) == (op == B::Equal)));
    return;
  }
  if (!expectTag(left, ValueTag::Int, instr) || !expectTag(right, ValueTag::Int, instr))
    return;
  bool result = op == B::Less        ? left.number < right.number
                : op == B::LessEqual ? left.number <= right.number
                : op == B::Greater   ? left.number > right.number
                                     : left.number >= right.number;
  push(t, Value::boolean(result));
}

void Executor::execBinary(ThreadId t, const Instr& instr) {
  Value right = pop(t);
  Value left = pop(t);
  auto op = static_cast<ast::BinaryOperator>(instr.a);
  if (!isIntegerOperator(op))
    return execCompare(t, instr, left, right);
  if (!expectTag(left, ValueTag::Int, instr) || !expectTag(right, ValueTag::Int, instr))
    return;
  IntegerResult result = applyIntegerOperator(op, left.number, right.number);
  if (!result.value)
    return runtimeError(instr, result.error, result.detail);
  push(t, Value::integer(*result.value));
}

// A list and an int index inside it; otherwise a runtime error (and false).
bool Executor::validIndex(const Value& list, const Value& index, const Instr& instr) {
  if (!expectTag(list, ValueTag::List, instr) || !expectTag(index, ValueTag::Int, instr))
    return false;
  if (index.number >= 0 && index.number < static_cast<std::int64_t>(list.list->size()))
    return true;
  runtimeError(
      instr, "index out of range",
      "index " + show(index) + " of a list of length " + std::to_string(list.list->size()));
  return false;
}

void Executor::execIndex(ThreadId t, const Instr& instr) {
  Value index = pop(t);
  Value list = pop(t);
  if (!validIndex(list, index, instr))
    return;
  push(t, (*list.list)[static_cast<std::size_t>(index.number)]);
}

void Executor::execListSet(ThreadId t, const Instr& instr) {
  Value list = pop(t);
  Value value = pop(t);
  Value index = pop(t);
  if (!validIndex(list, index, instr))
    return;
  ListData copy = *list.list;
  copy[static_cast<std::size_t>(index.number)] = std::move(value);
  push(t, Value::makeList(std::move(copy)));
}

void Executor::execAppend(ThreadId t, const Instr& instr) {
  Value value = pop(t);
  Value list = pop(t);
  if (!expectTag(list, ValueTag::List, instr))
    return;
  ListData copy = *list.list;
  copy.push_back(std::move(value));
  push(t, Value::makeList(std::move(copy)));
}

}  // namespace initcheck
