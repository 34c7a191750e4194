// A program whose global initializers fail never starts a thread: its unfolding is a single
// Halt node (instance -1, guard true) with the runtime error, found by the explicit executor.
#pragma once

#include <z3++.h>

#include "compile/program.hpp"
#include "symbolic/unfolding.hpp"

namespace initcheck::symbolic {

Unfolding initializerFailure(z3::context& context, const CompiledProgram& program,
                             const Bounds& bounds);

}  // namespace initcheck::symbolic
