// Memory readings for `--max-memory`: the pages the process holds in RAM now (Linux:
// /proc/self/statm), which is what the machine runs out of, and the machine's RAM, from which
// the default limit is taken.
#pragma once

#include <cstdint>
#include <optional>

namespace initcheck {

// Megabytes resident now; nullopt where the system does not say (then no memory limit applies).
std::optional<std::uint64_t> residentMegabytes();

// Megabytes of physical memory; nullopt where the system does not say.
std::optional<std::uint64_t> physicalMegabytes();

}  // namespace initcheck
