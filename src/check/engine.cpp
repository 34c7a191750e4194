// The engine factory (see engine.hpp).
#include "check/engine.hpp"

#include "check/auto_engine.hpp"
#include "check/explicit_engine.hpp"
#include "check/root_causes.hpp"
#include "check/smt_engine.hpp"
#include "check/vacuous_spec.hpp"

namespace initcheck {

std::unique_ptr<Engine> makeEngine(EngineKind kind) {
  switch (kind) {
    case EngineKind::Smt:
      return std::make_unique<SmtEngine>();
    case EngineKind::Auto:
      return std::make_unique<AutoEngine>();
    case EngineKind::Explicit:
      break;
  }
  return std::make_unique<ExplicitEngine>();
}

CheckResult checkSpec(Engine& engine, const LoadedSpec& spec, const CheckOptions& options) {
  CheckResult result = engine.check(spec, options);
  groupRootCauses(spec, options, result);
  if (std::optional<std::string> note = vacuityNote(spec))
    result.notes.insert(result.notes.begin(), std::move(*note));
  return result;
}

std::optional<EngineKind> engineFromName(std::string_view name) {
  if (name == "explicit")
    return EngineKind::Explicit;
  if (name == "smt")
    return EngineKind::Smt;
  if (name == "auto")
    return EngineKind::Auto;
  return std::nullopt;
}

}  // namespace initcheck
