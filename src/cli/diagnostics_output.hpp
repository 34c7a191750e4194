// How commands print a spec's diagnostics, and the exit code that goes with them.
#pragma once

#include <ostream>

#include "check/loaded_spec.hpp"

namespace initcheck::cli {

// Prints every diagnostic of the spec to `err`; returns true if any was an error.
bool reportDiagnostics(const LoadedSpec& spec, std::ostream& err);

}  // namespace initcheck::cli
