// Turns a Z3 model's witness (encoder.hpp) into a schedule of the explicit semantics: which
// thread moves at each step, and which choice it takes at a `choose` or an unbuffered send.
// The decoder walks the witness through the real step semantics (Semantics::replayStep) as it
// goes, so that spawned instances get the thread ids the explicit engine gives them and a
// rendezvous's choice index names the receiver the model paired with the sender; it then reads
// off the violation the semantics itself reports. Every answer of the symbolic engine is this
// walk's result, never the model's own say-so.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/semantics.hpp"
#include "symbolic/encoder.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

struct DecodedStep {
  ThreadId thread = 0;
  std::uint32_t choice = 0;
};

struct DecodedCounterexample {
  Violation violation;                // as the explicit semantics reported it
  std::vector<DecodedStep> schedule;  // from the initial state to the violation
  std::uint32_t preemptions = 0;      // of the schedule, as the explicit engine counts them
};

struct DecodeResult {
  std::optional<DecodedCounterexample> counterexample;
  std::string failure;  // why the witness did not reproduce the query's violation
};

DecodeResult decodeWitness(const Semantics& semantics, const Unfolding& unfolding,
                           const z3::model& model, const Witness& witness,
                           const PropertyQuery& query);

}  // namespace initcheck::symbolic
