// The unfolding of a program whose global initializers fail: the explicit executor evaluates
// them again (as Semantics does) to find the failure's kind and position.
#include "symbolic/initializer_failure.hpp"

#include "runtime/executor.hpp"

namespace initcheck::symbolic {

namespace {

StateData globalsOnly(const CompiledProgram& program) {
  StateData state;
  for (const GlobalInfo& global : program.globals) {
    Location location;
    location.name = global.name;
    location.atomic = global.atomic;
    location.monitored = global.monitored;
    state.locations.push_back(std::move(location));
  }
  return state;
}

}  // namespace

Unfolding initializerFailure(z3::context& context, const CompiledProgram& program,
                             const Bounds& bounds) {
  StateData state = globalsOnly(program);
  StepOutcome outcome;
  Executor executor(program, bounds, state, outcome);
  executor.evaluate(kGlobalInitBody);
  Unfolding unfolding;
  unfolding.bounds = bounds;
  unfolding.checks = program.checks;
  Node failure(context);
  failure.id = 0;
  failure.instance = -1;
  failure.kind = NodeKind::Halt;
  failure.halt = HaltKind::RuntimeError;
  if (!outcome.violations.empty()) {
    const Violation& violation = outcome.violations.front();
    failure.position = violation.position;
    std::string prefix = violation.position.text() + " ";
    failure.runtimeErrorKind = violation.instanceKey.substr(
        violation.instanceKey.rfind(prefix, 0) == 0 ? prefix.size() : 0);
  }
  unfolding.nodes.push_back(std::move(failure));
  return unfolding;
}

}  // namespace initcheck::symbolic
