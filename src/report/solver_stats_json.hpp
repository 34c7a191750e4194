// The smt engine's figures as the JSON and SARIF reports write them under "smt" (described by
// docs/initcheck-result.schema.json): what was built (events, steps, constraints, clauses), the
// queries planned and asked with their answers, and the seconds of each phase.
#pragma once

#include <nlohmann/json.hpp>

#include "check/check_result.hpp"

namespace initcheck {

nlohmann::ordered_json solverStatsJson(const SolverStats& stats);

}  // namespace initcheck
