// The checking engines behind one interface (GenMC's ConsistencyChecker::create, nidhugg's
// TraceBuilder per algorithm): the explicit search (explicit_engine.hpp), the Z3 engine
// (smt_engine.hpp), and both at once (auto_engine.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

enum class EngineKind { Explicit, Smt, Auto };

class Engine {
 public:
  virtual ~Engine() = default;
  // Checks a spec that loaded without errors (LoadedSpec::ok()).
  virtual CheckResult check(const LoadedSpec& spec, const CheckOptions& options) = 0;
};

std::unique_ptr<Engine> makeEngine(EngineKind kind);
// engine.check, with the notes every report of the spec carries whatever the engine
// (check/vacuous_spec.hpp). The commands check through this.
CheckResult checkSpec(Engine& engine, const LoadedSpec& spec, const CheckOptions& options);
// "explicit", "smt", "auto" as `--engine` spells them.
std::optional<EngineKind> engineFromName(std::string_view name);

}  // namespace initcheck
