// The text report of `initcheck check` (LANGUAGE.md section 8): per file its verdict, or each
// violation with its numbered trace, and optionally one line of search statistics.
#pragma once

#include <ostream>
#include <string>

#include "check/check_result.hpp"

namespace initcheck {

void writeText(std::ostream& out, const std::string& path, const CheckResult& result, bool stats);

}  // namespace initcheck
