// Fingerprints for hash compaction (`--state-cache hash`, StoredKeys::Fingerprints in
// state_store.hpp): a state is known by a 64-bit fingerprint of its key (XXH3, seed 0: the same
// in every run) instead of the key itself. Two states with one fingerprint share a record: the
// second is taken for the first and its subtree may be left out (Wolper and Leroy, "Reliable
// hashing without collision detection", CAV 1993; SPIN's -DHC).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace initcheck {

// XXH3's 64-bit hash of the bytes, seed 0.
std::uint64_t fingerprintOf(std::string_view bytes);

// The probability, for fingerprints that behave as uniform random values, that any two of
// `stored` fingerprints of `bits` bits collide: at most n(n-1)/2 pairs, each with 2^-bits, the
// union bound n(n-1)/2^(bits+1), capped at 1.
double fingerprintOmissionBound(std::size_t stored, int bits = 64);

}  // namespace initcheck
