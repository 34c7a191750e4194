// Pure spin loops (see spin_loops.hpp).
#include "compile/spin_loops.hpp"

namespace initcheck {

namespace {

bool readsShared(const Instr& instr) {
  switch (instr.op) {
    case Op::LoadShared:
    case Op::LoadGlobal:
    case Op::LoadCell:
    case Op::Atomic:
      return true;
    default:
      return false;
  }
}

// Whether `instr` may be part of a spin iteration (jumps are checked by the caller).
bool pureInstruction(const Instr& instr) {
  switch (instr.op) {
    case Op::PushInt:
    case Op::PushBool:
    case Op::PushString:
    case Op::PushNone:
    case Op::PushFunc:
    case Op::LoadLocal:
    case Op::StoreLocal:
    case Op::LoadShared:
    case Op::LoadGlobal:
    case Op::LoadCell:
    case Op::Pop:
    case Op::Unary:
    case Op::Binary:
    case Op::MakeList:
    case Op::Index:
    case Op::Len:
    case Op::Label:
    case Op::Assert:
    case Op::Jump:
    case Op::JumpIfFalse:
    case Op::Return:
    case Op::LoopStart:
    case Op::LoopIteration:
      return true;
    case Op::Atomic:  // a run in which one stores (a cas that succeeds) is counted
    case Op::StoreShared:
    case Op::StoreGlobal:
    case Op::StoreCell:
    case Op::Fence:
    case Op::AtomicWaitResume:  // a wait that blocked: that run is no spin (walker_spin.cpp)
    case Op::Call:              // what the callee does is noted as it is unfolded
      return true;
    default:
      return false;
  }
}

// The loop's LoopIteration: the first one after `start` with the loop's counter slot.
std::optional<std::uint32_t> iterationOf(const CompiledBody& body, std::uint32_t start) {
  const Instr& loopStart = body.code.at(start);
  for (std::uint32_t pc = start + 1; pc < body.code.size(); ++pc) {
    const Instr& instr = body.code[pc];
    if (instr.op == Op::LoopIteration && instr.a == loopStart.a)
      return pc;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::int64_t> nestedLoopCounters(const CompiledBody& body, std::uint32_t iteration) {
  std::vector<std::int64_t> slots;
  auto end = static_cast<std::uint32_t>(body.code.at(iteration).b);
  for (std::uint32_t pc = iteration + 1; pc < end && pc < body.code.size(); ++pc) {
    if (body.code[pc].op == Op::LoopStart)
      slots.push_back(body.code[pc].a);
  }
  return slots;
}

std::optional<LoopExtent> pureSpinLoop(const CompiledBody& body, std::uint32_t start) {
  if (start >= body.code.size() || body.code[start].op != Op::LoopStart)
    return std::nullopt;
  std::optional<std::uint32_t> iteration = iterationOf(body, start);
  if (!iteration)
    return std::nullopt;
  LoopExtent loop{start, start + 1, *iteration,
                  static_cast<std::uint32_t>(body.code[*iteration].b)};
  bool reads = false;
  for (std::uint32_t pc = loop.top; pc < loop.end; ++pc) {
    const Instr& instr = body.code[pc];
    if (!pureInstruction(instr))
      return std::nullopt;
    bool jumps = instr.op == Op::Jump || instr.op == Op::JumpIfFalse;
    if (jumps && (instr.a < loop.top || instr.a > loop.end))
      return std::nullopt;
    if (instr.op == Op::LoopStart) {
      std::optional<LoopExtent> nested = pureSpinLoop(body, pc);
      if (!nested || nested->assignsLocals)
        return std::nullopt;
    }
    reads = reads || readsShared(instr);
    loop.assignsLocals = loop.assignsLocals || instr.op == Op::StoreLocal;
  }
  if (!reads)
    return std::nullopt;
  return loop;
}

}  // namespace initcheck
