// The compiled form of a checked spec: one bytecode body per function, thread, closure and go
// block, run on an operand stack with local slots. Instructions marked as scheduling points
// (see isSchedulingPoint) are where a thread is poised between steps.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sema/directives.hpp"
#include "sema/symbol_table.hpp"
#include "support/source_position.hpp"

namespace initcheck {

enum class Op : std::uint8_t {
  PushInt,     // a = value
  PushBool,    // a = 0/1
  PushString,  // a = atom
  PushNone,
  PushFunc,        // a = body of a declared function
  LoadLocal,       // a = slot (private)
  StoreLocal,      // a = slot (private)
  LoadRaw,         // a = slot: the location reference itself (for by-reference captures)
  NewShared,       // a = slot: fresh shared location holding the popped value
  NewSharedEmpty,  // a = slot: fresh unwritten shared location
  LoadShared,      // a = slot holding a location; point
  StoreShared,     // a = slot holding a location; point
  LoadGlobal,      // a = location; point
  PeekShared,      // a = slot holding a location: an object variable (never reassigned); private
  PeekGlobal,      // a = location of an object global (never reassigned); private
  StoreGlobal,     // a = location; point
  Pop,
  Unary,        // a = ast::UnaryOperator
  Binary,       // a = ast::BinaryOperator
  Jump,         // a = target
  JumpIfFalse,  // a = target; pops
  MakeList,     // a = count
  Index,
  ListSet,  // stack: index, value, list -> new list
  Len,
  Append,
  MakeClosure,  // a = body; stack: capture values in the body's capture order
  Call,         // a = argument count; stack: callee, args
  Return,       // pops the result
  NewObject,    // a = ast::TypeKind, b = channel capacity, c = name atom
  Method,       // a = MethodKind, b = argument count; point
  Atomic,       // a = AtomicKind, b = location, c = ast::MemoryOrder; point
  OnceFinish,   // point: the once's function returned
  Go,           // a = argument count; point; pushes the handle
  Join,         // point; pops the handle
  Assert,       // a = message atom or -1
  Assume,
  AwaitBegin,     // point: evaluates the condition atomically
  AwaitCheck,     // pops the condition
  ChooseRange,    // point
  ChooseValues,   // a = count; point
  Label,          // a = label symbol
  LoopStart,      // a = counter slot
  LoopIteration,  // a = counter slot, b = the loop's end: cut beyond the unroll bound
  Fence,          // a = ast::MemoryOrder; point
  Halt,           // end of a final-condition body
  // v2 section 4b. Cells of an array global: a = the first cell's location, cells = N; the
  // index is on the stack (under the value for StoreCell); out of range is a runtime error.
  LoadCell,          // point
  StoreCell,         // point
  PeekCell,          // an object cell (never reassigned); private
  AtomicWaitResume,  // point after Atomic(Wait): enabled once a notify woke the thread
  CondResume,        // point after Method(CondWait): woken, and the mutex free: relock it
  // Point after every Method(Lock): a rwmutex's lock that found readers announced itself
  // (blocking new readers, as in Go) and takes the lock here once they are gone; every other
  // lock skips it.
  LockResume,
};

enum class MethodKind : std::uint8_t {
  Do,
  Lock,
  Unlock,
  Add,
  Done,
  Wait,
  Send,
  Recv,
  Close,
  RLock,      // rwmutex
  RUnlock,    // rwmutex
  CondWait,   // cond: `cv.wait(m)`; leaves the cond and the mutex for CondResume
  Signal,     // cond
  Broadcast,  // cond
};
enum class AtomicKind : std::uint8_t {
  Load,
  Store,
  Swap,
  Cas,
  Add,
  Cmpxchg,  // returns the value read
  FetchAdd,
  FetchSub,
  FetchAnd,
  FetchOr,
  FetchXor,
  Wait,  // `a.wait(v)`: returns at once when a != v, else AtomicWaitResume follows
  NotifyOne,
  NotifyAll,
};

struct Instr {
  Op op = Op::Pop;
  std::int64_t a = 0;
  std::int64_t b = 0;
  std::int64_t c = 0;
  SourcePosition position;
  // Atomic: the failure order of a cas or cmpxchg plus one (0: derived from the success order
  // as C++ does).
  std::int64_t failure = 0;
  // Atomic and the *Cell ops on an array: its N (the index is on the stack); 0 otherwise.
  std::int64_t cells = 0;
};

bool isSchedulingPoint(Op op);
// Control flow, calls, threads, await, choose, assert/assume, labels and loop bounds (the
// executor's and the unfolder's execControl); every other op computes values or touches memory.
bool isControlOp(Op op);
// How many operands an atomic method pops besides its location: load and notify 0, cas and
// cmpxchg 2, the others 1.
int atomicArgumentCount(AtomicKind kind);
// The int operator of add and fetch_add/sub/and/or/xor (Add for any other kind).
ast::BinaryOperator fetchOperator(AtomicKind kind);
// Whether the atomic writes when it succeeds (everything but load, wait and notify).
bool atomicWrites(AtomicKind kind);
// The failure order of a cas or cmpxchg instruction (C++'s rule when none was written).
ast::MemoryOrder failureOrderOf(const Instr& instr);
// Memory orders that acquire (acquire, acq_rel, seq_cst) and release (release, acq_rel,
// seq_cst): what happens-before an atomic adds (LANGUAGE.md section 4).
bool acquiresOrder(ast::MemoryOrder order);
bool releasesOrder(ast::MemoryOrder order);

struct CompiledBody {
  BodyId id = kNoBody;
  std::string name;  // function or thread name; "go" for closures and go blocks
  bool isInit = false;
  SymbolId symbol = kUnresolved;
  SourcePosition position;
  std::vector<Instr> code;
  std::size_t slotCount = 0;
  std::vector<std::string> slotNames;  // the variable of each slot ("" for hidden ones)
  std::vector<std::size_t> parameterSlots;
  std::vector<bool> parameterShared;
  std::vector<std::size_t> captureSlots;  // one per capture, in the Body's capture order
  std::vector<bool> captureIsSharedCopy;  // a by-value copy that is itself a shared location
};

// What the memory model needs to know of a program before running it (runtime/memory_mode.hpp):
// which orders its atomics and fences use.
struct AtomicsUsed {
  bool weakOrders = false;      // an atomic operation not seq_cst, or any fence
  bool seqCstAccesses = false;  // a seq_cst atomic operation
  bool seqCstFences = false;    // fence(seq_cst)
  bool fences = false;          // any fence
};

// A global's location: globals occupy locations 0..n-1.
struct GlobalInfo {
  SymbolId symbol = kUnresolved;
  std::string name;
  bool atomic = false;
  bool monitored = false;  // init_before_use applies
  std::int64_t cell = -1;  // a cell of an array global: its index (the name is "xs[i]")
  std::optional<ast::TypeKind> objectKind;
  std::int64_t channelCapacity = 0;
};

class CompiledProgram {
 public:
  std::vector<CompiledBody> bodies;  // indexed by BodyId; final conditions appended after
  std::vector<GlobalInfo> globals;
  std::vector<BodyId> threads;     // declared threads in order
  std::vector<std::string> atoms;  // string atoms (literals, object names, messages)
  CompiledBody globalInit;         // evaluates global initializers
  std::vector<std::pair<PropertyCheck, BodyId>> finals;
  std::vector<PropertyCheck> checks;
  AtomicsUsed atomicsUsed;
  std::map<SymbolId, std::int64_t> globalLocation;  // global symbol -> location
  // The name of each check's target and labels (the program keeps no pointer into the symbol
  // table, which may move after compilation).
  std::map<SymbolId, std::string> targetNames;
  // Per global (by name; an array's cells share it): the integer constants stored into it or
  // compared with it, for traces (constant_names.cpp).
  std::map<std::string, std::set<std::pair<std::int64_t, std::string>>> constantNames;

  std::int64_t atom(const std::string& text);
  const std::string& atomText(std::int64_t id) const {
    return atoms.at(static_cast<std::size_t>(id));
  }

 private:
  std::map<std::string, std::int64_t> atomIds_;
};

// The constant that names `value` in `location` (a global, or a cell `xs[i]` of an array), if
// exactly one does: see constantNames.
std::optional<std::string> constantNaming(const CompiledProgram& program,
                                          const std::string& location, std::int64_t value);

// Which orders the program's atomics and fences use (final conditions and global initializers
// do not count: they run with every thread finished or before any starts).
AtomicsUsed atomicsUsedBy(const CompiledProgram& program);

// Compiles a checked file (see compiler.cpp).
CompiledProgram compileProgram(const ast::File& file, const SymbolTable& symbols,
                               const SpecDirectives& directives);

}  // namespace initcheck
