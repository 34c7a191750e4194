// The step executor: runs one thread's scheduling point and its private computation up to the
// next point, on a StateData it mutates, recording events and violations in a StepOutcome.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compile/program.hpp"
#include "runtime/memory_mode.hpp"
#include "runtime/state_data.hpp"
#include "runtime/step_outcome.hpp"

namespace initcheck {

constexpr BodyId kGlobalInitBody = -2;
constexpr std::int64_t kNotLogged = INT64_MIN;

struct AtomicEffect;  // atomics.cpp

class Executor {
 public:
  Executor(const CompiledProgram& program, const Bounds& bounds, StateData& state,
           StepOutcome& outcome);

  void step(ThreadId thread, std::uint32_t choice);  // the point, then private work, then
                                                     // the RC11 history no thread can read
                                                     // is dropped
  void runPrivate(ThreadId thread);                  // up to the next point or the end
  // Runs a body to its Halt in one go (global initializers, final conditions) in a
  // temporary thread with no race bookkeeping; returns the value left on its stack.
  Value evaluate(BodyId body);
  ThreadId startThread(const std::string& name, const Value& callee, std::vector<Value> args,
                       const VectorClock& clock);

  // From now on events carry their thread's vector clock (TraceEvent::clock).
  void traceClocks() { traceClocks_ = true; }
  // Memory events get no action text (a search's steps: counterexamples are replayed traced).
  void omitDescriptions() { describes_ = false; }
  bool stopped() const { return stopped_; }
  bool awaitFailed() const { return awaitFailed_; }

  // RC11's choices inside a step (LANGUAGE.md section 4a): which write each read returns, where
  // each write goes in mo. Decision k of the step is `decisions[k]` (or the step's `choice`
  // for the first when none are prescribed, 0 beyond); option 0 is always what the sc model
  // does. decisionCounts() tells, after the step, how many options each decision had.
  void prescribe(std::vector<std::uint32_t> decisions);
  const std::vector<std::uint32_t>& decisionCounts() const { return decisionCounts_; }
  // The step chose an execution that RC11 forbids (a psc cycle): it is no successor.
  bool rejected() const { return rejected_; }
  MemoryMode memoryMode() const { return mode_; }

  // Shared with the semantics' queries.
  static const CompiledBody& bodyOf(const CompiledProgram& program, BodyId body);
  static std::vector<ThreadId> poisedReceivers(const CompiledProgram& program,
                                               const StateData& state, std::int64_t channel,
                                               ThreadId except);
  // The location a thread poised at an atomic or a cell access acts on (the index read off its
  // stack); nullopt for other instructions and for an index out of range.
  static std::optional<std::int64_t> poisedLocation(const CompiledProgram& program,
                                                    const ThreadState& thread, const Instr& instr);
  // Whether a thread waiting in a spin may go on: a location the spin read has a newer write
  // (true for a thread not waiting in a spin).
  static bool spinMayContinue(const StateData& state, const ThreadState& thread);
  // The spin a thread waits in, or null.
  static const SpinState* waitingSpin(const ThreadState& thread);
  // Threads blocked in `a.wait` on location `id` that a notify by `notifier` would wake.
  // A notify after a write newer than what the blocked wait read woke another waiter instead
  // (notify_one's choice): the waiter's wake-up was not lost, it went elsewhere.
  static bool wakeUpWentElsewhere(const StateData& state, const AtomicWaiting& waiting);
  static std::vector<ThreadId> wakeableWaiters(const StateData& state, std::int64_t id,
                                               ThreadId notifier);

 private:
  // Frames and operands.
  Frame& top(ThreadId t) { return state_.threads[t].frames.back(); }
  const Instr& current(ThreadId t);
  Value pop(ThreadId t);
  void push(ThreadId t, Value value) { top(t).stack.push_back(std::move(value)); }
  void runStep(ThreadId t);
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

  // RC11 memory (memory_rc11.cpp, atomics_rc11.cpp, fences.cpp).
  std::uint32_t decide(std::uint32_t options);
  bool logsEvents() const { return logging_; }
  bool touchesSeqCstOrder(bool seqCstAccess) const;
  void initialWrite(Location& location, const Value& value);
  Value readRc11(ThreadId t, std::int64_t id, const std::vector<std::size_t>& readable,
                 MemoryOrderFacts& facts);
  Value readWrite(ThreadId t, std::int64_t id, std::size_t index, MemoryOrderFacts& facts);
  WriteId insertWrite(ThreadId t, std::int64_t id, std::size_t index, Value value, VectorClock sync,
                      SourcePosition position, bool seqCst, MemoryOrderFacts& facts);
  Value readPlainRc11(ThreadId t, std::int64_t id, SourcePosition position);
  void writePlainRc11(ThreadId t, std::int64_t id, Value value, SourcePosition position);
  // What the live threads know of one another (othersKnown), and the garbage collection of
  // RC11 histories after a step: of every location when that changed, else of the locations
  // the step touched (memory_rc11.cpp).
  struct Acquaintance {
    std::size_t live = 0;       // unfinished threads
    std::uint64_t entries = 0;  // the sum of their clocks' entries for the other threads
    bool operator==(const Acquaintance&) const = default;
  };
  bool collectsUnreadable() const;  // RC11 histories, outside initializers and psc logs
  Acquaintance othersKnown() const;
  void forgetUnreadable(const Acquaintance& before);
  void logEvent(ThreadId t, LoggedEvent::Kind kind, std::int64_t place, bool seqCst,
                std::uint64_t written, std::uint64_t readFrom);
  void checkConsistency(bool seqCst);
  void trackProgramOrder(ThreadId t, LoggedEvent logged);
  void execAtomicRc11(ThreadId t, const Instr& instr);
  void rmwRc11(ThreadId t, const Instr& instr, std::int64_t id, const std::vector<Value>& args,
               const std::vector<std::size_t>& readable, MemoryOrderFacts& facts);
  void loadRc11(ThreadId t, const Instr& instr, std::int64_t id, const std::vector<Value>& args,
                MemoryOrderFacts& facts);
  void execFence(ThreadId t, const Instr& instr);
  std::int64_t objectPlaceOf(ThreadId t, const Instr& instr);

  // Atomics (atomics.cpp).
  void execAtomic(ThreadId t, const Instr& instr);
  std::optional<AtomicEffect> atomicEffect(const Instr& instr, const Value& old,
                                           const std::vector<Value>& args, const std::string& name);
  void atomicAcquire(ThreadId t, const Location& location, ast::MemoryOrder order);
  void acquireFrom(ThreadId t, const VectorClock& sync, ast::MemoryOrder order);
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

  // v2 section 4b: locks (lock_exec.cpp), conds (cond_exec.cpp), wait/notify
  // (wait_notify.cpp), array cells (cells.cpp).
  void execRwLock(ThreadId t, const Instr& instr, std::int64_t id, RwMutexObject& rw,
                  const std::string& name);
  void takeRwLock(ThreadId t, const Instr& instr, RwMutexObject& rw, const std::string& name);
  void execLockResume(ThreadId t, const Instr& instr);
  void execRwUnlock(ThreadId t, const Instr& instr, RwMutexObject& rw, const std::string& name);
  void execRLock(ThreadId t, const Instr& instr, std::int64_t id);
  void execRUnlock(ThreadId t, const Instr& instr, std::int64_t id);
  void execRecursiveLock(ThreadId t, const Instr& instr, RecursiveMutexObject& mutex,
                         const std::string& name);
  void execRecursiveUnlock(ThreadId t, const Instr& instr, RecursiveMutexObject& mutex,
                           const std::string& name);
  void execCondWait(ThreadId t, const Instr& instr);
  void execCondResume(ThreadId t, const Instr& instr);
  void execSignal(ThreadId t, const Instr& instr, std::int64_t id, bool all);
  void noteWriteForWaiters(ThreadId writer, std::int64_t id, std::optional<std::size_t> moIndex);
  void execAtomicWait(ThreadId t, const Instr& instr, std::int64_t id, const Value& expected,
                      const Value& value, std::optional<WriteId> readFrom);
  void execAtomicWaitResume(ThreadId t, const Instr& instr);
  void execNotify(ThreadId t, const Instr& instr, std::int64_t id, bool all);
  std::optional<std::int64_t> atomicLocation(ThreadId t, const Instr& instr);
  std::optional<std::int64_t> cellLocation(ThreadId t, const Instr& instr, std::int64_t base);
  void execCell(ThreadId t, const Instr& instr);

  // Spins (spin.cpp).
  void resumeSpin(ThreadId t);
  void noteSpinRead(ThreadId t, std::int64_t id, const Value& value, std::optional<WriteId> write,
                    SourcePosition position);
  void spoilSpin(ThreadId t, EventKind kind, MemoryEffect memory);
  void applySpinFloor(ThreadId t, std::int64_t id, std::vector<std::size_t>& readable);

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
  // A value of a location: `DONE (2)` where one constant names it (CompiledProgram::constantNames).
  std::string showValueOf(const std::string& location, const Value& value) const;
  // `read x = 1`, `write x = 2`: a plain access's action text, empty with omitDescriptions().
  std::string accessText(const char* verb, const std::string& location, const Value& value) const;
  TraceEvent* event(ThreadId t, SourcePosition position, EventKind kind, std::string action,
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
  bool describes_ = true;     // memory events carry their action text
  MemoryMode mode_;
  bool logging_ = false;  // the state keeps an execution log for psc
  std::vector<std::uint32_t> decisions_;
  bool prescribed_ = false;
  std::size_t nextDecision_ = 0;
  std::vector<std::uint32_t> decisionCounts_;
  bool rejected_ = false;
};

// Narrows the writes a read of `id` may return for a thread waking from a spin (spin.cpp).
void spinFloorFilter(const ThreadState& thread, const ModificationOrder& history, std::int64_t id,
                     std::vector<std::size_t>& readable);

std::string ordinal(std::int64_t n);  // 1st, 2nd, 3rd, 4th, 11th, 21st
std::string formatLiteral(const LiteralValue& value);

}  // namespace initcheck
