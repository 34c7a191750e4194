// The explicit-state engine: compiles the spec into its Semantics with the effective bounds,
// explores every interleaving (src/explore), and replays every counterexample through the
// semantics before reporting it; one that does not replay is an internal error.
#pragma once

#include "check/engine.hpp"

namespace initcheck {

class ExplicitEngine : public Engine {
 public:
  CheckResult check(const LoadedSpec& spec, const CheckOptions& options) override;
};

}  // namespace initcheck
