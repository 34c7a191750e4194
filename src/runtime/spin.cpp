// Executor: spins (LANGUAGE.md section 5, livelock). A thread tracks the current iteration of
// each `while` loop it is in: the reads it makes, and whether it does anything else (a write,
// a sync operation, a choose, a call of an init func, a spawn). An iteration that only read
// and left the thread's variables as they were (loop counters aside) is a spin: running it
// again from the same state would read the same and do the same. So instead of unrolling it,
// the thread waits, as an `await` does, until some location it read has a newer write
// (model/enabledness.cpp), and the next iteration's reads of those locations return writes at
// least that new (the reads of a spin eventually see the latest write, C++ [intro.progress],
// as GenMC's spin-loop detection assumes). Spin iterations do not count against `unroll`. A
// thread that waits in a spin forever, with every other unfinished thread blocked too, is a
// livelock.
#include <algorithm>

#include "compile/spin_loops.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

// The frame's variables apart from the iteration counters of the loop (whose LoopIteration is
// at `iteration`) and of the loops nested in it (compile/spin_loops.hpp).
std::vector<Value> iterationSlots(const CompiledBody& body, const Frame& frame,
                                  std::uint32_t iteration) {
  std::vector<Value> slots = frame.slots;
  slots.at(static_cast<std::size_t>(body.code.at(iteration).a)) = Value::none();
  for (std::int64_t counter : nestedLoopCounters(body, iteration))
    slots.at(static_cast<std::size_t>(counter)) = Value::none();
  return slots;
}

// Whether the iteration record `spin` is of a loop around the instruction at `pc` of the
// frame at `depth` (a loop of a caller, or an enclosing loop of the same body).
bool encloses(const SpinState& spin, BodyId body, std::uint32_t pc, std::size_t depth) {
  if (spin.depth < depth)
    return true;
  return spin.depth == depth && spin.body == body && spin.pc < pc && pc < spin.end;
}

}  // namespace

void Executor::execLoopIteration(ThreadId t, const Instr& instr) {
  ThreadState& thread = state_.threads[t];
  const Frame& frame = top(t);
  std::uint32_t pc = frame.pc - 1;
  std::size_t depth = thread.frames.size();
  std::vector<Value> slots = iterationSlots(bodyOf(program_, frame.body), frame, pc);
  std::vector<SpinState>& spins = thread.spins;
  // Forget loops that have ended: returned from, or left before this one.
  while (!spins.empty() && !encloses(spins.back(), frame.body, pc, depth) &&
         !(spins.back().body == frame.body && spins.back().pc == pc && spins.back().depth == depth))
    spins.pop_back();
  bool sameLoop = !spins.empty() && spins.back().pc == pc && spins.back().depth == depth &&
                  spins.back().body == frame.body;
  if (bookkeeping_ && sameLoop && spins.back().resumed) {  // after a wait: not counted
    SpinState& spin = spins.back();
    spin.resumed = false;
    spin.pure = true;
    spin.reads.clear();
    spin.slots = std::move(slots);
    return;
  }
  if (bookkeeping_ && sameLoop && spins.back().pure && spins.back().slots == slots) {
    spins.back().blocked = true;  // the iteration just ended was a spin: wait here
    spins.back().floors.clear();
    --top(t).pc;
    return;
  }
  Value& counter = top(t).slots[static_cast<std::size_t>(instr.a)];
  counter.number += 1;
  if (counter.number > bounds_.unroll)
    return cut(BoundKind::Unroll);
  if (!bookkeeping_)
    return;
  if (sameLoop)
    spins.pop_back();
  spins.push_back(SpinState{frame.body,
                            pc,
                            static_cast<std::uint32_t>(instr.b),
                            depth,
                            instr.position,
                            std::move(slots),
                            true,
                            {},
                            false,
                            false,
                            {}});
}

// A thread scheduled while it waits in a spin: a location it read has changed; the next
// iteration begins, and reads the newer writes.
void Executor::resumeSpin(ThreadId t) {
  std::vector<SpinState>& spins = state_.threads[t].spins;
  if (spins.empty() || !spins.back().blocked)
    return;
  SpinState& spin = spins.back();
  for (const SpinRead& read : spin.reads)  // what woke it (runtime/footprint.hpp)
    outcome_.footprint.add(Access{
        ResourceKind::Location, static_cast<std::uint32_t>(read.location), AccessMode::Read, {}});
  spin.blocked = false;
  spin.resumed = true;
  spin.floors = std::move(spin.reads);
  spin.reads.clear();
}

void Executor::noteSpinRead(ThreadId t, std::int64_t id, const Value& value,
                            std::optional<WriteId> write, SourcePosition position) {
  if (!bookkeeping_)
    return;
  for (SpinState& spin : state_.threads[t].spins) {
    if (!spin.pure)
      continue;
    bool known = std::any_of(spin.reads.begin(), spin.reads.end(), [&](const SpinRead& read) {
      return read.location == id && read.value == value && read.write == write.value_or(0);
    });
    if (!known)
      spin.reads.push_back(SpinRead{id, value, write.value_or(0), write.has_value(), position});
  }
}

// Anything but a read makes the iterations it belongs to no spins.
void Executor::spoilSpin(ThreadId t, EventKind kind, MemoryEffect memory) {
  switch (kind) {
    case EventKind::Read:
    case EventKind::Await:
    case EventKind::Assert:
    case EventKind::Label:
    case EventKind::OnceSkip:
      return;
    case EventKind::AtomicOp:
    case EventKind::AtomicWait:
      if (memory == MemoryEffect::Read)
        return;
      break;
    default:
      break;
  }
  for (SpinState& spin : state_.threads[t].spins)
    spin.pure = false;
}

// The writes a waking spin's reads of `id` may return: those newer than the one it read (all
// of `readable` when there are none).
void spinFloorFilter(const ThreadState& thread, const ModificationOrder& history, std::int64_t id,
                     std::vector<std::size_t>& readable) {
  if (thread.spins.empty())
    return;
  for (const SpinRead& floor : thread.spins.back().floors) {
    if (floor.location != id || !floor.hasHistory)
      continue;
    std::optional<std::size_t> read = history.indexOf(floor.write);
    std::vector<std::size_t> newer;
    for (std::size_t index : readable) {
      if (!read || index > *read)
        newer.push_back(index);
    }
    if (!newer.empty())
      readable = std::move(newer);
    return;
  }
}

void Executor::applySpinFloor(ThreadId t, std::int64_t id, std::vector<std::size_t>& readable) {
  ThreadState& thread = state_.threads[t];
  if (thread.spins.empty())
    return;
  spinFloorFilter(thread, state_.locations[static_cast<std::size_t>(id)].history, id, readable);
  std::erase_if(thread.spins.back().floors,
                [&](const SpinRead& floor) { return floor.location == id; });
}

const SpinState* Executor::waitingSpin(const ThreadState& thread) {
  if (thread.spins.empty() || !thread.spins.back().blocked)
    return nullptr;
  return &thread.spins.back();
}

bool Executor::spinMayContinue(const StateData& state, const ThreadState& thread) {
  const SpinState* spin = waitingSpin(thread);
  if (spin == nullptr)
    return true;
  for (const SpinRead& read : spin->reads) {
    const Location& location = state.locations.at(static_cast<std::size_t>(read.location));
    if (read.hasHistory) {
      std::optional<std::size_t> index = location.history.indexOf(read.write);
      if (!index || *index + 1 < location.history.writes.size())
        return true;  // a newer write in mo
    } else if (!(location.value == read.value)) {
      return true;
    }
  }
  return false;
}

}  // namespace initcheck
