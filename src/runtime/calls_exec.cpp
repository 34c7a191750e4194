// Executor: calls and closures. A call pushes a frame whose slots hold the arguments (a shared
// location for a parameter some closure captures by reference) and the closure's captured
// environment; returning pops it and hands the result to the caller, or ends the thread.
#include "runtime/executor.hpp"

namespace initcheck {

std::vector<Value> Executor::popArguments(ThreadId t, std::int64_t count) {
  auto& stack = top(t).stack;
  auto first = stack.end() - count;
  std::vector<Value> args(std::make_move_iterator(first), std::make_move_iterator(stack.end()));
  stack.erase(first, stack.end());
  return args;
}

Frame Executor::makeFrame(const Value& callee, std::vector<Value> args) {
  const CompiledBody& body = bodyOf(program_, callee.closure->body);
  Frame frame;
  frame.body = body.id;
  frame.slots.resize(body.slotCount);
  for (std::size_t i = 0; i < body.parameterSlots.size() && i < args.size(); ++i) {
    Value value = std::move(args[i]);
    if (body.parameterShared[i])
      value = Value::location(allocate(body.slotNames[body.parameterSlots[i]], value));
    frame.slots[body.parameterSlots[i]] = std::move(value);
  }
  const auto& environment = callee.closure->environment;
  for (std::size_t i = 0; i < body.captureSlots.size() && i < environment.size(); ++i)
    frame.slots[body.captureSlots[i]] = environment[i];
  return frame;
}

bool Executor::enterCall(ThreadId t, const Value& callee, std::vector<Value> args,
                         const Instr& instr) {
  if (!expectTag(callee, ValueTag::Func, instr))
    return false;
  const CompiledBody& body = bodyOf(program_, callee.closure->body);
  if (body.parameterSlots.size() != args.size()) {
    runtimeError(instr, "type mismatch", "wrong number of arguments for " + show(callee));
    return false;
  }
  if (static_cast<std::int64_t>(state_.threads[t].frames.size()) > bounds_.depth) {
    cut(BoundKind::Depth);
    return false;
  }
  if (body.isInit)
    recordInitCall(t, body, args, instr);
  bool sharedParameters = false;
  for (bool shared : body.parameterShared)
    sharedParameters = sharedParameters || shared;
  Frame frame = makeFrame(callee, std::move(args));
  state_.threads[t].frames.push_back(std::move(frame));
  if (sharedParameters && bookkeeping_) {
    for (std::size_t i = 0; i < body.parameterSlots.size(); ++i) {
      if (!body.parameterShared[i])
        continue;
      auto id = static_cast<std::size_t>(top(t).slots[body.parameterSlots[i]].number);
      recordWrite(t, state_.locations[id], instr.position);
    }
  }
  return true;
}

void Executor::execCall(ThreadId t, const Instr& instr) {
  std::vector<Value> args = popArguments(t, instr.a);
  Value callee = pop(t);
  enterCall(t, callee, std::move(args), instr);
}

void Executor::execReturn(ThreadId t, const Instr& instr) {
  Value result = pop(t);
  auto& frames = state_.threads[t].frames;
  frames.pop_back();
  if (frames.empty()) {
    finishThread(t, instr.position);
    return;
  }
  push(t, std::move(result));
}

void Executor::execMakeClosure(ThreadId t, const Instr& instr) {
  const CompiledBody& body = bodyOf(program_, static_cast<BodyId>(instr.a));
  std::vector<Value> environment =
      popArguments(t, static_cast<std::int64_t>(body.captureSlots.size()));
  for (std::size_t i = 0; i < environment.size(); ++i) {
    if (!body.captureIsSharedCopy[i])
      continue;
    std::int64_t id = allocate(body.slotNames[body.captureSlots[i]], environment[i]);
    if (bookkeeping_)
      recordWrite(t, state_.locations[static_cast<std::size_t>(id)], instr.position);
    environment[i] = Value::location(id);
  }
  push(t, Value::makeClosure(static_cast<BodyId>(instr.a), std::move(environment)));
}

}  // namespace initcheck
