// The text report (LANGUAGE.md section 8). From `initcheck check`: per file its verdict, or
// each violation with its numbered trace, and optionally one line of search statistics; spec
// errors are diagnostics on stderr instead. From `initcheck test`: `PASS PATH` or
// `FAIL PATH: expected ..., found ...` per file, then `N passed, M failed`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "check/check_result.hpp"
#include "report/file_report.hpp"

namespace initcheck {

void writeText(std::ostream& out, const std::string& path, const CheckResult& result, bool stats);
// One file's part of the text report, so a terminal sees each file as it is done.
void writeTextFile(std::ostream& out, const FileReport& file, const ReportOptions& options);
// `N passed, M failed`, after the files of `initcheck test`.
void writeTestSummary(std::ostream& out, const std::vector<FileReport>& files);
void writeTextReport(std::ostream& out, const std::vector<FileReport>& files,
                     const ReportOptions& options);

}  // namespace initcheck
