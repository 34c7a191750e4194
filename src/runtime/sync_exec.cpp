// Executor: object creation and method dispatch, once and mutex. The happens-before edges are
// those of LANGUAGE.md section 4: end of a once's function -> every `do` return; each unlock
// -> the next lock.
#include "runtime/executor.hpp"

namespace initcheck {

void Executor::execNewObject(ThreadId t, const Instr& instr) {
  state_.objects.push_back(
      makeSyncObject(static_cast<ast::TypeKind>(instr.a), instr.b, program_.atomText(instr.c)));
  push(t, Value::object(static_cast<std::int64_t>(state_.objects.size() - 1)));
}

void Executor::execMethod(ThreadId t, const Instr& instr) {
  auto kind = static_cast<MethodKind>(instr.a);
  if (kind == MethodKind::Do)
    return execDo(t, instr);
  if (kind == MethodKind::CondWait)
    return execCondWait(t, instr);
  std::vector<Value> args = popArguments(t, instr.b);
  Value receiver = pop(t);
  if (!expectTag(receiver, ValueTag::Object, instr))
    return;
  std::int64_t id = receiver.number;
  switch (kind) {
    case MethodKind::Lock:
      return execLock(t, instr, id);
    case MethodKind::Unlock:
      return execUnlock(t, instr, id);
    case MethodKind::Add:
      if (!expectTag(args.at(0), ValueTag::Int, instr))
        return;
      return execAdd(t, instr, id, args[0].number);
    case MethodKind::Done:
      return execAdd(t, instr, id, -1);
    case MethodKind::Wait:
      return execWait(t, instr, id);
    case MethodKind::Send:
      return execSend(t, instr, id, args.at(0));
    case MethodKind::Recv:
      return execRecv(t, instr, id);
    case MethodKind::RLock:
      return execRLock(t, instr, id);
    case MethodKind::RUnlock:
      return execRUnlock(t, instr, id);
    case MethodKind::Signal:
    case MethodKind::Broadcast:
      return execSignal(t, instr, id, kind == MethodKind::Broadcast);
    default:
      return execClose(t, instr, id);
  }
}

void Executor::execDo(ThreadId t, const Instr& instr) {
  Value function = pop(t);
  Value receiver = pop(t);
  if (!expectTag(receiver, ValueTag::Object, instr) || !expectTag(function, ValueTag::Func, instr))
    return;
  SyncObject& object = state_.objects[static_cast<std::size_t>(receiver.number)];
  auto* once = std::get_if<OnceObject>(&object.object);
  if (once == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a once");
  if (once->status == OnceObject::Status::Done) {
    state_.threads[t].clock.join(once->doneClock);
    ++top(t).pc;  // past OnceFinish
    push(t, Value::none());
    event(t, instr.position, EventKind::OnceSkip, object.name + ".do: done already, skip",
          object.name);
    return;
  }
  once->status = OnceObject::Status::Running;
  once->runner = t;
  std::string runs = show(function);
  if (runs.rfind("func@", 0) == 0)
    runs = "func at " + runs.substr(5);
  std::string text = object.name + ".do: enter (runs " + runs + ")";
  event(t, instr.position, EventKind::OnceEnter, text, object.name);
  push(t, receiver);
  enterCall(t, function, {}, instr);
}

void Executor::execOnceFinish(ThreadId t, const Instr& instr) {
  pop(t);  // f's result
  Value receiver = pop(t);
  SyncObject& object = state_.objects[static_cast<std::size_t>(receiver.number)];
  auto& once = std::get<OnceObject>(object.object);
  once.status = OnceObject::Status::Done;
  once.doneClock = state_.threads[t].clock;
  push(t, Value::none());
  event(t, instr.position, EventKind::OnceFinish,
        object.name + ".do: finish, " + object.name + " is done", object.name);
}

void Executor::execLock(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  if (auto* rw = std::get_if<RwMutexObject>(&object.object))
    return execRwLock(t, instr, id, *rw, object.name);
  ++top(t).pc;  // only a rwmutex's lock may wait at LockResume
  if (auto* recursive = std::get_if<RecursiveMutexObject>(&object.object))
    return execRecursiveLock(t, instr, *recursive, object.name);
  auto* mutex = std::get_if<MutexObject>(&object.object);
  if (mutex == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a mutex");
  mutex->locked = true;
  mutex->holder = t;
  state_.threads[t].clock.join(mutex->releaseClock);
  push(t, Value::none());
  event(t, instr.position, EventKind::Lock, "lock " + object.name, object.name);
}

void Executor::execUnlock(ThreadId t, const Instr& instr, std::int64_t id) {
  SyncObject& object = state_.objects[static_cast<std::size_t>(id)];
  if (auto* rw = std::get_if<RwMutexObject>(&object.object))
    return execRwUnlock(t, instr, *rw, object.name);
  if (auto* recursive = std::get_if<RecursiveMutexObject>(&object.object))
    return execRecursiveUnlock(t, instr, *recursive, object.name);
  auto* mutex = std::get_if<MutexObject>(&object.object);
  if (mutex == nullptr)
    return runtimeError(instr, "type mismatch", "'" + object.name + "' is not a mutex");
  if (!mutex->locked)
    return runtimeError(
        instr, "unlock of unlocked mutex",
        "unlock of unlocked mutex '" + object.name + "' at " + instr.position.text());
  mutex->locked = false;
  mutex->releaseClock = state_.threads[t].clock;
  push(t, Value::none());
  event(t, instr.position, EventKind::Unlock, "unlock " + object.name, object.name);
}

}  // namespace initcheck
