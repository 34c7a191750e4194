// The checking engines behind one interface (GenMC's ConsistencyChecker::create, nidhugg's
// TraceBuilder per algorithm): the explicit search now, the Z3 engine later.
#pragma once

#include <memory>

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

enum class EngineKind { Explicit };

class Engine {
 public:
  virtual ~Engine() = default;
  // Checks a spec that loaded without errors (LoadedSpec::ok()).
  virtual CheckResult check(const LoadedSpec& spec, const CheckOptions& options) = 0;
};

std::unique_ptr<Engine> makeEngine(EngineKind kind);

}  // namespace initcheck
