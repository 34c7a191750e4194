// The hashing helpers every hash in initcheck is built from: a boost-style combine for the
// std::size_t hashes of states and values, and splitmix64's finalizer for the 64-bit thread
// signatures of the symmetry reduction (which need well-mixed bits, as they are sorted).
#pragma once

#include <cstddef>
#include <cstdint>

namespace initcheck {

// Mixes `value` into a running std::size_t hash (boost::hash_combine's formula, 64-bit).
inline void hashCombine(std::size_t& seed, std::size_t value) {
  seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

// splitmix64's finalizer: every input bit affects every output bit.
inline std::uint64_t mixBits(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Mixes `value` into a running 64-bit signature.
inline void mixInto(std::uint64_t& seed, std::uint64_t value) {
  seed = mixBits(seed * 0x9e3779b97f4a7c15ULL + value);
}

}  // namespace initcheck
