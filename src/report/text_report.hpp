// The text report (LANGUAGE.md section 8). From `initcheck check`: per file its verdict, or
// each violation with its numbered trace, and optionally one line of search statistics; spec
// errors are diagnostics on stderr instead, and two or more files end with a summary line. From
// `initcheck test`: `PASS PATH` or `FAIL PATH: expected ..., found ...` per file (with
// `--stats`, each followed by its statistics), then `N passed, M failed`.
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
// `N files: A ok, B violated[, C unknown][, D with spec errors][, E internal errors]`, after
// the files of `initcheck check` when there are two or more.
void writeCheckSummary(std::ostream& out, const std::vector<FileReport>& files);
// The summary that ends the text report: the test summary, or the check summary.
void writeSummaryLine(std::ostream& out, const std::vector<FileReport>& files);
void writeTextReport(std::ostream& out, const std::vector<FileReport>& files,
                     const ReportOptions& options);

}  // namespace initcheck
