// Counterexamples from the explicit engine on spec text, for the report tests that need real
// traces (clocks, reads-from facts) rather than hand-built ones.
#pragma once

#include <string>

#include "check/check_result.hpp"

namespace initcheck::testing {

// The first violation of a spec, checked by the explicit engine (a test failure when the spec
// has errors or no violation).
ReportedViolation firstViolation(const std::string& text);
// The first violation whose message contains `part` (a test failure when there is none).
ReportedViolation violationWith(const std::string& text, const std::string& part);

}  // namespace initcheck::testing
