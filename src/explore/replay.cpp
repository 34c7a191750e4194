// Counterexample replay over the real semantics (the algorithm is in replay.hpp).
#include "explore/replay.hpp"

namespace initcheck {

ReplayResult replayCounterexample(const Semantics& semantics, const Counterexample& example) {
  return replaySchedule(semantics, example.schedule, example.violation);
}

}  // namespace initcheck
