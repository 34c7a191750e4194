// Asks the encoder's property queries of one encoded unfolding (symbolic_checker.hpp). The rules
// of an execution go into one Z3 solver once; the queries still open are first asked together
// as one disjunction (a screening check): `unsat` answers all of them at once, which is what a
// spec that holds costs; `sat` names, through its model, the queries that hold in it, and
// those are asked one by one under push/pop as before, each for its own witness (and, when
// its instances differ by data, again with the instances found so far excluded). Screening
// then repeats over the queries still open. The model checking loop is that of Alglave,
// Kroening and Tautschnig (CAV 2013), with one solver call per property instance replaced by
// one per violated instance plus one.
#pragma once

#include <z3++.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "explore/progress_throttle.hpp"
#include "model/semantics.hpp"
#include "symbolic/encoder.hpp"
#include "symbolic/limit_watcher.hpp"
#include "symbolic/symbolic_checker.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

using SteadyClock = std::chrono::steady_clock;

// Seconds since `from`.
double secondsSince(SteadyClock::time_point from);

class QueryLoop {
 public:
  QueryLoop(const Semantics& semantics, const Unfolding& unfolding, z3::context& context,
            const SymbolicOptions& options, SymbolicResult& result,
            SteadyClock::time_point checkStart, const LimitWatcher& watcher);
  QueryLoop(const QueryLoop&) = delete;
  QueryLoop& operator=(const QueryLoop&) = delete;
  // Publishes the counterexamples found (in query order) and Z3's clause count, also when a
  // limit ended the loop with an exception.
  ~QueryLoop();

  // Builds the rules and the queries (the encoding phase), then asks the queries.
  void run();

 private:
  enum class Screening { AllUnsat, SomeSat, Undecided };

  void addRules();
  void askAll();
  Screening screen(const std::vector<std::size_t>& open, std::vector<std::size_t>& holding);
  void askEach(std::vector<std::size_t>& open, const std::vector<std::size_t>& which);
  void ask(std::size_t index);
  bool stopsForLimit();
  unsigned remainingMs() const;
  z3::check_result check();
  void reportProgress() const;
  void excludeKey(const PropertyQuery& query, const z3::model& model);
  void report(std::size_t index, const z3::model& model);

  const Semantics& semantics_;
  const Unfolding& unfolding_;
  z3::solver solver_;
  Encoder encoder_;
  const SymbolicOptions& options_;
  SymbolicResult& result_;
  const LimitWatcher& watcher_;
  SteadyClock::time_point checkStart_;  // before the unfolding: limits and progress count from it
  ProgressThrottle progress_;
  std::vector<PropertyQuery> queries_;
  std::vector<std::vector<DecodedCounterexample>> found_;  // per query
};

}  // namespace initcheck::symbolic
