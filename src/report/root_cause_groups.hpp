// Violations grouped by root cause for the reports that show each mistake once (text,
// Markdown, SARIF): the first instance of each group, and the others, in the order of
// CheckResult::violations (ReportedViolation::rootCause, check/root_causes.hpp).
#pragma once

#include <cstddef>
#include <vector>

#include "check/check_result.hpp"

namespace initcheck {

struct RootCauseGroup {
  std::size_t first = 0;            // index of the instance shown in full
  std::vector<std::size_t> others;  // the same mistake in other like threads
};

std::vector<RootCauseGroup> rootCauseGroups(const std::vector<ReportedViolation>& violations);

}  // namespace initcheck
