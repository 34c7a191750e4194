// The JUnit XML report (`--format junit`), for CI systems that show test results (GitLab,
// Jenkins, Azure): one <testsuite> for the run, one <testcase> per spec file.
// From `initcheck test`: a file that meets its expectations passes; otherwise a <failure> whose
// message says expected vs found, or an <error> when initcheck failed itself.
// From `initcheck check`: a file passes when every property holds; a violation is a
// <failure> listing the violated kinds; a rejected spec, an internal error or an `unknown`
// verdict is an <error>. The body of a failure lists each violation at its place.
// Times appear only with `--stats`, so the same run gives the same bytes.
#pragma once

#include <ostream>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

void writeJunitReport(std::ostream& out, const std::vector<FileReport>& files,
                      const ReportOptions& options);

}  // namespace initcheck
