// `--engine auto`: the explicit and the smt engine run at once, one thread each (the two
// cores of a CI runner). The first definite answer (ok or violated) is the verdict; the other
// engine gets as long again (at least a second) to finish, and when it does the two are
// cross-checked: the same violated kinds, else a disagreement, which `--cross-check` turns into
// an internal error carrying both engines' counterexamples. An engine still running then is
// stopped. When the first answer is not definite (a limit, an internal error), the other
// engine's is awaited.
#pragma once

#include "check/engine.hpp"

namespace initcheck {

class AutoEngine : public Engine {
 public:
  CheckResult check(const LoadedSpec& spec, const CheckOptions& options) override;
};

// The note or internal error of two definite answers whose violated kinds differ (empty when
// they agree).
std::string disagreement(const CheckResult& explicitResult, const CheckResult& smtResult);

}  // namespace initcheck
