// How large the encoder's rules for an unfolding will be, counted before any is built, so
// that a spec beyond what the engine can check is refused in milliseconds (`unknown
// (unsupported: ...)`) rather than after minutes and gigabytes. The counts follow the
// encoder's quadratic parts: read-from (encode_reads.cpp: per read, one choice per write of
// its location, and under sc a from-read rule over every other write), coherence
// (encode_coherence.cpp: per RC11 location, pairs of writes, of a read and a write, and of
// reads), the synchronization objects (encode_sync.cpp: a mutex's holder or a waitgroup's
// counter at a step counts the object's operations before it) and the wake-ups
// (encode_wakeups.cpp: a wait per waker).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

struct EncodingSize {
  std::uint64_t terms = 0;  // the estimate: term nodes of the rules, roughly
  LocationId largest = -1;  // the location that contributes most
  std::uint64_t largestReads = 0;
  std::uint64_t largestWrites = 0;
};

EncodingSize estimateEncoding(const Unfolding& unfolding);

// The estimate beyond which the engine refuses a spec. Calibrated on specs/ and examples/
// (docs/PERFORMANCE.md): the largest the engine answers estimate 13,000 to 31,000 and take 3
// to 15 s (specs/loops/08, specs/real/boost_call_once_bug_commit_unlocked,
// specs/language/25); the next, 41,000 (boost_call_once) and 719,000 (java_class_init_holder),
// spent over a minute in Z3's internalization of the rules, which no interrupt stops.
constexpr std::uint64_t kMaxEncodingTerms = 35'000;

// Set when `size` is beyond kMaxEncodingTerms: why, naming the largest location.
std::optional<std::string> refusal(const Unfolding& unfolding, const EncodingSize& size);

}  // namespace initcheck::symbolic
