// The bounded model checking loop (see symbolic_checker.hpp).
#include "symbolic/symbolic_checker.hpp"

#include <string>

#include "runtime/state_data.hpp"
#include "symbolic/encoding_size.hpp"
#include "symbolic/limit_watcher.hpp"
#include "symbolic/query_loop.hpp"
#include "symbolic/unfolder.hpp"

namespace initcheck::symbolic {

namespace {

// Unfolds the program; LimitStop when a limit fires or the events pass --max-states.
UnfoldResult unfoldWithin(z3::context& context, const Semantics& semantics,
                          const SymbolicOptions& options, const LimitWatcher& watcher,
                          SymbolicStats& stats) {
  auto start = SteadyClock::now();
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
                  const SymbolicOptions& options, SymbolicResult& result,
                  SteadyClock::time_point start, const LimitWatcher& watcher) {
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
  auto start = SteadyClock::now();
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
