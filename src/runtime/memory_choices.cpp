// Successor counts of single memory accesses under RC11 (see memory_choices.hpp); they must
// agree with what memory_rc11.cpp and atomics_rc11.cpp offer to decide().
#include "runtime/memory_choices.hpp"

#include <algorithm>

#include "runtime/coherence.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

std::uint32_t count(const std::vector<std::size_t>& options) {
  return static_cast<std::uint32_t>(options.size());
}

// How many of `readable` a read of `id` may return: a thread waking from a spin reads past what
// the spin read (spin.cpp), as memory_rc11.cpp and atomics_rc11.cpp apply it.
std::uint32_t readCount(const ThreadState& thread, const ModificationOrder& history,
                        std::int64_t id, std::vector<std::size_t> readable) {
  spinFloorFilter(thread, history, id, readable);
  return count(readable);
}

std::optional<std::uint32_t> plainCount(const Location& location, const ThreadState& thread,
                                        std::int64_t id, bool write) {
  if (location.history.empty())
    return std::nullopt;
  if (write)
    return count(writePositions(location.history, thread.clock));
  return readCount(thread, location.history, id, readableWrites(location.history, thread.clock));
}

std::optional<std::uint32_t> atomicCount(const Location& location, const ThreadState& thread,
                                         std::int64_t id, const Instr& instr) {
  const ModificationOrder& history = location.history;
  auto kind = static_cast<AtomicKind>(instr.a);
  if (kind == AtomicKind::NotifyOne || kind == AtomicKind::NotifyAll)
    return std::nullopt;  // no access: model/enabledness.cpp counts the waiters it may wake
  if (kind == AtomicKind::Store)
    return count(writePositions(history, thread.clock));
  if (history.empty())
    return std::nullopt;
  if (kind == AtomicKind::Load || kind == AtomicKind::Wait)
    return readCount(thread, history, id, readableWrites(history, thread.clock));
  if (kind != AtomicKind::Cas && kind != AtomicKind::Cmpxchg)
    return readCount(thread, history, id, rmwReadableWrites(history, thread.clock));
  const auto& stack = thread.frames.back().stack;
  const Value& expected = stack.at(stack.size() - 2);
  std::vector<std::size_t> readable = readableWrites(history, thread.clock);
  std::erase_if(readable, [&](std::size_t i) {
    return history.writes[i].readByRmw && history.writes[i].value == expected;
  });
  return readCount(thread, history, id, std::move(readable));
}

}  // namespace

std::optional<std::uint32_t> memoryChoiceCount(const CompiledProgram& program, MemoryMode mode,
                                               const StateData& state, ThreadId t) {
  if (!plainFollowsRc11(mode) || state.halted)
    return std::nullopt;
  const ThreadState& thread = state.threads[t];
  if (thread.finished)
    return std::nullopt;
  const Frame& frame = thread.frames.back();
  const Instr& instr = Executor::bodyOf(program, frame.body).code.at(frame.pc);
  auto sharedLocation = [&]() -> const Location& {
    std::int64_t id = frame.slots.at(static_cast<std::size_t>(instr.a)).number;
    return state.locations.at(static_cast<std::size_t>(id));
  };
  switch (instr.op) {
    case Op::LoadGlobal:
    case Op::StoreGlobal: {
      const Location& location = state.locations.at(static_cast<std::size_t>(instr.a));
      return plainCount(location, thread, instr.a, instr.op == Op::StoreGlobal);
    }
    case Op::LoadShared:
    case Op::StoreShared:
      return plainCount(sharedLocation(), thread,
                        frame.slots.at(static_cast<std::size_t>(instr.a)).number,
                        instr.op == Op::StoreShared);
    case Op::LoadCell:
    case Op::StoreCell: {
      std::optional<std::int64_t> id = Executor::poisedLocation(program, thread, instr);
      if (!id)
        return std::nullopt;  // a runtime error
      return plainCount(state.locations.at(static_cast<std::size_t>(*id)), thread, *id,
                        instr.op == Op::StoreCell);
    }
    case Op::Atomic: {
      if (!atomicsFollowRc11(mode))
        return std::nullopt;
      std::optional<std::int64_t> id = Executor::poisedLocation(program, thread, instr);
      if (!id)
        return std::nullopt;
      return atomicCount(state.locations.at(static_cast<std::size_t>(*id)), thread, *id, instr);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace initcheck
