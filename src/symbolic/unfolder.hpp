// The unfolder: a symbolic interpreter of the compiled bytecode that turns the bounded program
// into an Unfolding (unfolding.hpp) for the encoder. It means exactly what the explicit
// executor (runtime/executor.hpp) means; what it cannot unfold it reports as `unsupported`.
#pragma once

#include <z3++.h>

#include <optional>
#include <string>

#include "runtime/bounds.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck {
class CompiledProgram;
struct StateData;
}  // namespace initcheck

namespace initcheck::symbolic {

struct UnfoldResult {
  std::optional<Unfolding> unfolding;
  // Set when some construct cannot be unfolded: says what and where (FILE position text).
  std::optional<std::string> unsupported;
};

// `initial` is Semantics::initial().data(), `program` Semantics::program().
UnfoldResult unfold(z3::context& context, const CompiledProgram& program, const StateData& initial,
                    const Bounds& bounds);

}  // namespace initcheck::symbolic
