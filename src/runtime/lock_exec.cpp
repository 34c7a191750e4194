// Executor: read-write and recursive mutexes (v2 section 4b). Happens-before: each unlock or
// runlock of a rwmutex -> the next lock; each unlock -> later rlocks (Go sync.RWMutex); the
// last unlock of a recursive mutex -> its next lock by another thread. Locks are only taken
// when enabled (model/enabledness.cpp): a rwmutex's lock needs no reader and no writer, its
// rlock no writer and no writer waiting; a recursive mutex's lock needs it free or owned.
#include "runtime/executor.hpp"

namespace initcheck {

// A lock that finds readers announces itself and waits at LockResume (Go's Lock: new readers
// block behind it); otherwise it takes the lock at once and skips LockResume.
void Executor::execRwLock(ThreadId t, const Instr& instr, std::int64_t id, RwMutexObject& rw,
                          const std::string& name) {
  if (rw.readers > 0) {
    rw.writerWaiting = true;
    rw.holder = t;
    push(t, Value::object(id));  // for LockResume
    event(t, instr.position, EventKind::Lock,
          "lock " + name + ": waits for " + std::to_string(rw.readers) + " reader" +
              (rw.readers == 1 ? "" : "s") + " (new readers wait too)",
          name);
    return;
  }
  ++top(t).pc;  // past LockResume
  takeRwLock(t, instr, rw, name);
}

void Executor::execLockResume(ThreadId t, const Instr& instr) {
  const Value& receiver = top(t).stack.back();
  SyncObject& object = state_.objects[static_cast<std::size_t>(receiver.number)];
  auto& rw = std::get<RwMutexObject>(object.object);
  pop(t);
  rw.writerWaiting = false;
  takeRwLock(t, instr, rw, object.name);
}

void Executor::takeRwLock(ThreadId t, const Instr& instr, RwMutexObject& rw,
                          const std::string& name) {
  rw.writer = true;
  rw.holder = t;
  ThreadState& thread = state_.threads[t];
  thread.clock.join(rw.writeReleaseClock);
  thread.clock.join(rw.readReleaseClock);
  rw.readReleaseClock = VectorClock{};
  push(t, Value::none());
  event(t, instr.position, EventKind::Lock, "lock " + name, name);
}

void Executor::execRwUnlock(ThreadId t, const Instr& instr, RwMutexObject& rw,
                            const std::string& name) {
  if (!rw.writer)
    return runtimeError(
        instr, "unlock of unlocked mutex",
        "unlock of rwmutex '" + name + "' that is not write-locked at " + instr.position.text());
  rw.writer = false;
  rw.writeReleaseClock = state_.threads[t].clock;
  push(t, Value::none());
  event(t, instr.position, EventKind::Unlock, "unlock " + name, name);
}

void Executor::execRLock(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* rw = std::get_if<RwMutexObject>(&object.object);
  if (rw == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a rwmutex");
  rw->readers += 1;
  state_.threads[t].clock.join(rw->writeReleaseClock);
  push(t, Value::none());
  event(t, instr.position, EventKind::RLock,
        "rlock " + object.name + " (" + std::to_string(rw->readers) + " reader" +
            (rw->readers == 1 ? ")" : "s)"),
        object.name);
}

void Executor::execRUnlock(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  auto* rw = std::get_if<RwMutexObject>(&object.object);
  if (rw == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a rwmutex");
  if (rw->readers == 0)
    return runtimeError(instr, "runlock of unlocked rwmutex",
                        "runlock of rwmutex '" + object.name + "' that is not read-locked at " +
                            instr.position.text());
  rw->readers -= 1;
  rw->readReleaseClock.join(state_.threads[t].clock);
  push(t, Value::none());
  event(t, instr.position, EventKind::RUnlock,
        "runlock " + object.name + " (" + std::to_string(rw->readers) + " left)", object.name);
}

void Executor::execRecursiveLock(ThreadId t, const Instr& instr, RecursiveMutexObject& mutex,
                                 const std::string& name) {
  if (mutex.depth == 0)
    state_.threads[t].clock.join(mutex.releaseClock);
  mutex.owner = t;
  mutex.depth += 1;
  push(t, Value::none());
  event(
      t, instr.position, EventKind::Lock,
      "lock " + name +
          (mutex.depth > 1 ? " again (depth " + std::to_string(mutex.depth) + ")" : std::string()),
      name);
}

void Executor::execRecursiveUnlock(ThreadId t, const Instr& instr, RecursiveMutexObject& mutex,
                                   const std::string& name) {
  if (mutex.depth == 0 || mutex.owner != t) {
    std::string why =
        mutex.depth == 0 ? "it is not locked" : "it is held by " + state_.threads[mutex.owner].name;
    return runtimeError(
        instr, "unlock of recursive mutex by non-owner",
        "unlock of recursive mutex '" + name + "' by " + state_.threads[t].name + ", but " + why);
  }
  mutex.depth -= 1;
  if (mutex.depth == 0)
    mutex.releaseClock = state_.threads[t].clock;
  push(t, Value::none());
  event(t, instr.position, EventKind::Unlock,
        "unlock " + name +
            (mutex.depth > 0 ? " (still held, depth " + std::to_string(mutex.depth) + ")"
                             : std::string()),
        name);
}

}  // namespace initcheck
