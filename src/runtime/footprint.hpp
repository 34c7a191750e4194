// What one step of a thread touches, for partial-order reduction (issue 4): the shared
// resources its scheduling point reads or writes. Two steps of different threads are
// dependent when they touch a common resource and at least one of them writes it; independent
// steps commute (either order gives the same state and neither disables the other).
//
// The private code after a point touches no shared state, except bookkeeping that commutes
// (call counts of init funcs, label epochs per thread), so a step's footprint is its point's:
// - a read of a shared location or an atomic load reads the location; a write, store, swap,
//   cas or add writes it;
// - o.do on a done once reads the once (such calls commute); any other once, mutex, waitgroup
//   or channel operation writes its object, except waitgroup wait, which reads it;
// - go writes the thread table (spawned ids depend on the order of spawns); join t reads t's
//   exit, and the step that finishes t writes it and reads the table (whether a go is cut by
//   the threads bound depends on how many threads are alive);
// - a step that ends the whole execution (assertion, runtime error, cut, assume false) writes
//   Halt, which every step reads: it is dependent with everything;
// - await reads (or, for its atomic RMWs, writes) the locations its condition evaluates;
// - choose touches nothing shared (it reads its own ThreadLocal resource).
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>

#include "runtime/trace_event.hpp"

namespace initcheck {

// ThreadLocal (id = the thread) is what a step touching nothing shared (choose) reads: no other
// thread's step conflicts with it, but Halt still does. A footprint is empty only for a thread
// that has finished.
enum class ResourceKind : std::uint8_t {
  Location,
  Object,
  ThreadExit,
  ThreadTable,
  Halt,
  ThreadLocal,
  // RC11's psc (runtime/psc.hpp): seq_cst accesses and fences, and with seq_cst fences in the
  // program every memory access, write it: which values they may read depends on its order.
  SeqCstOrder
};
enum class AccessMode : std::uint8_t { Read, Write };

// What an access does to its resource, for pairs that can never be enabled together (Flanagan
// and Godefroid's "may be co-enabled"): an unlock and another thread's lock of the same mutex,
// a once's finish and another thread's waiting do, a thread's exit and a join of it.
enum class AccessRole : std::uint8_t { Plain, Lock, Unlock, OnceDo, OnceFinish, Join, Exit };

struct Access {
  ResourceKind kind = ResourceKind::Location;
  std::uint32_t id = 0;  // location, object or thread id (0 for the table and Halt)
  AccessMode mode = AccessMode::Read;
  AccessRole role = AccessRole::Plain;

  bool operator==(const Access&) const = default;
  auto operator<=>(const Access&) const = default;
};

// Most steps touch one resource: the accesses live inline (Boost.Container's small_vector, so
// the search's inner loop does not allocate for them). `readBits` and `writeBits` hash the
// resources into 64 bits each, so most independent pairs are told apart without a loop.
struct Footprint {
  boost::container::small_vector<Access, 2> accesses;
  std::uint64_t readBits = 0;
  std::uint64_t writeBits = 0;
  bool halts = false;  // touches Halt: dependent with everything

  Footprint() = default;
  Footprint(const Footprint&) = default;
  Footprint& operator=(const Footprint&) = default;
  // small_vector's moves do not allocate (they take the buffer or copy the inline elements) but
  // are not declared noexcept; declaring them so lets vectors of frames and events relocate
  // by moving instead of copying every footprint.
  Footprint(Footprint&&) noexcept = default;
  Footprint& operator=(Footprint&&) noexcept = default;

  void add(Access access);
  bool empty() const { return accesses.empty(); }
  bool operator==(const Footprint& other) const { return accesses == other.accesses; }
};

// True when the two steps (of different threads) do not commute.
bool dependent(const Footprint& a, const Footprint& b);
// False only for dependent pairs that can never both be enabled in one state (see AccessRole).
bool mayBeCoEnabled(const Footprint& a, const Footprint& b);

}  // namespace initcheck
