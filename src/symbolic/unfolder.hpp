// The unfolder: a symbolic interpreter of the compiled bytecode that turns the bounded program
// into an Unfolding (unfolding.hpp) for the encoder. It means exactly what the explicit
// executor (runtime/executor.hpp) means; what it cannot unfold it reports as `unsupported`.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <optional>
#include <string>

#include "runtime/bounds.hpp"
#include "symbolic/limit_watcher.hpp"
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

// What may stop an unfolding: the limits of the check (polled while walking: LimitStop) and
// `--max-states`, which bounds the events of the unfolding (LimitStop{States} beyond it).
struct UnfoldBudget {
  const LimitWatcher* watcher = nullptr;
  std::optional<std::uint64_t> maxEvents;
};

// `initial` is Semantics::initial().data(), `program` Semantics::program().
UnfoldResult unfold(z3::context& context, const CompiledProgram& program, const StateData& initial,
                    const Bounds& bounds, const UnfoldBudget& budget = {});

}  // namespace initcheck::symbolic
