// A counterexample as a SARIF codeFlow: one threadFlow per thread in the order the threads
// first appear in the trace (id and message: the thread's name), each holding that thread's
// steps as threadFlowLocations. executionOrder is the step's global 1-based number, so the
// interleaving can be rebuilt across threads; the violating steps are "essential", the others
// "important"; kinds are given where SARIF has a well-known value (lock: acquire, unlock:
// release, a call of an init func or a once's function: call, its end: return, a thread's
// end: exit). A violation found in the initial state, with an empty trace, still gets one
// threadFlow with one location: the violation's.
#pragma once

#include <nlohmann/json.hpp>

#include "check/check_result.hpp"
#include "report/sarif_location.hpp"

namespace initcheck {

nlohmann::ordered_json sarifCodeFlow(const SarifArtifact& artifact,
                                     const ReportedViolation& reported);

}  // namespace initcheck
