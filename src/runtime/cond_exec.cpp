// Executor: condition variables (v2 section 4b; Go sync.Cond, pthread condition variables).
// `cv.wait(m)` is two points: CondWait unlocks m (as an unlock: -> m's next lock) and joins
// the cond's waiters; CondResume, enabled once a signal or broadcast removed the thread from
// them and m is free, locks m again. No spurious wake-ups; the cond itself adds no edge.
#include "runtime/executor.hpp"

#include <utility>

namespace initcheck {

void Executor::execCondWait(ThreadId t, const Instr& instr) {
  Value mutexValue = pop(t);
  Value receiver = pop(t);
  if (!expectTag(receiver, ValueTag::Object, instr) ||
      !expectTag(mutexValue, ValueTag::Object, instr))
    return;
  SyncObject& object = state_.objects[static_cast<std::size_t>(receiver.number)];
  auto* cond = std::get_if<CondObject>(&object.object);
  if (cond == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a cond");
  SyncObject& mutexObject = state_.objects[static_cast<std::size_t>(mutexValue.number)];
  auto* mutex = std::get_if<MutexObject>(&mutexObject.object);
  if (mutex == nullptr)
    return runtimeError(instr, "type mismatch", "'" + mutexObject.name + "' is not a mutex");
  if (!mutex->locked || mutex->holder != t)
    return runtimeError(instr, "cond wait without the mutex",
                        object.name + ".wait(" + mutexObject.name + ") by " +
                            state_.threads[t].name + ", which does not hold '" + mutexObject.name +
                            "'");
  mutex->locked = false;
  mutex->releaseClock = state_.threads[t].clock;
  cond->waiters.push_back(t);
  push(t, receiver);
  push(t, mutexValue);
  event(t, instr.position, EventKind::CondWait,
        object.name + ".wait(" + mutexObject.name + "): unlock " + mutexObject.name + " and block",
        object.name);
}

void Executor::execCondResume(ThreadId t, const Instr& instr) {
  Value mutexValue = pop(t);
  Value receiver = pop(t);
  SyncObject& mutexObject = state_.objects[static_cast<std::size_t>(mutexValue.number)];
  auto& mutex = std::get<MutexObject>(mutexObject.object);
  mutex.locked = true;
  mutex.holder = t;
  state_.threads[t].clock.join(mutex.releaseClock);
  outcome_.footprint.add(Access{ResourceKind::Object, static_cast<std::uint32_t>(mutexValue.number),
                                AccessMode::Write, AccessRole::Lock});
  push(t, Value::none());
  const std::string& name =
      std::as_const(state_.objects)[static_cast<std::size_t>(receiver.number)].name;
  event(t, instr.position, EventKind::Wake,
        name + ".wait(" + mutexObject.name + ") woken: lock " + mutexObject.name, name);
}

// signal: one waiter, the step's decision picks which (each explored); broadcast: all.
void Executor::execSignal(ThreadId t, const Instr& instr, std::int64_t id, bool all) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* cond = std::get_if<CondObject>(&object.object);
  if (cond == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a cond");
  std::vector<ThreadId> woken;
  if (all) {
    woken = std::move(cond->waiters);
    cond->waiters.clear();
  } else if (!cond->waiters.empty()) {
    std::size_t pick = decide(static_cast<std::uint32_t>(cond->waiters.size()));
    woken.push_back(cond->waiters[pick]);
    cond->waiters.erase(cond->waiters.begin() + static_cast<std::ptrdiff_t>(pick));
  }
  push(t, Value::none());
  std::string text = object.name + (all ? ".broadcast()" : ".signal()") + ": wakes ";
  if (woken.empty())
    text += "nobody (no thread waits)";
  for (std::size_t i = 0; i < woken.size(); ++i)
    text += (i == 0 ? "" : ", ") + state_.threads[woken[i]].name;
  event(t, instr.position, EventKind::Signal, text, object.name);
}

}  // namespace initcheck
