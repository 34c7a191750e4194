// One violation in text: the headline `PATH:LINE:COL: violation: KIND: MESSAGE`, the numbered
// steps of its trace (thread, place, action), and what was violated at the end.
#pragma once

#include <ostream>
#include <string>

#include "check/check_result.hpp"

namespace initcheck {

void writeViolationText(std::ostream& out, const std::string& path,
                        const ReportedViolation& reported);

// `PATH:LINE:COL`, or just `PATH` for an unknown position.
std::string placeText(const std::string& path, SourcePosition position);

}  // namespace initcheck
