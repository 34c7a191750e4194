// The bounded program unfolded into events: the interface between the unfolder (a symbolic
// interpreter of the compiled bytecode, unfolder.hpp) and the encoder (encoder.hpp), which
// turns it into constraints for Z3 following Alglave, Kroening and Tautschnig, "Partial orders
// for efficient bounded model checking of concurrent software" (CAV 2013).
//
// Every thread instance (a declared thread, or the thread a `go` node may spawn) is unfolded
// into a tree of nodes: loops unrolled to `unroll`, calls inlined to `depth`, threads to the
// `threads` bound. A node's `guard` is the condition under which the thread's path, once it gets
// that far, reaches the node: a conjunction of branch conditions over data (values of reads,
// chosen values) and of outcome literals (a `do` wins or not, a cas succeeds or not). Sibling
// subtrees have mutually exclusive guards, so at most one root-to-leaf path is taken.
//
// How far a thread gets is not in the guards: an execution (or a prefix of one) runs, in every
// thread instance, a prefix of one path. The encoder decides the prefix (`active` literals) and
// the interleaving (one clock per step), and adds the rules that make them an execution.
//
// Steps and clocks. A point node (`point`) is one scheduling step of its thread, with its own
// clock in the interleaving. Every other node is private computation done inside a step:
// `step` names the point node whose clock it shares (for a spawned thread's code before its
// first point, the parent's Go node; for a declared thread's code before its first point, the
// thread's Start node, which is a schedule step only when `Instance::startIsStep`).
// An unbuffered Recv is a point node that, when a sender hands it a value, happens in the
// sender's step (same clock); a Recv that returns because the channel is closed is its own step.
//
// Values. Every read (and Recv) gets a fresh term (`value`) that the encoder ties with `==` to
// the write (send) it reads from, so terms of one location share one sort. Scalars (int, bool,
// string atom, none) are Int terms (bool: Bool). A list of one length whose items are scalars
// of one type is an array term. Any other value (closures, handles, object references, mixed
// lists) is an Int code: its index in the location's table of values written (sym_value.hpp);
// after the read the unfolder forks privately on the code.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parser/ast.hpp"
#include "runtime/bounds.hpp"
#include "runtime/memory_mode.hpp"
#include "runtime/trace_event.hpp"
#include "sema/directives.hpp"
#include "support/source_position.hpp"

namespace initcheck::symbolic {

using NodeId = std::int32_t;
using InstanceId = std::int32_t;
using LocationId = std::int32_t;
using ObjectId = std::int32_t;
constexpr NodeId kNoNode = -1;
constexpr NodeId kInitialWrite = -2;  // the source of a read of the location's initial value
// How the message of a construct the engine does not encode begins (then what, " at L:C").
constexpr const char* kUnsupported = "unsupported: ";

enum class NodeKind {
  // Points: one scheduling step each.
  Start,       // a declared thread's first step when it starts at its beginning
  Read,        // read of a shared (non-atomic, or atomic read by plain access) location
  Write,       // write of a shared location
  Atomic,      // load / store / swap / cas / add on an atomic location, at one instant
  OnceDo,      // o.do(f): `outcome` true = this caller runs f (OnceEnter), false = skip
  OnceFinish,  // f returned: o is done (in the subtree of the winning OnceDo)
  Lock,
  Unlock,
  WgAdd,  // add(n) and done() (= add(-1)); `amount`
  WgWait,
  Send,
  Recv,
  Close,
  Go,    // spawns `spawned`
  Join,  // waits for `target`
  Choose,
  Await,  // the condition held at this step (its reads are AwaitRead nodes)
  Fence,  // fence(order): `order`
  Step,   // a step that fails at once (an array index out of range): a Halt follows
  // Section 4b (encode_rwmutex.cpp, encode_wakeups.cpp). A Lock on a rwmutex is its lock
  // request; when `waits` (it found readers) a LockResume point takes the lock later.
  LockResume,
  RLock,
  RUnlock,
  CondWait,    // cv.wait(m): unlocks `mutex` and joins the cond's waiters (errorLiteral)
  CondWake,    // after a signal or broadcast woke it, relocks `mutex`
  Signal,      // signal (`wakesAll` false) or broadcast
  Notify,      // notify_one or notify_all (`wakesAll`) on `location`
  AtomicWake,  // a blocked a.wait(v) returns: a notify woke it (the wait is its previous step)
  // Private nodes: inside the step of `step`.
  AwaitRead,  // a read made while evaluating an await condition (or, when `probe`, while
              // re-evaluating it over the final values: see Node::probeReads)
  Label,      // a labelled statement starts (`label`)
  InitCall,   // a call of an `init func` begins (`function`, `arguments`)
  Exit,       // the thread has finished (the last node of a finished path)
  Halt,       // the execution ends here (`halt`)
};

enum class HaltKind {
  Assertion,     // assert false
  RuntimeError,  // `runtimeErrorKind` says which; `violationPosition` where
  NoWrite,       // init_before_use: a read of a location no write has reached yet
  Cut,           // a bound (`cut`) cut the execution
  Discard,       // assume false or choose from an empty range: dropped silently
};

// How a node's outcome literal (`outcome`) must be defined by the encoder.
// OnceDo:  outcome <=> no other active OnceDo on the same object has a smaller clock.
// Atomic cas: the unfolder defines it itself (old == expected); the encoder leaves it alone.
// Read of a monitored location (`monitored`): `hasWrite` <=> some active write (or the initial
//   value) of the location has a smaller clock. The read's continuation is guarded by it; the
//   NoWrite Halt sibling by its negation.
// Unlock: `errorLiteral` <=> the mutex is not locked at the node's clock (a rwmutex: not
//   write-locked). RUnlock: <=> no reader holds it. CondWait: <=> this thread does not hold m.
// Lock of a rwmutex: `waits` <=> readers hold it at the node's clock.
// Atomic wait: `notifiedBefore` <=> a write later in mo than the one read happens before an
//   earlier notify on the location (runtime/wait_notify.cpp).
// WgAdd:  `errorLiteral` <=> the counter (sum of the amounts of active WgAdd nodes of the group
//   with smaller or equal clock) is negative after this node.
// Send:   `errorLiteral` <=> an active Close of the channel has a smaller clock.
// Close:  `errorLiteral` <=> another active Close of the channel has a smaller clock.
// Recv:   `closedZero` <=> this recv returns because the channel is closed and drained; then
//   `value` is the zero value `zeroValue`, else the value of the matching send (FIFO: the k-th
//   recv of a channel gets the k-th send).
// Go:     `errorLiteral` <=> the threads bound cuts this go: 1 + the number of instances alive
//   (started: declared, or spawned by an active Go with smaller clock; and not finished: no
//   active Exit with a smaller clock) at the Go's clock exceeds the `threads` bound. The Halt
//   Cut(threads) sibling is guarded by it, the spawn by its negation.

struct Node {
  explicit Node(z3::context& context) : guard(context.bool_val(true)) {}

  NodeId id = kNoNode;
  InstanceId instance = 0;
  NodeId parent = kNoNode;  // previous node of the same instance on the path (kNoNode: root)
  std::uint32_t depth = 0;  // number of ancestors
  // The thread's vector-clock counter at this node, as the explicit semantics numbers it: a
  // point's counter, or for private nodes the counter after their step's point (strictly
  // between two points). Happens-before compares these (see Encoder).
  std::uint32_t counter = 0;
  NodeKind kind = NodeKind::Halt;
  bool point = false;
  NodeId step = kNoNode;  // the point whose clock this node shares (itself for points)
  z3::expr guard;
  SourcePosition position;

  // Accesses: Read, Write, Atomic, AwaitRead.
  LocationId location = -1;
  bool reads = false;
  bool writes = false;
  std::optional<z3::expr> value;       // read: the value read; write: the value written
  std::optional<z3::expr> written;     // Atomic: the value stored (when `writeGuard` holds)
  std::optional<z3::expr> writeGuard;  // Atomic: when it stores (cas: its success)
  ast::MemoryOrder order = ast::MemoryOrder::SeqCst;  // Atomic, Fence
  // Atomic cas and cmpxchg: the order of a failed one (a load; `outcome` false), which may
  // acquire (or be seq_cst) when `order` does not, or the other way round.
  std::optional<ast::MemoryOrder> failureOrder;
  bool probe = false;                // AwaitRead of a probe: reads the final value
  std::optional<z3::expr> hasWrite;  // monitored reads (see above)
  // AwaitRead of a probe of an RMW (swap, add, fetch_*, cas): when it would store (cas: when it
  // would succeed). Under RC11 such a read cannot take a write another RMW already read.
  std::optional<z3::expr> probeStores;

  // Sync objects: OnceDo, OnceFinish, Lock, Unlock, WgAdd, WgWait, Send, Recv, Close.
  ObjectId object = -1;
  std::optional<z3::expr> outcome;       // OnceDo (see above); Atomic cas: succeeded
  std::optional<z3::expr> errorLiteral;  // Unlock, WgAdd, Send, Close, Go (see above)
  std::optional<z3::expr> closedZero;    // Recv
  std::optional<z3::expr> zeroValue;     // Recv: the zero value of the channel's element type
  std::optional<z3::expr> amount;        // WgAdd
  std::vector<NodeId> finishes;          // OnceDo: the OnceFinish nodes of its f (winner)

  // Await: the condition over the probe reads (AwaitRead nodes with `probe`, evaluated on the
  // final values): a thread stopped at this Await is blocked iff it is false.
  std::optional<z3::expr> probeCondition;
  // Await: when the step can happen at its clock: some sub-path of the real evaluation finds the
  // condition true, or fails (a runtime error ends the execution in that step).
  std::optional<z3::expr> awaitCondition;
  std::vector<NodeId> awaitReads;  // the AwaitRead nodes of this step (probe and real)

  // Section 4b. Atomic `a.wait(v)`: an Atomic load with `waitsFor` = v; when it read v, the
  // literal `notifiedBefore` says a notify had already answered a newer write (it returns at
  // once), else an AtomicWake follows. A rwmutex Lock: `waits` <=> it found readers.
  std::optional<z3::expr> waitsFor;
  std::optional<z3::expr> notifiedBefore;
  std::optional<z3::expr> waits;
  ObjectId mutex = -1;    // CondWait, CondWake
  bool wakesAll = false;  // Signal (broadcast), Notify (notify_all)

  // Threads: Go, Join.
  InstanceId spawned = -1;  // Go
  InstanceId target = -1;   // Join

  // Choose: the chosen value is `value`; the unfolder guards the continuation with its range
  // (and a Discard Halt sibling with the range's emptiness). For the schedule's choice index:
  std::optional<z3::expr> low;  // ChooseRange: choice = value - low
  // Choose: the value is one of the choices (the paths after it have it in their guards; a
  // thread that stops right after the choose needs it too, for the witness).
  std::optional<z3::expr> chosenValid;
  std::vector<z3::expr> choices;  // ChooseValues: choice = the first index whose value equals

  // Label, InitCall.
  ast::SymbolId label = ast::kUnresolved;
  ast::SymbolId function = ast::kUnresolved;  // the init func's symbol
  std::vector<z3::expr> arguments;            // flattened: equal tuples <=> equal vectors of terms
  std::string argumentsShape;                 // tuples of different shapes are never equal

  // Halt.
  HaltKind halt = HaltKind::Discard;
  BoundKind cut = BoundKind::Unroll;
  std::string runtimeErrorKind;
};

struct Instance {
  InstanceId id = 0;
  std::string name;                     // "main", or the spawn's base name ("f", "go")
  std::optional<std::size_t> declared;  // index among declared threads
  NodeId spawnedBy = kNoNode;           // the Go node (spawned instances)
  NodeId root = kNoNode;                // first node (kNoNode: empty body, finishes at once)
  bool startIsStep = false;             // declared: the Start node is a schedule step
  std::vector<NodeId> exits;            // its Exit nodes
};

struct LocationInfo {
  std::string name;
  bool atomic = false;
  bool monitored = false;                // init_before_use applies
  std::optional<z3::expr> initialValue;  // set: there is an initial value (rf: kInitialWrite)
  bool hasInitialValue = false;          // starts with a value (= initialValue.has_value())
};

struct ObjectInfo {
  enum class Kind {
    Once,
    Mutex,
    WaitGroup,
    Channel,
    RwMutex,
    RecursiveMutex,
    Cond
  } kind = Kind::Once;
  std::string name;
  std::int64_t capacity = 0;  // channels
};

// A `final e` check or an `exactly_once`: what the encoder needs at the end of an execution.
struct FinalCheck {
  PropertyCheck check;
  // final e: the condition over the final values (AwaitRead-like probe nodes in `probeReads`).
  std::optional<z3::expr> condition;
  std::vector<NodeId> probeReads;
};

// A pure spin loop encoded as one await-like group (GenMC's spin-assume; walker_spin.cpp): the
// thread's path only goes on where an iteration leaves the loop, and a thread stopped right
// before the iteration's first point (`point`) is blocked in the spin at a `while` position
// when an iteration over the final values goes round again there (`blockedIn`, per position:
// an outer spin's iteration may go round in a nested one).
struct SpinWait {
  NodeId point = kNoNode;
  std::vector<std::pair<SourcePosition, z3::expr>> blockedIn;
};

struct Unfolding {
  std::vector<Node> nodes;          // indexed by NodeId; parents before children
  std::vector<Instance> instances;  // declared threads first, in declaration order
  std::vector<LocationInfo> locations;
  std::vector<ObjectInfo> objects;
  std::vector<FinalCheck> finals;  // `final` checks, in source order
  std::vector<SpinWait> spinWaits;
  std::vector<PropertyCheck> checks;  // every check of the spec
  // Per entry of `checks` (or empty): exactly_once(f(args))'s literal arguments as terms, as
  // InitCall::arguments would hold them (strings as atoms). Without it the encoder converts
  // int and bool literals itself and never matches a string literal.
  std::vector<std::vector<z3::expr>> checkArguments;
  Bounds bounds;
  // How memory behaves (runtime/memory_mode.hpp), as the explicit executor decides it.
  MemoryMode memory = MemoryMode::Sc;
};

}  // namespace initcheck::symbolic
