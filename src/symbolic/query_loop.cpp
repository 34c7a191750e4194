// The query loop with screening (query_loop.hpp).
#include "symbolic/query_loop.hpp"

#include <algorithm>
#include <cmath>

namespace initcheck::symbolic {

namespace {

// At most this many instances per query whose instances differ by data.
constexpr int kInstancesPerQuery = 16;

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

}  // namespace

double secondsSince(SteadyClock::time_point from) {
  return std::chrono::duration<double>(SteadyClock::now() - from).count();
}

QueryLoop::QueryLoop(const Semantics& semantics, const Unfolding& unfolding, z3::context& context,
                     const SymbolicOptions& options, SymbolicResult& result,
                     SteadyClock::time_point checkStart, const LimitWatcher& watcher)
    : semantics_(semantics),
      unfolding_(unfolding),
      solver_(context),
      encoder_(context, unfolding, &watcher),
      options_(options),
      result_(result),
      watcher_(watcher),
      checkStart_(checkStart),
      progress_(static_cast<bool>(options.progress)) {}

QueryLoop::~QueryLoop() {
  for (auto& examples : found_) {
    for (DecodedCounterexample& example : examples) {
      bool known = std::any_of(result_.counterexamples.begin(), result_.counterexamples.end(),
                               [&](const DecodedCounterexample& k) {
                                 return k.violation.sameInstance(example.violation);
                               });
      if (!known)
        result_.counterexamples.push_back(std::move(example));
    }
  }
  result_.stats.clauses = clausesMade(solver_);
}

void QueryLoop::run() {
  auto encodeStart = SteadyClock::now();
  addRules();
  queries_ = encoder_.queries();
  found_.assign(queries_.size(), {});
  result_.stats.plannedQueries = queries_.size();
  result_.stats.encodeSeconds = secondsSince(encodeStart);
  auto solveStart = SteadyClock::now();
  askAll();
  result_.stats.solveSeconds = secondsSince(solveStart);
}

void QueryLoop::addRules() {
  result_.stats.steps = encoder_.stepCount();
  std::vector<z3::expr> rules = encoder_.executionRules();
  result_.stats.constraints = rules.size();
  for (const z3::expr& rule : rules) {
    watcher_.stopIfFired();
    solver_.add(rule);
  }
}

// Screens the open queries until none is left (or a limit ends the loop). A screening Z3
// cannot decide (a nonlinear term, say) gives way to asking each open query alone.
void QueryLoop::askAll() {
  std::vector<std::size_t> open(queries_.size());
  for (std::size_t i = 0; i < open.size(); ++i)
    open[i] = i;
  while (!open.empty() && !result_.limit) {
    std::vector<std::size_t> holding;
    Screening screening = open.size() == 1 ? Screening::Undecided : screen(open, holding);
    if (result_.limit)
      break;
    if (screening == Screening::AllUnsat) {
      result_.stats.answeredQueries += open.size();
      open.clear();
    } else {
      askEach(open, screening == Screening::SomeSat ? holding : std::vector<std::size_t>(open));
    }
  }
}

// One check of "some open query holds". SomeSat fills `holding` with the open queries whose
// condition is true in the model (never empty then).
QueryLoop::Screening QueryLoop::screen(const std::vector<std::size_t>& open,
                                       std::vector<std::size_t>& holding) {
  if (stopsForLimit())
    return Screening::Undecided;
  z3::expr_vector conditions(solver_.ctx());
  for (std::size_t index : open)
    conditions.push_back(queries_[index].condition);
  solver_.push();
  solver_.add(z3::mk_or(conditions));
  z3::check_result answer = check();
  if (answer == z3::sat) {
    z3::model model = solver_.get_model();
    for (std::size_t index : open) {
      if (model.eval(queries_[index].condition, true).is_true())
        holding.push_back(index);
    }
  }
  solver_.pop();
  if (answer == z3::unknown)
    stopsForLimit();
  if (answer == z3::unsat)
    return Screening::AllUnsat;
  return answer == z3::sat && !holding.empty() ? Screening::SomeSat : Screening::Undecided;
}

// Asks the queries of `which` (a subset of `open`, in query order) one by one and takes them
// out of `open`.
void QueryLoop::askEach(std::vector<std::size_t>& open, const std::vector<std::size_t>& which) {
  for (std::size_t index : which) {
    if (stopsForLimit())
      return;
    ask(index);
    if (result_.limit)
      return;
    ++result_.stats.answeredQueries;
    open.erase(std::find(open.begin(), open.end(), index));
  }
}

// When the time is up or the watcher fired: records the limit and says so.
bool QueryLoop::stopsForLimit() {
  if (remainingMs() != 0 && !watcher_.fired())
    return false;
  result_.limit = watcher_.fired().value_or(LimitKind::Time);
  return true;
}

// Milliseconds left (UINT32_MAX without a limit), 0 when the time is up.
unsigned QueryLoop::remainingMs() const {
  if (!options_.timeoutSeconds)
    return UINT32_MAX;
  double left = *options_.timeoutSeconds - secondsSince(checkStart_);
  return left <= 0 ? 0 : static_cast<unsigned>(std::ceil(left * 1000));
}

z3::check_result QueryLoop::check() {
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

void QueryLoop::reportProgress() const {
  SearchProgress progress;
  progress.seconds = secondsSince(checkStart_);
  progress.queriesAnswered = result_.stats.queries;
  options_.progress(progress);
}

void QueryLoop::ask(std::size_t index) {
  const PropertyQuery& query = queries_[index];
  solver_.push();
  solver_.add(query.condition);
  for (int instance = 0; instance < kInstancesPerQuery; ++instance) {
    if (stopsForLimit())
      break;
    z3::check_result answer = check();
    if (answer == z3::unknown) {
      if (!stopsForLimit())  // else the limit is the reason, not the query
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
    report(index, model);
    if (query.keyTerms.empty())
      break;
    excludeKey(query, model);
  }
  solver_.pop();
}

// Adds "some key term differs from its value in `model`".
void QueryLoop::excludeKey(const PropertyQuery& query, const z3::model& model) {
  z3::expr_vector differs(solver_.ctx());
  for (const z3::expr& term : query.keyTerms)
    differs.push_back(term != model.eval(term, true));
  solver_.add(z3::mk_or(differs));
}

void QueryLoop::report(std::size_t index, const z3::model& model) {
  const PropertyQuery& query = queries_[index];
  Witness witness = encoder_.witness(model, query);
  DecodeResult decoded = decodeWitness(semantics_, unfolding_, model, witness, query);
  if (!decoded.counterexample) {
    result_.internalErrors.push_back("smt engine: " + decoded.failure);
    return;
  }
  found_[index].push_back(std::move(*decoded.counterexample));
}

}  // namespace initcheck::symbolic
