// The smt engine's figures in JSON (see solver_stats_json.hpp).
#include "report/solver_stats_json.hpp"

namespace initcheck {

nlohmann::ordered_json solverStatsJson(const SolverStats& stats) {
  return {{"events", stats.events},
          {"steps", stats.steps},
          {"constraints", stats.constraints},
          {"clauses", stats.clauses},
          {"planned_queries", stats.plannedQueries},
          {"answered_queries", stats.answeredQueries},
          {"queries", stats.queries},
          {"sat", stats.sat},
          {"unsat", stats.unsat},
          {"unfold_seconds", stats.unfoldSeconds},
          {"encode_seconds", stats.encodeSeconds},
          {"solve_seconds", stats.solveSeconds},
          {"seconds", stats.seconds}};
}

}  // namespace initcheck
