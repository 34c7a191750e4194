// The dependency relation of partial-order reduction over step footprints (footprint.hpp).
#include "runtime/footprint.hpp"

namespace initcheck {

namespace {

bool sameResource(const Access& a, const Access& b) {
  return a.kind == b.kind && a.id == b.id;
}

bool conflicting(const Access& a, const Access& b) {
  return sameResource(a, b) && (a.mode == AccessMode::Write || b.mode == AccessMode::Write);
}

std::uint64_t resourceBit(const Access& access) {
  std::uint64_t mixed =
      (static_cast<std::uint64_t>(access.kind) << 32 | access.id) * 0x9E3779B97F4A7C15ULL;
  return std::uint64_t{1} << (mixed >> 58);
}

bool mayConflict(const Footprint& a, const Footprint& b) {
  return (a.writeBits & (b.readBits | b.writeBits)) != 0 || (b.writeBits & a.readBits) != 0;
}

// Roles of two accesses to one resource that exclude each other's enabledness.
bool exclusiveRoles(AccessRole a, AccessRole b) {
  auto pair = [&](AccessRole x, AccessRole y) { return (a == x && b == y) || (a == y && b == x); };
  return pair(AccessRole::Unlock, AccessRole::Lock) ||
         pair(AccessRole::OnceFinish, AccessRole::OnceDo) ||
         pair(AccessRole::Exit, AccessRole::Join);
}

}  // namespace

void Footprint::add(Access access) {
  halts = halts || access.kind == ResourceKind::Halt;
  (access.mode == AccessMode::Write ? writeBits : readBits) |= resourceBit(access);
  for (Access& known : accesses) {
    if (!sameResource(known, access))
      continue;
    if (access.mode == AccessMode::Write)
      known.mode = AccessMode::Write;
    if (known.role == AccessRole::Plain)
      known.role = access.role;
    return;
  }
  accesses.push_back(access);
}

bool dependent(const Footprint& a, const Footprint& b) {
  if (a.halts || b.halts)
    return true;
  if (!mayConflict(a, b))
    return false;
  for (const Access& x : a.accesses) {
    for (const Access& y : b.accesses) {
      if (conflicting(x, y))
        return true;
    }
  }
  return false;
}

bool mayBeCoEnabled(const Footprint& a, const Footprint& b) {
  if (a.halts || b.halts)
    return true;
  bool conflictFound = false;
  for (const Access& x : a.accesses) {
    for (const Access& y : b.accesses) {
      if (!conflicting(x, y))
        continue;
      if (!exclusiveRoles(x.role, y.role))
        return true;
      conflictFound = true;
    }
  }
  return !conflictFound;
}

}  // namespace initcheck
