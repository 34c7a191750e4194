// The bounded model checking loop (see symbolic_checker.hpp).
#include "symbolic/symbolic_checker.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "explore/progress_throttle.hpp"
#include "runtime/state_data.hpp"
#include "symbolic/encoding_size.hpp"
#include "symbolic/limit_watcher.hpp"
#include "symbolic/unfolder.hpp"

namespace initcheck::symbolic {

namespace {

using Clock = std::chrono::steady_clock;

// At most this many instances per query whose instances differ by data.
constexpr int kInstancesPerQuery = 16;

// Seconds since `from`.
double secondsSince(Clock::time_point from) {
  return std::chrono::duration<double>(Clock::now() - from).count();
}

// Z3's count of the clauses it made ("mk clause"), 0 where its statistics do not say.
std::uint64_t clausesMade(const z3::solver& solver) noexcept {
  try {
    z3::stats stats = solver.statistics();
    for (unsigned i = 0; i < stats.size(); ++i) {
      if (stats.key(i) == "mk clause" && stats.is_uint(i))
        return stats.uint_value(i);
    }
  } catch (const z3::exception&) {  // statistics of an interrupted solver: none
  }
  return 0;
}

class QueryLoop {
 public:
  QueryLoop(const Semantics& semantics, const Unfolding& unfolding, z3::context& context,
            const SymbolicOptions& options, SymbolicResult& result, Clock::time_point checkStart,
            const LimitWatcher& watcher)
      : semantics_(semantics),
        unfolding_(unfolding),
        solver_(context),
        encoder_(context, unfolding, &watcher),
        options_(options),
        result_(result),
        watcher_(watcher),
        checkStart_(checkStart),
        progress_(static_cast<bool>(options.progress)) {}

  // Builds the rules and the queries (the encoding phase), then asks the queries.
  void run() {
    auto encodeStart = Clock::now();
    result_.stats.steps = encoder_.stepCount();
    std::vector<z3::expr> rules = encoder_.executionRules();
    result_.stats.constraints = rules.size();
    for (const z3::expr& rule : rules) {
      watcher_.stopIfFired();
      solver_.add(rule);
    }
    std::vector<PropertyQuery> queries = encoder_.queries();
    result_.stats.plannedQueries = queries.size();
    result_.stats.encodeSeconds = secondsSince(encodeStart);
    auto solveStart = Clock::now();
    for (const PropertyQuery& query : queries) {
      if (outOfTime()) {
        result_.limit = limitReached();
        break;
      }
      ask(query);
      if (!result_.limit)
        ++result_.stats.answeredQueries;
      result_.stats.solveSeconds = secondsSince(solveStart);
    }
    result_.stats.solveSeconds = secondsSince(solveStart);
  }

  ~QueryLoop() { result_.stats.clauses = clausesMade(solver_); }

 private:
  bool outOfTime() const { return remainingMs() == 0 || watcher_.fired(); }
  LimitKind limitReached() const { return watcher_.fired().value_or(LimitKind::Time); }

  // Milliseconds left (UINT32_MAX without a limit), 0 when the time is up.
  unsigned remainingMs() const {
    if (!options_.timeoutSeconds)
      return UINT32_MAX;
    double left = *options_.timeoutSeconds - secondsSince(checkStart_);
    return left <= 0 ? 0 : static_cast<unsigned>(std::ceil(left * 1000));
  }

  z3::check_result check() {
    z3::params params(solver_.ctx());
    params.set("timeout", std::max(remainingMs(), 1u));  // 0 would mean no timeout
    solver_.set(params);
    if (progress_.intervalPassed())
      reportProgress();
    ++result_.stats.queries;
    z3::check_result answer = solver_.check();
    if (answer == z3::sat)
      ++result_.stats.sat;
    if (answer == z3::unsat)
      ++result_.stats.unsat;
    if (progress_.intervalPassed())
      reportProgress();
    return answer;
  }

  void reportProgress() const {
    SearchProgress progress;
    progress.seconds = secondsSince(checkStart_);
    progress.queriesAnswered = result_.stats.queries;
    options_.progress(progress);
  }

  void ask(const PropertyQuery& query) {
    solver_.push();
    solver_.add(query.condition);
    for (int instance = 0; instance < kInstancesPerQuery; ++instance) {
      if (outOfTime()) {
        result_.limit = limitReached();
        break;
      }
      z3::check_result answer = check();
      if (answer == z3::unknown) {
        if (outOfTime())  // the limit is the reason, not the query
          result_.limit = limitReached();
        else
          result_.unknown = query.description + ": " + solver_.reason_unknown();
        break;
      }
      if (answer == z3::unsat)
        break;
      z3::model model = solver_.get_model();
      if (query.cut) {
        result_.boundsHit.insert(*query.cut);
        break;
      }
      report(query, model);
      if (query.keyTerms.empty())
        break;
      excludeKey(query, model);
    }
    solver_.pop();
  }

  // Adds "some key term differs from its value in `model`".
  void excludeKey(const PropertyQuery& query, const z3::model& model) {
    z3::expr_vector differs(solver_.ctx());
    for (const z3::expr& term : query.keyTerms)
      differs.push_back(term != model.eval(term, true));
    solver_.add(z3::mk_or(differs));
  }

  void report(const PropertyQuery& query, const z3::model& model) {
    Witness witness = encoder_.witness(model, query);
    DecodeResult decoded = decodeWitness(semantics_, unfolding_, model, witness, query);
    if (!decoded.counterexample) {
      result_.internalErrors.push_back("smt engine: " + decoded.failure);
      return;
    }
    for (const DecodedCounterexample& known : result_.counterexamples) {
      if (known.violation.sameInstance(decoded.counterexample->violation))
        return;
    }
    result_.counterexamples.push_back(std::move(*decoded.counterexample));
  }

  const Semantics& semantics_;
  const Unfolding& unfolding_;
  z3::solver solver_;
  Encoder encoder_;
  const SymbolicOptions& options_;
  SymbolicResult& result_;
  const LimitWatcher& watcher_;
  Clock::time_point checkStart_;  // before the unfolding: the time limit and progress count from it
  ProgressThrottle progress_;
};

// Unfolds the program; LimitStop when a limit fires or the events pass --max-states.
UnfoldResult unfoldWithin(z3::context& context, const Semantics& semantics,
                          const SymbolicOptions& options, const LimitWatcher& watcher,
                          SymbolicStats& stats) {
  auto start = Clock::now();
  UnfoldBudget budget{&watcher, options.maxEvents};
  try {
    UnfoldResult unfolded = unfold(context, semantics.program(), semantics.initial().data(),
                                   semantics.bounds(), budget);
    stats.unfoldSeconds = secondsSince(start);
    return unfolded;
  } catch (const z3::exception&) {  // interrupted while simplifying a term
    stats.unfoldSeconds = secondsSince(start);
    if (!watcher.fired())
      throw;
    throw LimitStop{*watcher.fired()};
  } catch (const LimitStop&) {
    stats.unfoldSeconds = secondsSince(start);
    throw;
  }
}

void encodeAndAsk(const Semantics& semantics, const Unfolding& unfolding, z3::context& context,
                  const SymbolicOptions& options, SymbolicResult& result, Clock::time_point start,
                  const LimitWatcher& watcher) {
  try {
    QueryLoop(semantics, unfolding, context, options, result, start, watcher).run();
  } catch (const LimitStop& stop) {
    result.limit = stop.kind;
  } catch (const z3::exception& error) {
    if (watcher.fired())  // interrupted while building or simplifying terms
      result.limit = watcher.fired();
    else
      result.internalErrors.push_back(std::string("smt engine: Z3: ") + error.msg());
  }
}

}  // namespace

SymbolicResult checkSymbolically(const Semantics& semantics, const SymbolicOptions& options) {
  auto start = Clock::now();
  SymbolicResult result;
  z3::context context;
  // Z3 is interrupted from the watcher's thread when a limit is reached (or on a cancel); the
  // unfolder and the encoder poll it.
  LimitWatcher watcher(context,
                       {start, options.timeoutSeconds, options.maxMemoryMB, options.cancel});
  try {
    UnfoldResult unfolded = unfoldWithin(context, semantics, options, watcher, result.stats);
    if (!unfolded.unfolding) {
      result.unsupported = unfolded.unsupported.value_or("the program cannot be unfolded");
    } else if (auto refused = refusal(*unfolded.unfolding, estimateEncoding(*unfolded.unfolding))) {
      result.stats.nodes = unfolded.unfolding->nodes.size();
      result.unsupported = *refused;
    } else {
      result.stats.nodes = unfolded.unfolding->nodes.size();
      encodeAndAsk(semantics, *unfolded.unfolding, context, options, result, start, watcher);
    }
  } catch (const LimitStop& stop) {
    result.limit = stop.kind;
  } catch (const std::exception& error) {
    result.internalErrors.push_back(std::string("smt engine: ") + error.what());
  }
  result.stats.seconds = secondsSince(start);
  return result;
}

}  // namespace initcheck::symbolic
