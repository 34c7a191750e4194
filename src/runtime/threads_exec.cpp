// Executor: `go`, `join` and `choose`. A spawned thread starts with the spawner's clock (the
// `go` step happens before its first step) and runs forward to its first scheduling point
// inside the spawning step; `join` joins the clock the thread ended with.
#include <utility>

#include "runtime/executor.hpp"

namespace initcheck {

void Executor::execGo(ThreadId t, const Instr& instr) {
  std::vector<Value> args = popArguments(t, instr.a);
  Value callee = pop(t);
  if (!expectTag(callee, ValueTag::Func, instr))
    return;
  const CompiledBody& body = bodyOf(program_, callee.closure->body);
  if (body.parameterSlots.size() != args.size())
    return runtimeError(instr, "type mismatch", "wrong number of arguments for go");
  std::int64_t alive = 1;
  for (const ThreadState& thread : std::as_const(state_.threads))
    alive += thread.finished ? 0 : 1;
  if (alive > bounds_.threads)
    return cut(BoundKind::Threads);
  std::string base = body.symbol == kUnresolved ? "go" : body.name;
  std::int64_t k = ++state_.spawnCounts[base];
  std::string name = base + "#" + std::to_string(k);
  bool init = body.isInit;
  VectorClock clock = state_.threads[t].clock;
  ThreadId child = startThread(name, callee, args, clock);
  push(t, Value::handle(child));
  event(t, instr.position, EventKind::Spawn, "spawn " + name, name);
  if (init)
    recordInitCall(child, body, args, instr);
  runPrivate(child);
}

void Executor::execJoin(ThreadId t, const Instr& instr) {
  Value handle = pop(t);
  if (!expectTag(handle, ValueTag::Handle, instr))
    return;
  const ThreadState& target = state_.threads[static_cast<std::size_t>(handle.number)];
  state_.threads[t].clock.join(target.clock);
  push(t, Value::none());
  event(t, instr.position, EventKind::Join, "join " + target.name, target.name);
}

void Executor::execChoose(ThreadId t, const Instr& instr) {
  Value chosen;
  std::string text;
  if (instr.op == Op::ChooseRange) {
    Value high = pop(t);
    Value low = pop(t);
    if (!expectTag(low, ValueTag::Int, instr) || !expectTag(high, ValueTag::Int, instr))
      return;
    chosen = Value::integer(low.number + choice_);
    text = " from " + show(low) + ".." + show(high);
    if (high.number > low.number &&
        static_cast<std::uint64_t>(high.number) - static_cast<std::uint64_t>(low.number) >
            kWidestChoice)
      outcome_.narrowed = BoundKind::Choose;
  } else {
    std::vector<Value> values = popArguments(t, instr.a);
    chosen = values.at(choice_);
    text = " of " + std::to_string(values.size()) + " values";
  }
  event(t, instr.position, EventKind::Choose, "choose " + show(chosen) + text);
  push(t, std::move(chosen));
}

}  // namespace initcheck
