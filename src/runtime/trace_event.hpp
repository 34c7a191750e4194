// One line of a counterexample (LANGUAGE.md section 8): which thread did what, where, with
// which values. A step of the semantics produces one or more events.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/vector_clock.hpp"
#include "support/source_position.hpp"

namespace initcheck {

using ThreadId = std::uint32_t;

enum class EventKind {
  Read,        // shared location read: "read value = 42"
  Write,       // shared location write: "write name = \"c\""
  AtomicOp,    // load/store/swap/cas/add with order and values
  OnceEnter,   // first caller of o.do starts f
  OnceSkip,    // o.do returns at once: already done
  OnceWait,    // o.do blocks: f is running in another thread
  OnceFinish,  // f returned: o is done
  Lock,
  Unlock,
  WaitGroupAdd,
  WaitGroupWait,
  Send,
  Receive,
  Close,
  Spawn,  // "spawn f#1" / "spawn go#2"
  Join,
  ThreadEnd,
  InitCall,  // call of an init func: "call initConfig(\"c\") (3rd call with these arguments)"
  Choose,    // "choose 2 from 0..3"
  Assume,
  Await,
  Fence,  // "fence(release)"
  // v2 section 4b
  AtomicWait,  // "a.wait(0): a = 0, blocks" / "a.wait(0): a = 1, returns"
  Notify,      // "a.notify_one(): wakes go#2" / "... wakes nobody"
  Wake,        // "a.wait(0) returns: woken by notify" / "cv.wait(m) woken: relock m"
  CondWait,    // "cv.wait(m): unlock m and block"
  Signal,      // "cv.signal(): wakes t2" / "cv.broadcast(): wakes t2, t3"
  RLock,
  RUnlock,
  Assert,
  Label,  // a labelled statement executed (for happens_before)
  Other,
};

// What an event does to the shared variable it names: reads-from edges come from these.
enum class MemoryEffect { None, Read, Write, ReadWrite };

// A write in a location's modification order (runtime/modification_order.hpp), as traces name
// it: the location and the write's id there.
struct WriteRef {
  std::string location;
  std::uint64_t id = 0;  // runtime/modification_order.hpp's WriteId
  bool operator==(const WriteRef&) const = default;
};

// What an event did under RC11 (LANGUAGE.md section 4a), for traces that explain weak
// behaviour; empty under the sc model and for events that touch no RC11 history.
struct MemoryOrderFacts {
  std::optional<WriteRef> wrote;       // the write this event made
  std::vector<WriteRef> placedBefore;  // writes already made that mo puts after it
  std::optional<WriteRef> readFrom;    // the write this event read
  bool readInitial = false;            // ... the location's initial value
  std::vector<WriteRef> notSeen;       // writes newer in mo than the one read (a stale read)
  bool empty() const { return !wrote && !readFrom; }
};

struct TraceEvent {
  ThreadId thread = 0;
  std::string threadName;  // "main", "f#2", "go#1"
  SourcePosition position;
  EventKind kind = EventKind::Other;
  std::string action;  // the whole description with values, ready to print
  // The shared variable, sync object or other thread the event acts on ("config", "mu", "go#1");
  // empty for thread-local events (choose, assert, label, end of thread).
  std::string object;
  MemoryEffect memory = MemoryEffect::None;
  // The thread's vector clock just after the event, recorded only when the step was traced
  // (Semantics::tracedStep, as counterexample replay does); empty otherwise. Happens-before
  // and synchronizes-with edges between trace events are read off these.
  VectorClock clock;
  MemoryOrderFacts rc11;
};

}  // namespace initcheck
