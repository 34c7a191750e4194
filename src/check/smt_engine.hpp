// The symbolic engine (src/symbolic): the bounded program encoded for Z3, one query per
// property instance. Every counterexample it finds is replayed through the explicit semantics
// before it is reported, like the explicit engine's; one that does not replay is an internal
// error. The smt engine does not bound preemptions: with `option preemptions` it covers every
// interleaving, and says so in a note.
#pragma once

#include "check/engine.hpp"

namespace initcheck {

class SmtEngine : public Engine {
 public:
  CheckResult check(const LoadedSpec& spec, const CheckOptions& options) override;
};

}  // namespace initcheck
