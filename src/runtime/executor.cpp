// The step loop of the executor: a step runs the thread's scheduling point, ticks its clock,
// then runs private instructions until the next point or the thread's end.
#include "runtime/executor.hpp"

#include <algorithm>

namespace initcheck {

Executor::Executor(const CompiledProgram& program, const Bounds& bounds, StateData& state,
                   StepOutcome& outcome)
    : program_(program),
      bounds_(bounds),
      state_(state),
      outcome_(outcome),
      mode_(memoryModeOf(bounds.memoryModel, program.atomicsUsed)),
      logging_(mode_ == MemoryMode::Rc11 &&
               (program.atomicsUsed.seqCstAccesses || program.atomicsUsed.seqCstFences)) {}

void Executor::prescribe(std::vector<std::uint32_t> decisions) {
  decisions_ = std::move(decisions);
  prescribed_ = true;
}

std::uint32_t Executor::decide(std::uint32_t options) {
  std::uint32_t decision = 0;
  if (nextDecision_ < decisions_.size())
    decision = decisions_[nextDecision_];
  ++nextDecision_;
  decisionCounts_.push_back(options);
  return options == 0 ? 0 : std::min(decision, options - 1);
}

const CompiledBody& Executor::bodyOf(const CompiledProgram& program, BodyId body) {
  if (body == kGlobalInitBody)
    return program.globalInit;
  return program.bodies.at(static_cast<std::size_t>(body));
}

const Instr& Executor::current(ThreadId t) {
  const Frame& frame = top(t);
  return bodyOf(program_, frame.body).code.at(frame.pc);
}

Value Executor::pop(ThreadId t) {
  auto& stack = top(t).stack;
  Value value = std::move(stack.back());
  stack.pop_back();
  return value;
}

void Executor::step(ThreadId t, std::uint32_t choice) {
  choice_ = choice;
  if (!prescribed_)
    decisions_ = {choice};
  std::optional<Acquaintance> before;  // none under sc, or with a history psc reads whole
  if (collectsUnreadable())
    before = othersKnown();
  runStep(t);
  if (before)
    forgetUnreadable(*before);
}

void Executor::runStep(ThreadId t) {
  resumeSpin(t);
  state_.threads[t].clock.tick(t);
  if (!isSchedulingPoint(current(t).op)) {  // a declared thread's first step: private code
    runPrivate(t);
    return;
  }
  exec(t);
  if (state_.threads[t].finished || stopped_ || awaitFailed_)
    return;
  afterPoint(t);
  runPrivate(t);
}

void Executor::afterPoint(ThreadId t) {
  resolveLabels(t);
  state_.threads[t].clock.tick(t);
}

void Executor::runPrivate(ThreadId t) {
  while (!stopped_ && !state_.threads[t].finished && !isSchedulingPoint(current(t).op) &&
         waitingSpin(state_.threads[t]) == nullptr)
    exec(t);
}

void Executor::finishThread(ThreadId t, SourcePosition position) {
  ThreadState& thread = state_.threads[t];
  thread.finished = true;
  resolveLabels(t);
  if (bookkeeping_)
    event(t, position, EventKind::ThreadEnd, "end of " + thread.name);
}

ThreadId Executor::startThread(const std::string& name, const Value& callee,
                               std::vector<Value> args, const VectorClock& clock) {
  auto id = static_cast<ThreadId>(state_.threads.size());
  ThreadState thread;
  thread.name = name;
  thread.clock = clock;
  thread.clock.tick(id);
  state_.threads.push_back(std::move(thread));
  Frame frame = makeFrame(callee, std::move(args));
  state_.threads[id].frames.push_back(std::move(frame));
  return id;
}

Value Executor::evaluate(BodyId body) {
  bool savedMode = atomicMode_;
  bool savedBooks = bookkeeping_;
  atomicMode_ = true;
  bookkeeping_ = false;
  auto id = static_cast<ThreadId>(state_.threads.size());
  state_.threads.push_back(ThreadState{"init", {}, false, {}, {}, {}, {}, {}, {}, {}});
  Frame frame;
  frame.body = body;
  frame.slots.resize(bodyOf(program_, body).slotCount);
  state_.threads[id].frames.push_back(std::move(frame));
  while (!stopped_ && current(id).op != Op::Halt)
    exec(id);
  Value result = top(id).stack.empty() ? Value::none() : top(id).stack.back();
  state_.threads.pop_back();
  atomicMode_ = savedMode;
  bookkeeping_ = savedBooks;
  return result;
}

std::vector<ThreadId> Executor::poisedReceivers(const CompiledProgram& program,
                                                const StateData& state, std::int64_t channel,
                                                ThreadId except) {
  std::vector<ThreadId> result;
  for (ThreadId u = 0; u < state.threads.size(); ++u) {
    const ThreadState& thread = state.threads[u];
    if (u == except || thread.finished || thread.frames.empty())
      continue;
    const Frame& frame = thread.frames.back();
    const Instr& instr = bodyOf(program, frame.body).code.at(frame.pc);
    if (instr.op != Op::Method || instr.a != static_cast<std::int64_t>(MethodKind::Recv))
      continue;
    const Value& receiver = frame.stack.back();
    if (receiver.is(ValueTag::Object) && receiver.number == channel)
      result.push_back(u);
  }
  return result;
}

void Executor::exec(ThreadId t) {
  acting_ = t;
  const Instr instr = current(t);
  std::int64_t place = logging_ && bookkeeping_ ? objectPlaceOf(t, instr) : kNotLogged;
  ++top(t).pc;
  if (isControlOp(instr.op))
    execControl(t, instr);
  else
    execBasic(t, instr);
  if (place != kNotLogged && !stopped_)
    logEvent(t, LoggedEvent::Kind::Other, place, false, 0, 0);
}

// For the execution log: where a sync-object operation, spawn or join acts (kNotLogged for
// every other instruction; memory accesses and fences log themselves).
std::int64_t Executor::objectPlaceOf(ThreadId t, const Instr& instr) {
  const auto& stack = top(t).stack;
  auto objectAt = [&](std::size_t depth) {
    const Value& value = stack.at(stack.size() - 1 - depth);
    return value.is(ValueTag::Object) ? objectPlace(value.number) : std::int64_t{-1};
  };
  switch (instr.op) {
    case Op::Method:
      return objectAt(static_cast<std::size_t>(instr.b));
    case Op::OnceFinish:
      return objectAt(1);
    case Op::Go:
    case Op::Join:
      return -1;
    default:
      return kNotLogged;
  }
}

void Executor::execControl(ThreadId t, const Instr& instr) {
  switch (instr.op) {
    case Op::Jump:
      top(t).pc = static_cast<std::uint32_t>(instr.a);
      return;
    case Op::JumpIfFalse: {
      Value condition = pop(t);
      if (expectTag(condition, ValueTag::Bool, instr) && !condition.truthy())
        top(t).pc = static_cast<std::uint32_t>(instr.a);
      return;
    }
    case Op::Call:
      execCall(t, instr);
      return;
    case Op::Return:
      execReturn(t, instr);
      return;
    case Op::Go:
      execGo(t, instr);
      return;
    case Op::Join:
      execJoin(t, instr);
      return;
    case Op::AwaitBegin:
      execAwait(t, instr);
      return;
    case Op::ChooseRange:
    case Op::ChooseValues:
      execChoose(t, instr);
      return;
    case Op::Assert:
      execAssert(t, instr);
      return;
    case Op::Assume:
      if (!pop(t).truthy())
        discard();
      return;
    case Op::Label:
      execLabel(t, instr);
      return;
    case Op::LoopStart:
      top(t).slots[static_cast<std::size_t>(instr.a)] = Value::integer(0);
      return;
    case Op::LoopIteration:
      execLoopIteration(t, instr);
      return;
    default:  // Halt, AwaitCheck outside of an await: stay
      --top(t).pc;
      return;
  }
}

// The whole condition is evaluated in this step, through any reads it makes; false means the
// thread is not enabled (the caller discards this trial).
void Executor::execAwait(ThreadId t, const Instr& instr) {
  bool saved = atomicMode_;
  atomicMode_ = true;
  while (!stopped_ && current(t).op != Op::AwaitCheck)
    exec(t);
  atomicMode_ = saved;
  if (stopped_)
    return;
  ++top(t).pc;
  awaitFailed_ = !pop(t).truthy();
  if (!awaitFailed_)
    event(t, instr.position, EventKind::Await, "await: condition holds");
}

void Executor::discard() {
  outcome_.executionEnded = true;
  outcome_.discarded = true;
  stopped_ = true;
  state_.halted = true;
}

}  // namespace initcheck
