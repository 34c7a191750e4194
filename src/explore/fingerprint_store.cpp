// Fingerprints for hash compaction (see fingerprint_store.hpp).
#include "explore/fingerprint_store.hpp"

#include <algorithm>
#include <cmath>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace initcheck {

std::uint64_t fingerprintOf(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

double fingerprintOmissionBound(std::size_t stored, int bits) {
  double n = static_cast<double>(stored);
  return std::min(1.0, n * (n - 1) / std::ldexp(1.0, bits + 1));
}

}  // namespace initcheck
