// Executor: cells of array globals (v2 section 4b). Each cell is a location of its own, so
// races, happens-before and the memory model are per cell; the index comes off the stack and
// one out of range is a runtime error.
#include "runtime/executor.hpp"

namespace initcheck {

void Executor::execCell(ThreadId t, const Instr& instr) {
  Value value;
  if (instr.op == Op::StoreCell)
    value = pop(t);
  std::optional<std::int64_t> id = cellLocation(t, instr, instr.a);
  if (!id)
    return;
  switch (instr.op) {
    case Op::LoadCell:
      return push(t, readLocation(t, *id, instr.position));
    case Op::StoreCell:
      return writeLocation(t, *id, std::move(value), instr.position);
    default:  // PeekCell: an object cell, never reassigned
      return push(t, state_.locations[static_cast<std::size_t>(*id)].value);
  }
}

std::optional<std::int64_t> Executor::poisedLocation(const CompiledProgram& program,
                                                     const ThreadState& thread,
                                                     const Instr& instr) {
  std::size_t depth = 0;
  std::int64_t base = 0;
  switch (instr.op) {
    case Op::Atomic:
      if (instr.cells == 0)
        return instr.b;
      depth = static_cast<std::size_t>(atomicArgumentCount(static_cast<AtomicKind>(instr.a)));
      base = instr.b;
      break;
    case Op::LoadCell:
      base = instr.a;
      break;
    case Op::StoreCell:
      depth = 1;
      base = instr.a;
      break;
    default:
      return std::nullopt;
  }
  (void)program;
  const auto& stack = thread.frames.back().stack;
  if (stack.size() <= depth)
    return std::nullopt;
  const Value& index = stack[stack.size() - 1 - depth];
  if (!index.is(ValueTag::Int) || index.number < 0 || index.number >= instr.cells)
    return std::nullopt;
  return base + index.number;
}

}  // namespace initcheck
