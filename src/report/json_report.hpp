// The JSON report (`--format json`): one document for a whole run, versioned and described by
// docs/initcheck-result.schema.json. Per file: the verdict (or the spec errors), the engine
// that answered, every violation with its kind, property instance, message, location, related
// places and trace steps (thread, location, action, event kind, the object acted on, the
// synchronizes-with and reads-from edges into the step, and whether it is one of the violating
// steps), the bounds that cut an execution, the limit that ended the search, notes, the test
// outcome from `initcheck test`, and with `--stats` the statistics. Nothing in it depends on
// time or memory unless `--stats` asks, so the same run gives the same bytes.
#pragma once

#include <ostream>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

constexpr int kJsonReportVersion = 4;

void writeJsonReport(std::ostream& out, const std::vector<FileReport>& files,
                     const ReportOptions& options);

}  // namespace initcheck
