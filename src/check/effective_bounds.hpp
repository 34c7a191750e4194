// The bounds an engine runs with (LANGUAGE.md section 7): the defaults, overridden by the
// file's `option` lines, overridden in turn by the command line.
#pragma once

#include "runtime/bounds.hpp"
#include "sema/directives.hpp"

namespace initcheck {

Bounds effectiveBounds(const SpecOptions& fileOptions, const SpecOptions& commandLine);

}  // namespace initcheck
