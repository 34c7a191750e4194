// The path's events by resource (path_access_index.hpp).
#include "explore/path_access_index.hpp"

namespace initcheck {

std::uint64_t PathAccessIndex::keyOf(const Access& access) {
  return static_cast<std::uint64_t>(access.kind) << 32 | access.id;
}

std::int32_t PathAccessIndex::lastWrite(const std::vector<Entry>& entries) {
  if (entries.empty())
    return -1;
  return entries.back().writes ? static_cast<std::int32_t>(entries.size()) - 1
                               : entries.back().previousWrite;
}

void PathAccessIndex::push(std::uint32_t event, ThreadId thread, const Footprint& footprint) {
  if (footprint.halts)
    halting_.push_back(event);
  for (const Access& access : footprint.accesses) {
    std::vector<Entry>& entries = byResource_[keyOf(access)];
    entries.push_back(Entry{event, thread, access.mode == AccessMode::Write, lastWrite(entries)});
  }
}

void PathAccessIndex::pop(const Footprint& footprint) {
  if (footprint.halts)
    halting_.pop_back();
  for (const Access& access : footprint.accesses) {
    byResource_.find(keyOf(access))->second.pop_back();  // kept when empty: it comes back
  }
}

const std::vector<PathAccessIndex::Entry>& PathAccessIndex::accessesOf(const Access& access) const {
  auto found = byResource_.find(keyOf(access));
  return found == byResource_.end() ? none_ : found->second;
}

}  // namespace initcheck
