// One round of the unfolder: walks every thread instance's bytecode symbolically, depth first,
// and emits its node tree into an Unfolding. Reads of non-scalar locations are split over the
// writes the previous round found (`previous`); the writes this round makes are in found().
#pragma once

#include <z3++.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compile/program.hpp"
#include "runtime/state_data.hpp"
#include "symbolic/path_state.hpp"
#include "symbolic/unfolder.hpp"
#include "symbolic/unfolding.hpp"
#include "symbolic/write_candidates.hpp"

namespace initcheck::symbolic {

// Where an execution ends: what the Halt node says.
struct HaltSpec {
  HaltKind kind = HaltKind::Discard;
  SourcePosition position;
  std::string runtimeErrorKind;
  BoundKind cut = BoundKind::Unroll;
};

// What is known about a location's values this round.
struct LocationShape {
  // Scalar: one term; ScalarList: an array term of `length` scalars of `tag`; Structured: the
  // Int code of the value in the location's table.
  enum class Kind { Unknown, Scalar, ScalarList, Structured } kind = Kind::Unknown;
  ValueTag tag = ValueTag::None;  // Scalar, ScalarList: of the scalars
  std::size_t length = 0;         // ScalarList
};

class Walker {
 public:
  Walker(z3::context& context, const CompiledProgram& program, const StateData& initial,
         const Bounds& bounds, const WriteCandidates& previous, const UnfoldBudget& budget);

  void unfoldAll();
  const std::optional<std::string>& failure() const { return failure_; }
  bool truncated() const { return truncated_; }
  const WriteCandidates& found() const { return found_; }
  Unfolding take();
  // Whether a point of this kind makes a spin's run no spin whenever it happens (walker_nodes.cpp).
  static bool spoilsSpin(NodeKind kind);

 private:
  struct SpawnRequest {
    InstanceId instance = 0;
    SymValue callee;
    std::vector<SymValue> arguments;
    z3::expr guard;
    NodeId goNode = kNoNode;
    SourcePosition position;
  };

  // Setup (walker.cpp).
  void setUpGlobals();
  void unfoldDeclared(std::size_t index);
  void unfoldSpawned(const SpawnRequest& request);
  void unfoldFinals();
  void settleLocations();
  void fail(const std::string& message, SourcePosition position);
  // A construct the smt engine does not encode: the unfolding fails with "unsupported: what at
  // L:C" (a clean `unknown` verdict). Returns false.
  bool unsupported(const std::string& what, SourcePosition position);

  // The loop and control (walker.cpp, walker_control.cpp).
  void run(PathState state);
  SourcePosition currentPosition(const PathState& s) const;  // of the next instruction
  bool exec(PathState& s, const Instr& instr);
  bool execControl(PathState& s, const Instr& instr);
  bool execJumpIfFalse(PathState& s, const Instr& instr);
  bool execLoopIteration(PathState& s, const Instr& instr);
  bool mayHaveSpun(const PathState& s, std::uint32_t iteration);
  bool execCheck(PathState& s, const Instr& instr, HaltKind kind);
  const CompiledBody& body(BodyId id) const;
  // Runs `setup(branch, i)` for each of `count` branches, the last one in `s`.
  template <class Setup>
  bool branch(PathState& s, std::size_t count, Setup setup);

  // Nodes (walker_nodes.cpp).
  NodeId addNode(PathState& s, NodeKind kind, SourcePosition position);
  NodeId beginPoint(PathState& s, NodeKind kind, SourcePosition position);
  void afterPoint(PathState& s) { s.counter += 1; }
  // A Halt under `condition`; the path goes on under its negation (false: it cannot).
  bool haltIf(PathState& s, const z3::expr& condition, const HaltSpec& spec);
  bool halt(PathState& s, const HaltSpec& spec) { return haltIf(s, context_.bool_val(true), spec); }
  bool runtimeError(PathState& s, const z3::expr& condition, const Instr& instr,
                    const std::string& kind);
  bool typeMismatch(PathState& s, const Instr& instr);
  bool expectTag(PathState& s, const SymValue& value, ValueTag tag, const Instr& instr);
  z3::expr fresh(ValueTag tag, const std::string& prefix, NodeId id);
  Node& node(NodeId id) { return out_.nodes[static_cast<std::size_t>(id)]; }

  // Values (walker_values.cpp).
  bool execBasic(PathState& s, const Instr& instr);
  bool execUnary(PathState& s, const Instr& instr);
  bool execBinary(PathState& s, const Instr& instr);
  std::optional<z3::expr> integerOperation(PathState& s, const Instr& instr, ast::BinaryOperator op,
                                           const z3::expr& a, const z3::expr& b);
  static z3::expr bitwiseTerm(ast::BinaryOperator op, const z3::expr& a, const z3::expr& b);
  static z3::expr shiftTerm(ast::BinaryOperator op, const z3::expr& a, const z3::expr& b);
  static z3::expr shiftByConstant(ast::BinaryOperator op, const z3::expr& a, int c);
  bool execCompare(PathState& s, const Instr& instr, const SymValue& left, const SymValue& right);
  bool execIndex(PathState& s, const Instr& instr);
  bool execListSet(PathState& s, const Instr& instr);
  bool checkIndex(PathState& s, const Instr& instr, const SymValue& list, const SymValue& index);

  // Memory (walker_memory.cpp).
  LocationId allocate(const std::string& name, std::optional<SymValue> value);
  LocationShape shapeOf(LocationId location) const;
  ValueTable tableOf(LocationId location) const;
  z3::expr storedTerm(LocationId location, const SymValue& value) const;
  // Pushes the value whose code `code` is, one branch per value of `values`.
  bool forkOverCodes(PathState& s, const z3::expr& code, const std::vector<SymValue>& values);
  bool readShared(PathState& s, LocationId location, const Instr& instr);
  bool readScalar(PathState& s, LocationId location, ValueTag tag, const Instr& instr);
  bool readStructured(PathState& s, LocationId location, const Instr& instr);
  bool readScalarList(PathState& s, LocationId location, const LocationShape& shape,
                      const Instr& instr);
  bool readNothing(PathState& s, LocationId location, const Instr& instr);
  NodeId accessNode(PathState& s, NodeKind kind, LocationId location, const Instr& instr);
  bool checkHasWrite(PathState& s, NodeId read, LocationId location, const Instr& instr);
  bool finishAccess(PathState& s);
  bool writeShared(PathState& s, LocationId location, SymValue value, const Instr& instr);
  LocationId slotLocation(PathState& s, const Instr& instr);
  std::string slotName(const SymFrame& frame, std::int64_t slot) const;
  bool peekShared(PathState& s, LocationId location, const Instr& instr);
  bool execCell(PathState& s, const Instr& instr);
  bool cellInRange(PathState& s, const Instr& instr, const z3::expr& outOfRange);
  // On a path whose guard says `term` == `value`: the variables and operands holding `term`
  // hold `value`, so later accesses with that index do not fork again.
  static void pinTerm(PathState& s, const z3::expr& term, const z3::expr& value);
  // Runs `access(branch, location)` on the cell of the array at `base` (`cells` long) that
  // `index` names: one branch per cell a symbolic index may name, out of range a runtime error.
  template <class Access>
  bool onCell(PathState& s, const Instr& instr, std::int64_t base, const SymValue& index,
              Access access);

  // Atomics (walker_atomics.cpp).
  bool execAtomic(PathState& s, const Instr& instr);
  bool execFence(PathState& s, const Instr& instr);
  bool atomicAt(PathState& s, const Instr& instr, LocationId location,
                const std::vector<SymValue>& args);
  bool atomicEffect(PathState& s, const Instr& instr, NodeId id, LocationId location,
                    const SymValue& old, const std::vector<SymValue>& args, bool record);

  // Sync objects (walker_sync.cpp).
  bool execNewObject(PathState& s, const Instr& instr);
  bool execMethod(PathState& s, const Instr& instr);
  bool execDo(PathState& s, const Instr& instr);
  bool reentersOnce(const PathState& s, ObjectId object);
  bool execOnceFinish(PathState& s, const Instr& instr);
  bool objectOp(PathState& s, const Instr& instr, NodeKind kind, ObjectId object);
  bool errorOp(PathState& s, const Instr& instr, NodeKind kind, ObjectId object,
               const std::string& error);
  bool execAdd(PathState& s, const Instr& instr, ObjectId object, const SymValue& amount);
  bool execSend(PathState& s, const Instr& instr, ObjectId object, const SymValue& value);
  bool execRecv(PathState& s, const Instr& instr, ObjectId object);
  bool receiveStructured(PathState& s, const Instr& instr, ObjectId object,
                         const ValueTable& sends);
  bool objectIs(PathState& s, const Instr& instr, ObjectId object, ObjectInfo::Kind kind);
  ObjectInfo::Kind objectKindOf(ObjectId object) const;
  bool isMutex(PathState& s, const Instr& instr, ObjectId object);

  // Blocking forms of section 4b (walker_wait.cpp).
  bool execRwLock(PathState& s, const Instr& instr, ObjectId object, const SymValue& receiver);
  bool execLockResume(PathState& s, const Instr& instr);
  bool execCondWait(PathState& s, const Instr& instr, ObjectId cond, const SymValue& receiver,
                    const SymValue& mutex);
  bool execCondResume(PathState& s, const Instr& instr);
  bool execSignal(PathState& s, const Instr& instr, ObjectId cond, bool all);
  bool execNotify(PathState& s, const Instr& instr, LocationId location);
  bool blockOnWait(PathState& s, NodeId wait, const SymValue& old, const SymValue& expected);
  bool probeWait(PathState& s, const SymValue& old, const SymValue& expected);
  bool splitOnWaiting(PathState& s, const z3::expr& waits, const std::optional<SymValue>& operand);
  bool execAtomicWaitResume(PathState& s, const Instr& instr);
  ValueTable channelTable(ObjectId object) const;
  z3::expr sendTerm(ObjectId object, const SymValue& value) const;

  // Calls and threads (walker_calls.cpp, walker_threads.cpp).
  bool execCall(PathState& s, const Instr& instr);
  bool enterCall(PathState& s, const SymValue& callee, std::vector<SymValue> args,
                 const Instr& instr);
  SymFrame makeFrame(const SymValue& callee, std::vector<SymValue> args);
  bool execReturn(PathState& s, const Instr& instr);
  bool execMakeClosure(PathState& s, const Instr& instr);
  void recordInitCall(PathState& s, const CompiledBody& callee, const std::vector<SymValue>& args,
                      const Instr& instr);
  bool execGo(PathState& s, const Instr& instr);
  bool execJoin(PathState& s, const Instr& instr);
  bool execChooseRange(PathState& s, const Instr& instr);
  bool execChooseValues(PathState& s, const Instr& instr);

  // Await and final checks (walker_await.cpp).
  bool execAwait(PathState& s, const Instr& instr);
  void evaluate(PathState start, EvaluationCollector& collector);
  bool awaitCheck(PathState& s);
  bool sameFrames(const std::vector<EvaluationCollector::Outcome>& outcomes) const;

  // Read-after-own-write coherence (walker_own_writes.cpp).
  z3::expr ownWriteOf(const PathState& s, LocationId location) const;
  void noteOwnWrite(PathState& s, LocationId location, const z3::expr& when);
  bool excludeInitialAfterOwnWrite(PathState& s, LocationId location, const z3::expr& read,
                                   const z3::expr& wroteBefore);
  static bool sameSortTerms(const z3::expr& a, const z3::expr& b);

  // Pure spin loops as await-like groups (walker_spin.cpp).
  std::optional<LoopExtent> spinLoopAt(BodyId body, std::uint32_t start);
  bool startSpin(PathState& s, const Instr& instr);
  bool spinAfterFirstIteration(PathState& s, const Instr& instr);
  bool enterSpin(PathState& s, SpinContext spin);
  std::vector<SymValue> iterationSlots(const PathState& s, std::uint32_t iteration) const;
  z3::expr runLeftSlots(const PathState& s, const SpinContext& spin);
  void countChangedRun(const PathState& s, const z3::expr& changed, bool countNow);
  static void noteBlockedWait(PathState& s);
  std::int32_t probeSpin(const PathState& s, const SpinContext& spin);
  bool atSpinBoundary(PathState& s);
  bool leavesSpin(const PathState& s, const SpinContext& spin) const;
  SpinContext* spinIteration(PathState& s) const;
  bool countSpinIteration(PathState& s, SpinContext& spin, const Instr& instr);
  void noteSpinPoint(PathState& s, NodeId point);
  void noteSpinWrite(PathState& s, const z3::expr& when);
  bool spinProbeEffect(PathState& s);

  z3::context& context_;
  const CompiledProgram& program_;
  const StateData& initial_;
  const Bounds& bounds_;
  const WriteCandidates& previous_;
  const UnfoldBudget& limits_;
  Unfolding out_;
  std::vector<std::optional<SymValue>> initialValues_;  // per location
  WriteCandidates found_;
  std::deque<SpawnRequest> spawns_;
  std::optional<std::string> failure_;
  bool truncated_ = false;
  std::size_t budget_ = 0;
  std::map<std::pair<BodyId, std::uint32_t>, std::optional<LoopExtent>> spinLoops_;
  std::vector<std::vector<std::pair<SourcePosition, z3::expr>>> spinProbes_;
};

template <class Access>
bool Walker::onCell(PathState& s, const Instr& instr, std::int64_t base, const SymValue& index,
                    Access access) {
  if (!expectTag(s, index, ValueTag::Int, instr))
    return false;
  z3::expr i = index.term->simplify();
  if (!cellInRange(s, instr, i < 0 || i >= context_.int_val(instr.cells)))
    return false;
  std::int64_t at = 0;
  if (i.is_numeral_i64(at))
    return access(s, static_cast<LocationId>(base + at));
  return branch(s, static_cast<std::size_t>(instr.cells), [&](PathState& b, std::size_t k) {
    b.guard = (b.guard && i == context_.int_val(static_cast<std::int64_t>(k))).simplify();
    pinTerm(b, i, context_.int_val(static_cast<std::int64_t>(k)));
    return !b.guard.is_false() && access(b, static_cast<LocationId>(base + k));
  });
}

template <class Setup>
bool Walker::branch(PathState& s, std::size_t count, Setup setup) {
  for (std::size_t i = 0; i + 1 < count; ++i) {
    PathState copy = s;
    if (setup(copy, i))
      run(std::move(copy));
    if (failure_)
      return false;
  }
  return count > 0 && setup(s, count - 1);
}

}  // namespace initcheck::symbolic
