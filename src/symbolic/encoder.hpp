// The encoder: an Unfolding (unfolding.hpp) as constraints for Z3, and one query per property
// instance candidate. The encoding follows Alglave, Kroening and Tautschnig, "Partial orders
// for efficient bounded model checking of concurrent software" (CAV 2013): one integer clock
// per step, program order as clock order, a read-from choice per read with sequential
// consistency (the write read from is the latest active write before the read), and the
// synchronization of LANGUAGE.md section 4 (once, mutex, waitgroup, channels, atomics with
// release sequences, go, join). Happens-before is a vector clock per node, defined over the
// synchronizes-with choices exactly as the explicit semantics computes it (counters of
// Node::counter), and used for race, init_before_use and happens_before.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/bounds.hpp"
#include "sema/directives.hpp"
#include "support/source_position.hpp"
#include "symbolic/limit_watcher.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

// One property instance candidate: sat means some execution within the bounds violates it.
struct PropertyQuery {
  PropertyKind kind = PropertyKind::Assertion;
  std::optional<BoundKind> cut;  // set: not a property but "some execution is cut by this bound"
  std::string description;       // "race on 'x' at 3:5 / 7:9", for internal errors and stats
  SourcePosition position;       // the violating statement (as the explicit engine reports it)
  z3::expr condition;            // asserted (under push) together with the execution's rules
  // Terms whose values tell instances of this query apart (single_init's argument tuple):
  // after a sat answer the engine may block the values found and ask again. Empty: one
  // instance per query.
  std::vector<z3::expr> keyTerms;
  // Int: the clock of the step where the violation shows (the witness ends there). None: the
  // violation shows at the end of the execution (deadlock, final, exactly_once never called).
  std::optional<z3::expr> violationStep;
  // The other place an instance names (a race's earlier access): a replayed step that shows
  // several violations of the kind (a read racing with two threads' writes) shows the one
  // that names both places.
  std::optional<SourcePosition> otherPosition;
};

// One schedule step of a model, in clock order.
// What an access of an RC11 location did in the model (encode_reads.cpp, encode_coherence.cpp).
struct ModelAccess {
  NodeId node = kNoNode;
  LocationId location = -1;
  std::optional<NodeId> readFrom;  // a read: the write it read (kInitialWrite: the initial value)
  std::optional<std::int64_t> place;  // a write: its place in mo
};

struct ModelStep {
  NodeId node = kNoNode;                    // a point node (never a Recv done in a send's step)
  std::optional<std::int64_t> chosenValue;  // Choose: the value taken
  std::optional<InstanceId> partner;        // unbuffered Send: the receiving instance;
                                            // signal, notify_one: the woken one
  std::vector<ModelAccess> accesses;        // its accesses of RC11 locations, in program order
};

struct Witness {
  std::vector<ModelStep> steps;  // up to and including the step where the violation shows
};

// The value of an Int (or Bool: 1/0) term in a model, completed where the model is silent.
std::int64_t modelInteger(const z3::model& model, const z3::expr& term);

class Encoder {
 public:
  // With a watcher, building the rules polls it and ends in LimitStop once a limit fired.
  Encoder(z3::context& context, const Unfolding& unfolding, const LimitWatcher* watcher = nullptr);

  // The rules every execution (prefix) obeys, to be asserted once into the solver.
  std::vector<z3::expr> executionRules();
  // Every property instance candidate of the unfolding, in a deterministic order (source
  // positions, then kind), and one cut query per bound kind that some Halt node can cut.
  std::vector<PropertyQuery> queries();
  // The schedule of a model that satisfied executionRules() and `query.condition`: the active
  // steps in clock order, up to the step where the query's violation shows (a deadlock or an
  // end-of-execution property: every active step).
  Witness witness(const z3::model& model, const PropertyQuery& query) const;
  // What was built: the schedule steps (events with a clock of their own).
  std::size_t stepCount() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace initcheck::symbolic
