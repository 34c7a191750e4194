// The SARIF 2.1.0 report (`--format sarif`), for code-scanning tools and editors: one run of
// the tool "initcheck" whose driver lists a rule per property kind plus spec_error. Each
// violated property instance is one result (ruleId = the kind, level error, the violation's
// message and position, the related places as relatedLocations, the trace as a codeFlow with a
// threadFlow per thread, and a partial fingerprint from the kind and the instance key); each
// error of a rejected spec is a spec_error result, its notes related locations. The one
// invocation reports unknown verdicts (which limit), bounds that cut the search, internal
// errors, engine notes and failed tests as tool execution notifications. Every file checked
// is an artifact. Nothing depends on time unless `--stats` adds the run's statistics.
#pragma once

#include <ostream>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

void writeSarifReport(std::ostream& out, const std::vector<FileReport>& files,
                      const ReportOptions& options);

}  // namespace initcheck
