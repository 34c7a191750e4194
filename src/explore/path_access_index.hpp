// The events of the DPOR's current path indexed by the shared resource they access
// (runtime/footprint.hpp), so that a step's happens-before join and the race scan for a thread's
// next step visit only the events that conflict with it, not the whole path: each step costs
// time in the number of conflicting events since the last write that orders them, not in the
// depth of the path.
//
// Why the stops are sound: every event's clock joins the clocks of all earlier events it
// conflicts with (dpor_search.cpp, makeEvent), and a thread's clocks only grow. So the last
// write to a resource happens after every earlier access to it: for the join, a write needs
// the last write and the reads since (the latest read per thread), a read the last write; and a
// backward scan over a resource's accesses can stop at a write that happens before the thread's
// current point, since everything earlier happens before that write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "runtime/footprint.hpp"

namespace initcheck {

class PathAccessIndex {
 public:
  struct Entry {
    std::uint32_t event = 0;  // index in the path
    ThreadId thread = 0;
    bool writes = false;
    std::int32_t previousWrite = -1;  // position in the resource's entries of the write before
  };

  // Appends event `event` of `thread` (the path's newest) under each resource it accesses.
  void push(std::uint32_t event, ThreadId thread, const Footprint& footprint);
  // Removes the path's newest event, which `footprint` is the footprint of.
  void pop(const Footprint& footprint);

  // The resource's accesses on the path, oldest first (empty when none).
  const std::vector<Entry>& accessesOf(const Access& access) const;
  // The position of the last write among a resource's accesses (-1: none).
  static std::int32_t lastWrite(const std::vector<Entry>& entries);
  // Events that touch Halt (dependent with everything), oldest first.
  const std::vector<std::uint32_t>& haltingEvents() const { return halting_; }

 private:
  static std::uint64_t keyOf(const Access& access);

  std::unordered_map<std::uint64_t, std::vector<Entry>> byResource_;
  std::vector<std::uint32_t> halting_;
  std::vector<Entry> none_;
};

}  // namespace initcheck
