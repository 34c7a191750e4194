// The encoder's driver: builds every rule of an execution (prefix) once, in concept order, and
// hands out the property queries and witnesses.
//
// The encoding follows Alglave, Kroening and Tautschnig, "Partial orders for efficient bounded
// model checking of concurrent software" (CAV 2013). Taken from it: the program is unfolded
// into events with guards; each event gets an integer clock, program order is clock order, a
// read is tied to a write by a read-from choice, and the from-read rule (no write to the same
// location lies between the write read from and the read) makes the reads sequentially
// consistent; synchronization objects add their own ordering constraints on the same clocks.
// What differs: (1) the paper keeps a partial order and weak memory models; here the clocks of
// active steps are pairwise distinct (a total order: one schedule step per clock, as the
// explicit engine interleaves), except an unbuffered recv completed in its sender's step, and
// memory is sequentially consistent (LANGUAGE.md section 3), so read-from is not a free choice
// but the latest active write before the read; (2) threads may stop at any point (an execution
// prefix is an active prefix of one path per thread), which safety properties, deadlocks and
// bound cuts need; (3) happens-before is not the paper's order but an integer vector clock per
// acquiring event, defined by equalities over the synchronizes-with choices exactly as the
// explicit executor computes clocks, and used for race, init_before_use and happens_before.
#include "symbolic/encoder.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "symbolic/encoder_impl.hpp"

namespace initcheck::symbolic {

Encoder::Impl::Impl(z3::context& context, const Unfolding& unfolding, const LimitWatcher* watcher)
    : ctx(context), unfolding(unfolding), watcher(watcher) {
  auto t0 = std::chrono::steady_clock::now();
  auto phase = [&](const char* name) {
    auto t = std::chrono::steady_clock::now();
    if (std::getenv("INITCHECK_SMT_PHASES"))
      std::fprintf(stderr, "phase %s %.3f rules=%zu\n", name,
                   std::chrono::duration<double>(t - t0).count(), rules.size());
    t0 = t;
  };
  createNodeTerms();
  indexAccesses();
  phase("indexAccesses");
  encodeActivity();
  phase("encodeActivity");
  encodeProgramOrder();
  phase("encodeProgramOrder");
  encodeThreadsBound();
  phase("encodeThreadsBound");
  encodeReads();
  phase("encodeReads");
  encodeSync();
  phase("encodeSync");
  encodeChannels();
  phase("encodeChannels");
  encodeDistinctClocks();
  phase("encodeDistinctClocks");
  encodeHalts();
  phase("encodeHalts");
  encodeVectorClocks();
  phase("encodeVectorClocks");
  encodeWakeups();
  phase("encodeWakeups");  // a notify's choice depends on happens-before
  encodeCoherence();
  phase("encodeCoherence");
  encodePsc();
  phase("encodePsc");
}

Encoder::Encoder(z3::context& context, const Unfolding& unfolding, const LimitWatcher* watcher)
    : impl_(std::make_shared<Impl>(context, unfolding, watcher)) {}

std::size_t Encoder::stepCount() const {
  return impl_->steps.size();
}

std::vector<z3::expr> Encoder::executionRules() {
  return impl_->rules;
}

std::vector<PropertyQuery> Encoder::queries() {
  std::vector<PropertyQuery> result;
  auto append = [&result](std::vector<PropertyQuery> more) {
    for (PropertyQuery& query : more)
      result.push_back(std::move(query));
  };
  append(impl_->raceQueries());
  append(impl_->initBeforeUseQueries());
  append(impl_->haltQueries());
  for (std::size_t i = 0; i < impl_->unfolding.checks.size(); ++i) {
    const PropertyCheck& check = impl_->unfolding.checks[i];
    if (check.kind == PropertyKind::SingleInit || check.kind == PropertyKind::ExactlyOnce)
      append(impl_->callQueries(i));
    if (check.kind == PropertyKind::HappensBefore)
      append(impl_->happensBeforeQueries(check));
  }
  append(impl_->endQueries());
  result.push_back(impl_->deadlockQuery());
  if (!impl_->unfolding.spinWaits.empty())
    result.push_back(impl_->livelockQuery());
  std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
    return std::make_pair(a.position, a.kind) < std::make_pair(b.position, b.kind);
  });
  append(impl_->cutQueries());
  return result;
}

}  // namespace initcheck::symbolic
