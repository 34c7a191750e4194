// The engine factory (see engine.hpp).
#include "check/engine.hpp"

#include "check/explicit_engine.hpp"

namespace initcheck {

std::unique_ptr<Engine> makeEngine(EngineKind kind) {
  switch (kind) {
    case EngineKind::Explicit:
      return std::make_unique<ExplicitEngine>();
  }
  return std::make_unique<ExplicitEngine>();
}

}  // namespace initcheck
