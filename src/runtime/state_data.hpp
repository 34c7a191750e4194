// The contents of a state: threads with their frames and clocks, shared memory with its race
// and init_before_use metadata, objects, and the monitors' counters. Plain values: copying one
// is a snapshot, and == / hash cover everything that affects the future.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/execution_log.hpp"
#include "runtime/modification_order.hpp"
#include "runtime/objects.hpp"
#include "runtime/state.hpp"
#include "runtime/trace_event.hpp"
#include "runtime/value.hpp"
#include "runtime/vector_clock.hpp"
#include "sema/symbol_table.hpp"
#include "support/cow_vector.hpp"

namespace initcheck {

struct Frame {
  BodyId body = kNoBody;
  std::uint32_t pc = 0;
  std::vector<Value> slots;
  std::vector<Value> stack;
  bool operator==(const Frame&) const = default;
};

// A thread blocked in `a.wait(v)` (v2 section 4b, C++20 [atomics.wait]): it read write X of
// location `location`; a notify N on it wakes the thread when some write later than X in mo
// happens-before N. `writesAfter[u]` is the clock counter of thread u's first such write (0:
// none), so "happens-before N" is `writesAfter[u] <= N's clock[u]` for some u.
struct AtomicWaiting {
  std::int64_t location = 0;
  WriteId read = 0;  // X (under rc11; 0 under sc)
  std::vector<std::uint32_t> writesAfter;
  bool woken = false;  // a notify woke it: AtomicWaitResume may run
  bool operator==(const AtomicWaiting&) const = default;
};

// A spin (LANGUAGE.md section 5, livelock): a `while` iteration that reads shared state and
// changes nothing, not even the thread's own variables. The thread tracks its innermost loop's
// current iteration; when one ends as a spin, the thread waits (like `await`) until some
// location the spin read has a newer write, and the next iteration reads at least that new.
struct SpinRead {
  std::int64_t location = 0;
  Value value;        // what the spin read (sc: the block lasts while the value is this)
  WriteId write = 0;  // the write it read, when the location has an RC11 history
  bool hasHistory = false;
  SourcePosition position;
  bool operator==(const SpinRead&) const = default;
};

struct SpinState {
  BodyId body = kNoBody;  // the loop: its LoopIteration instruction in this frame
  std::uint32_t pc = 0;
  std::uint32_t end = 0;  // the first instruction after the loop
  std::size_t depth = 0;
  SourcePosition loop;
  std::vector<Value> slots;  // the frame's variables when the iteration began
  bool pure = true;          // only reads so far
  std::vector<SpinRead> reads;
  bool blocked = false;  // the last iteration was a spin: wait (at LoopIteration) for a change
  bool resumed = false;  // woken: the next LoopIteration begins an iteration, uncounted
  std::vector<SpinRead> floors;  // after waking: reads return writes newer than these
  bool operator==(const SpinState&) const = default;
};

struct ThreadState {
  std::string name;
  std::vector<Frame> frames;
  bool finished = false;
  VectorClock clock;
  // `@b` statements awaiting their happens_before check (after this thread's next point).
  std::vector<std::pair<SymbolId, SourcePosition>> pendingLabels;
  // Fences (LANGUAGE.md section 4a): the clock at the last release fence, which later relaxed
  // writes carry; what relaxed reads read from release sequences, which an acquire fence joins.
  VectorClock releaseFence;
  VectorClock pendingAcquire;
  PoTracker poTracker;                      // only while a log of seq_cst accesses is kept
  std::optional<AtomicWaiting> atomicWait;  // blocked in `a.wait(v)` until woken
  // The iterations of the while loops the thread is in, innermost last; only the innermost
  // may be waiting (`blocked`).
  std::vector<SpinState> spins;
  bool operator==(const ThreadState&) const = default;
};

// One access for race detection: the accessing thread's epoch and where.
struct AccessRecord {
  Epoch epoch;
  SourcePosition position;
  bool operator==(const AccessRecord&) const = default;
};

struct Location {
  Value value;
  bool written = false;
  std::string name;
  bool atomic = false;
  bool monitored = false;               // init_before_use applies
  std::vector<AccessRecord> lastRead;   // per thread
  std::vector<AccessRecord> lastWrite;  // per thread
  std::vector<Epoch> firstWrite;        // per thread, for init_before_use
  VectorClock releaseClock;             // atomics: the release sequence the value belongs to
  // Under RC11 (runtime/memory_mode.hpp): the writes some thread may still read, in mo, and
  // the reads some thread may still learn of; `value` is the latest write's. Empty under sc.
  ModificationOrder history;
  // Atomics that are notified (v2 section 4b): the join of every notify's clock so far, for a
  // wait that reads an older write after the notify (it then does not block at all).
  VectorClock notifyClock;
  bool operator==(const Location&) const = default;
};

struct StateData {
  CowVector<ThreadState> threads;  // copies share the threads and locations not written
  CowVector<Location> locations;
  CowVector<SyncObject> objects;                       // shared likewise until written
  std::map<std::string, std::int64_t> callCounts;      // "f(args)" and "f" -> calls so far
  std::map<SymbolId, std::vector<Epoch>> labelEpochs;  // label -> first execution per thread
  std::map<std::string, std::int64_t> spawnCounts;     // thread name -> spawned so far
  bool halted = false;  // the execution ended or was cut here: no thread may step
  // The execution so far, for psc (runtime/execution_log.hpp); only under MemoryMode::Rc11
  // in a program with seq_cst accesses or fences.
  std::vector<LoggedEvent> log;
  bool fullLog = false;  // every event (seq_cst fences), or only seq_cst accesses
  bool operator==(const StateData&) const = default;
  std::size_t hash() const;
};

}  // namespace initcheck
