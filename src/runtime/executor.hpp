// The step executor: runs one thread's scheduling point and its private computation up to the
// next point, on a StateData it mutates, recording events and violations in a StepOutcome.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compile/program.hpp"
#include "runtime/state_data.hpp"
#include "runtime/step_outcome.hpp"

namespace initcheck {

constexpr BodyId kGlobalInitBody = -2;

struct AtomicEffect;  // atomics.cpp

class Executor {
 public:
  Executor(const CompiledProgram& program, const Bounds& bounds, StateData& state,
           StepOutcome& outcome);

  void step(ThreadId thread, std::uint32_t choice);  // the point, then private work
  void runPrivate(ThreadId thread);                  // up to the next point or the end
  // Runs a body to its Halt in one go (global initializers, final conditions) in a
  // temporary thread with no race bookkeeping; returns the value left on its stack.
  Value evaluate(BodyId body);
  ThreadId startThread(const std::string& name, const Value& callee, std::vector<Value> args,
                       const VectorClock& clock);

  // From now on events carry their thread's vector clock (TraceEvent::clock).
  void traceClocks() { traceClocks_ = true; }
  bool stopped() const { return stopped_; }
  bool awaitFailed() const { return awaitFailed_; }

  // Shared with the semantics' queries.
  static const CompiledBody& bodyOf(const CompiledProgram& program, BodyId body);
  static std::vector<ThreadId> poisedReceivers(const CompiledProgram& program,
                                               const StateData& state, std::int64_t channel,
                                               ThreadId except);

 private:
  // Frames and operands.
  Frame& top(ThreadId t) { return state_.threads[t].frames.back(); }
  const Instr& current(ThreadId t);
  Value pop(ThreadId t);
  void push(ThreadId t, Value value) { top(t).stack.push_back(std::move(value)); }
  void exec(ThreadId t);
  void execBasic(ThreadId t, const Instr& instr);
  void execControl(ThreadId t, const Instr& instr);
  void afterPoint(ThreadId t);
  void execAwait(ThreadId t, const Instr& instr);
  void execLoopIteration(ThreadId t, const Instr& instr);
  void discard();  // `assume` false: the execution is dropped silently
  void finishThread(ThreadId t, SourcePosition position);

  // Values (exec_values.cpp).
  void execUnary(ThreadId t, const Instr& instr);
  void execBinary(ThreadId t, const Instr& instr);
  void execCompare(ThreadId t, const Instr& instr, const Value& left, const Value& right);
  void execIndex(ThreadId t, const Instr& instr);
  void execListSet(ThreadId t, const Instr& instr);
  void execAppend(ThreadId t, const Instr& instr);
  bool expectTag(const Value& value, ValueTag tag, const Instr& instr);

  // Calls (calls_exec.cpp).
  void execCall(ThreadId t, const Instr& instr);
  bool enterCall(ThreadId t, const Value& callee, std::vector<Value> args, const Instr& instr);
  Frame makeFrame(const Value& callee, std::vector<Value> args);
  void execReturn(ThreadId t, const Instr& instr);
  void execMakeClosure(ThreadId t, const Instr& instr);
  std::vector<Value> popArguments(ThreadId t, std::int64_t count);

  // Memory (memory.cpp).
  std::int64_t allocate(const std::string& name, std::optional<Value> value);
  Value readLocation(ThreadId t, std::int64_t location, SourcePosition position);
  void writeLocation(ThreadId t, std::int64_t location, Value value, SourcePosition position);
  void checkRaces(ThreadId t, Location& location, bool isWrite, SourcePosition position);
  void recordWrite(ThreadId t, Location& location, SourcePosition position);
  void checkInitialized(ThreadId t, Location& location, SourcePosition position);
  std::int64_t slotLocation(ThreadId t, const Instr& instr);
  std::string symbolName(const Frame& frame, std::int64_t slot) const;

  // Atomics (atomics.cpp).
  void execAtomic(ThreadId t, const Instr& instr);
  std::optional<AtomicEffect> atomicEffect(const Instr& instr, const Value& old,
                                           const std::vector<Value>& args, const std::string& name);
  void atomicAcquire(ThreadId t, const Location& location, ast::MemoryOrder order);
  void atomicRelease(ThreadId t, Location& location, ast::MemoryOrder order, bool rmw);

  // Objects (once_mutex.cpp, waitgroup_channel.cpp, threads_exec.cpp).
  void execNewObject(ThreadId t, const Instr& instr);
  void execMethod(ThreadId t, const Instr& instr);
  void execDo(ThreadId t, const Instr& instr);
  void execOnceFinish(ThreadId t, const Instr& instr);
  void execLock(ThreadId t, const Instr& instr, std::int64_t id);
  void execUnlock(ThreadId t, const Instr& instr, std::int64_t id);
  void execAdd(ThreadId t, const Instr& instr, std::int64_t id, std::int64_t delta);
  void execWait(ThreadId t, const Instr& instr, std::int64_t id);
  void execSend(ThreadId t, const Instr& instr, std::int64_t id, Value value);
  void execRendezvous(ThreadId t, const Instr& instr, std::int64_t id, Value value);
  void execRecv(ThreadId t, const Instr& instr, std::int64_t id);
  void execClose(ThreadId t, const Instr& instr, std::int64_t id);
  void execGo(ThreadId t, const Instr& instr);
  void execJoin(ThreadId t, const Instr& instr);
  void execChoose(ThreadId t, const Instr& instr);

  // Monitors (monitors.cpp).
  void recordInitCall(ThreadId t, const CompiledBody& body, const std::vector<Value>& args,
                      const Instr& instr);
  // single_init and exactly_once: a second call (per tuple, or in all for exactly_once(f)).
  void checkInitCall(ThreadId t, const CompiledBody& body, const std::string& tuple,
                     std::int64_t count, std::int64_t total, const Instr& instr);
  void execLabel(ThreadId t, const Instr& instr);
  void resolveLabels(ThreadId t);
  void execAssert(ThreadId t, const Instr& instr);
  bool validIndex(const Value& list, const Value& index, const Instr& instr);
  void runtimeError(const Instr& instr, const std::string& kind, const std::string& detail);
  void report(Violation violation);
  void showFailure(const Violation& violation);
  void cut(BoundKind kind);

  // Trace text (trace_text.cpp).
  std::string show(const Value& value) const;
  void event(ThreadId t, SourcePosition position, EventKind kind, std::string action,
             std::string object = {}, MemoryEffect memory = MemoryEffect::None);

  const CompiledProgram& program_;
  const Bounds& bounds_;
  StateData& state_;
  StepOutcome& outcome_;
  std::uint32_t choice_ = 0;
  ThreadId acting_ = 0;  // the thread whose instruction runs now
  bool stopped_ = false;
  bool awaitFailed_ = false;
  bool atomicMode_ = false;   // inside `await` or a whole-body evaluation: run through points
  bool bookkeeping_ = true;   // off for initializers and final conditions
  bool traceClocks_ = false;  // events carry the thread's clock (counterexample replay)
};

std::string ordinal(std::int64_t n);  // 1st, 2nd, 3rd, 4th, 11th, 21st
std::string formatLiteral(const LiteralValue& value);

}  // namespace initcheck
