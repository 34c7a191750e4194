// Which threads can take a step, how many successors a step has (choose values, rendezvous
// partners), and what a blocked thread waits for (deadlock reports).
#include "model/enabledness.hpp"

#include <algorithm>
#include <cstdint>

#include "model/step_decisions.hpp"
#include "runtime/executor.hpp"

namespace initcheck {

namespace {

// The receiver of a method call a thread is poised at, if it is an object.
const SyncObject* methodObject(const StateData& state, const ThreadState& thread,
                               const Instr& instr) {
  const Value& receiver = methodReceiver(thread, instr);
  if (!receiver.is(ValueTag::Object))
    return nullptr;
  return &state.objects.at(static_cast<std::size_t>(receiver.number));
}

std::int64_t objectId(const ThreadState& thread, const Instr& instr) {
  return methodReceiver(thread, instr).number;
}

bool methodEnabled(const CompiledProgram& program, const StateData& state, ThreadId t,
                   const Instr& instr) {
  const ThreadState& thread = state.threads[t];
  const SyncObject* object = methodObject(state, thread, instr);
  if (object == nullptr)
    return true;  // a runtime error
  auto kind = static_cast<MethodKind>(instr.a);
  if (const auto* once = std::get_if<OnceObject>(&object->object))
    return kind != MethodKind::Do || once->status != OnceObject::Status::Running;
  if (const auto* mutex = std::get_if<MutexObject>(&object->object))
    return kind != MethodKind::Lock || !mutex->locked;
  if (const auto* rw = std::get_if<RwMutexObject>(&object->object))
    return (kind != MethodKind::Lock && kind != MethodKind::RLock) ||
           (!rw->writer && !rw->writerWaiting);
  if (const auto* recursive = std::get_if<RecursiveMutexObject>(&object->object))
    return kind != MethodKind::Lock || recursive->depth == 0 || recursive->owner == t;
  if (std::holds_alternative<CondObject>(object->object))
    return true;
  if (const auto* group = std::get_if<WaitGroupObject>(&object->object))
    return kind != MethodKind::Wait || group->counter == 0;
  const auto* channel = std::get_if<ChannelObject>(&object->object);
  if (channel == nullptr || channel->closed || kind == MethodKind::Close)
    return true;
  if (kind == MethodKind::Recv)
    return !channel->buffer.empty();
  if (channel->capacity > 0)
    return static_cast<std::int64_t>(channel->buffer.size()) < channel->capacity;
  return !Executor::poisedReceivers(program, state, objectId(thread, instr), t).empty();
}

// `cv.wait(m)` goes on once a signal or broadcast took the thread off the cond's waiters and m
// is free.
bool condResumeEnabled(const StateData& state, ThreadId t) {
  const ThreadState& thread = state.threads[t];
  const auto& cond = std::get<CondObject>(
      state.objects.at(static_cast<std::size_t>(stackFromTop(thread, 1).number)).object);
  const auto& mutex = std::get<MutexObject>(
      state.objects.at(static_cast<std::size_t>(stackFromTop(thread, 0).number)).object);
  bool waiting = std::find(cond.waiters.begin(), cond.waiters.end(), t) != cond.waiters.end();
  return !waiting && !mutex.locked;
}

// "a newer write to 'flag' (the spin at 12:5 read flag = false)".
std::string spinWaitsFor(const CompiledProgram& program, const StateData& state,
                         const SpinState& spin) {
  std::string read;
  for (const SpinRead& r : spin.reads) {
    const Location& location = state.locations.at(static_cast<std::size_t>(r.location));
    std::string shown = r.value.is(ValueTag::Bool)  ? (r.value.number != 0 ? "true" : "false")
                        : r.value.is(ValueTag::Int) ? std::to_string(r.value.number)
                                                    : std::string("its value");
    if (std::optional<std::string> name =
            r.value.is(ValueTag::Int) ? constantNaming(program, location.name, r.value.number)
                                      : std::nullopt)
      shown = *name + " (" + shown + ")";
    read += (read.empty() ? "" : ", ") + location.name + " = " + shown;
  }
  if (read.empty())
    return "nothing: the spin at " + spin.loop.text() + " reads no shared variable";
  return "a newer write to what the spin at " + spin.loop.text() + " read (" + read + ")";
}

// Evaluates thread t's poised `await` on a copy of the state (choice 0: the reads sc would
// make); true when the condition holds. `outcome` gets the evaluation's events.
bool awaitHoldsInTrial(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                       ThreadId t, StepOutcome& outcome) {
  StateData copy = state;
  Executor trial(program, bounds, copy, outcome);
  trial.step(t, 0);
  return !trial.awaitFailed();
}

}  // namespace

const Instr& poisedAt(const CompiledProgram& program, const ThreadState& thread) {
  const Frame& frame = thread.frames.back();
  return Executor::bodyOf(program, frame.body).code.at(frame.pc);
}

const Value& stackFromTop(const ThreadState& thread, std::size_t depth) {
  const auto& stack = thread.frames.back().stack;
  return stack.at(stack.size() - 1 - depth);
}

const Value& methodReceiver(const ThreadState& thread, const Instr& instr) {
  return stackFromTop(thread, static_cast<std::size_t>(instr.b));
}

bool threadEnabled(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                   ThreadId t) {
  const ThreadState& thread = state.threads[t];
  if (thread.finished)
    return false;
  if (!Executor::spinMayContinue(state, thread))
    return false;
  const Instr& instr = poisedAt(program, thread);
  if (instr.op == Op::Method)
    return methodEnabled(program, state, t, instr);
  if (instr.op == Op::Join) {
    const Value& handle = thread.frames.back().stack.back();
    return !handle.is(ValueTag::Handle) ||
           state.threads.at(static_cast<std::size_t>(handle.number)).finished;
  }
  if (instr.op == Op::AtomicWaitResume)
    return !thread.atomicWait || thread.atomicWait->woken;
  if (instr.op == Op::CondResume)
    return condResumeEnabled(state, t);
  if (instr.op == Op::LockResume) {
    const Value& receiver = stackFromTop(thread, 0);
    const auto& rw =
        std::get<RwMutexObject>(state.objects.at(static_cast<std::size_t>(receiver.number)).object);
    return rw.readers == 0;
  }
  if (instr.op == Op::AwaitBegin) {
    if (std::optional<std::vector<Decisions>> decisions = stepDecisions(program, bounds, state, t))
      return !decisions->empty();
    StepOutcome outcome;
    return awaitHoldsInTrial(program, bounds, state, t, outcome);
  }
  return true;
}

bool poisedMayBlock(const CompiledProgram& program, const ThreadState& thread) {
  if (thread.finished || Executor::waitingSpin(thread) != nullptr)
    return true;
  switch (poisedAt(program, thread).op) {
    case Op::Method:
    case Op::Join:
    case Op::AtomicWaitResume:
    case Op::CondResume:
    case Op::LockResume:
    case Op::AwaitBegin:
      return true;
    default:
      return false;
  }
}

std::uint32_t successorCount(const CompiledProgram& program, const StateData& state, ThreadId t) {
  const ThreadState& thread = state.threads[t];
  const Instr& instr = poisedAt(program, thread);
  const auto& stack = thread.frames.back().stack;
  if (instr.op == Op::ChooseValues)
    return static_cast<std::uint32_t>(instr.a);
  if (instr.op == Op::ChooseRange) {
    const Value& low = stack.at(stack.size() - 2);
    const Value& high = stack.back();
    if (!low.is(ValueTag::Int) || !high.is(ValueTag::Int))
      return 1;
    if (high.number <= low.number)
      return 0;
    // A choice is 32 bits: a wider range is cut to its first 2^32-1 values, more than any
    // search walks within a time limit (the smt engine keeps the whole range); the step
    // reports BoundKind::Choose, so the verdict says `bounded: choose`.
    std::uint64_t width =
        static_cast<std::uint64_t>(high.number) - static_cast<std::uint64_t>(low.number);
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(width, kWidestChoice));
  }
  if (instr.op == Op::Atomic && static_cast<AtomicKind>(instr.a) == AtomicKind::NotifyOne) {
    std::optional<std::int64_t> id = Executor::poisedLocation(program, thread, instr);
    if (!id)
      return 1;
    auto wakeable = Executor::wakeableWaiters(state, *id, t).size();
    return static_cast<std::uint32_t>(std::max<std::size_t>(wakeable, 1));
  }
  if (instr.op == Op::Method && static_cast<MethodKind>(instr.a) == MethodKind::Signal) {
    const SyncObject* object = methodObject(state, thread, instr);
    const auto* cond = object ? std::get_if<CondObject>(&object->object) : nullptr;
    if (cond)
      return static_cast<std::uint32_t>(std::max<std::size_t>(cond->waiters.size(), 1));
  }
  if (instr.op == Op::Method && static_cast<MethodKind>(instr.a) == MethodKind::Send) {
    const SyncObject* object = methodObject(state, thread, instr);
    const auto* channel = object ? std::get_if<ChannelObject>(&object->object) : nullptr;
    if (channel && channel->capacity == 0 && !channel->closed)
      return static_cast<std::uint32_t>(
          Executor::poisedReceivers(program, state, objectId(thread, instr), t).size());
  }
  return 1;
}

namespace {

// Where the spec writes the global `location` (a plain assignment or an atomic write), in
// source order.
std::vector<SourcePosition> writesOf(const CompiledProgram& program, std::int64_t location) {
  std::vector<SourcePosition> positions;
  for (const CompiledBody& body : program.bodies) {
    for (const Instr& instr : body.code) {
      bool writes = instr.op == Op::StoreGlobal && instr.a == location;
      if (instr.op == Op::Atomic && instr.cells == 0 && instr.b == location) {
        auto kind = static_cast<AtomicKind>(instr.a);
        writes = kind != AtomicKind::Load && kind != AtomicKind::Wait &&
                 kind != AtomicKind::NotifyOne && kind != AtomicKind::NotifyAll;
      }
      if (writes)
        positions.push_back(instr.position);
    }
  }
  std::sort(positions.begin(), positions.end());
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
  return positions;
}

// The wake-up the await misses: the writes that could change what it read ("ready is written
// only at 4:23"), or that nothing writes it after its initial value.
std::string writersText(const CompiledProgram& program, const std::string& variable) {
  for (std::size_t l = 0; l < program.globals.size(); ++l) {  // globals are locations 0..n-1
    if (program.globals[l].name != variable || program.globals[l].cell >= 0)
      continue;
    std::vector<SourcePosition> writes = writesOf(program, static_cast<std::int64_t>(l));
    if (writes.empty())
      return "nothing writes " + variable + " after its initial value";
    std::string at;
    for (const SourcePosition& position : writes)
      at += (at.empty() ? "" : ", ") + position.text();
    return variable + " is written only at " + at;
  }
  return "";
}

// The await condition and what it reads now, from a trial evaluation (which the caller knows
// fails): "its await condition to hold (it reads: load ready = false (acquire))".
std::string awaitWaitsFor(const CompiledProgram& program, const Bounds& bounds,
                          const StateData& state, ThreadId t) {
  StepOutcome outcome;
  awaitHoldsInTrial(program, bounds, state, t, outcome);
  std::string reads;
  std::string writers;
  for (const TraceEvent& event : outcome.events) {
    if (event.thread != t || event.memory != MemoryEffect::Read || event.action.empty())
      continue;
    reads += (reads.empty() ? "" : ", ") + event.action;
    std::string written = writersText(program, event.object);
    if (!written.empty() && writers.find(written) == std::string::npos)
      writers += "; " + written;
  }
  if (reads.empty())
    return "its await condition to hold";
  return "its await condition to hold (it reads: " + reads + writers + ")";
}

}  // namespace

std::string waitsFor(const CompiledProgram& program, const Bounds& bounds, const StateData& state,
                     ThreadId t) {
  const ThreadState& thread = state.threads[t];
  if (!Executor::spinMayContinue(state, thread))
    return spinWaitsFor(program, state, *Executor::waitingSpin(thread));
  const Instr& instr = poisedAt(program, thread);
  if (instr.op == Op::Join) {
    const Value& handle = thread.frames.back().stack.back();
    return "join of " + state.threads.at(static_cast<std::size_t>(handle.number)).name;
  }
  if (instr.op == Op::AwaitBegin)
    return awaitWaitsFor(program, bounds, state, t);
  if (instr.op == Op::AtomicWaitResume) {
    const auto& waiting = *thread.atomicWait;
    return "a notify on '" + state.locations.at(static_cast<std::size_t>(waiting.location)).name +
           "' after a write newer than the value its wait read (" +
           (Executor::wakeUpWentElsewhere(state, waiting)
                ? "a notify_one after such a write woke another waiter)"
                : "none happens before any notify: a lost wake-up)");
  }
  if (instr.op == Op::CondResume) {
    const SyncObject& cond =
        state.objects.at(static_cast<std::size_t>(stackFromTop(thread, 1).number));
    const SyncObject& mutex =
        state.objects.at(static_cast<std::size_t>(stackFromTop(thread, 0).number));
    if (condResumeEnabled(state, t))
      return "nothing";
    const auto& waiters = std::get<CondObject>(cond.object).waiters;
    if (std::find(waiters.begin(), waiters.end(), t) != waiters.end())
      return "a signal or broadcast on cond '" + cond.name + "'";
    return "lock '" + mutex.name + "' (woken by cond '" + cond.name + "')";
  }
  if (instr.op == Op::LockResume) {
    const SyncObject& object =
        state.objects.at(static_cast<std::size_t>(stackFromTop(thread, 0).number));
    return "the readers of rwmutex '" + object.name + "' to runlock (" +
           std::to_string(std::get<RwMutexObject>(object.object).readers) + " left)";
  }
  const SyncObject* object = instr.op == Op::Method ? methodObject(state, thread, instr) : nullptr;
  if (object == nullptr)
    return "nothing it can do";
  const std::string name = "'" + object->name + "'";
  if (const auto* once = std::get_if<OnceObject>(&object->object)) {
    if (once->runner == t)
      return "once " + name + " (re-entered from its own function)";
    return "once " + name + " (its function runs in " + state.threads[once->runner].name + ")";
  }
  if (const auto* mutex = std::get_if<MutexObject>(&object->object))
    return "lock " + name + " held by " + state.threads[mutex->holder].name;
  if (const auto* rw = std::get_if<RwMutexObject>(&object->object)) {
    std::string holder = rw->writer ? "write-locked by " + state.threads[rw->holder].name
                                    : "a writer (" + state.threads[rw->holder].name + ") waits";
    return (static_cast<MethodKind>(instr.a) == MethodKind::RLock ? "rlock " : "lock ") + name +
           " (" + holder + ")";
  }
  if (const auto* recursive = std::get_if<RecursiveMutexObject>(&object->object))
    return "lock " + name + " held by " + state.threads[recursive->owner].name + " (depth " +
           std::to_string(recursive->depth) + ")";
  if (const auto* group = std::get_if<WaitGroupObject>(&object->object))
    return "waitgroup " + name + " (counter " + std::to_string(group->counter) + ")";
  auto kind = static_cast<MethodKind>(instr.a);
  return (kind == MethodKind::Send ? "send on channel " : "recv on channel ") + name;
}

SourcePosition poisedPosition(const CompiledProgram& program, const ThreadState& thread) {
  return poisedAt(program, thread).position;
}

}  // namespace initcheck
