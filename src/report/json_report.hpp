// The JSON report (`--format json`): one document for a whole run, versioned and described by
// docs/initcheck-result.schema.json. Per file: the verdict, the engine that answered, every
// violation with its kind, property instance, message, location, related places and trace
// steps (thread, location, action, event kind), the bounds that cut an execution, the limit
// that ended the search, notes, and with `--stats` the statistics. Nothing in it depends on
// time or memory unless `--stats` asks, so the same run gives the same bytes.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "check/check_result.hpp"

namespace initcheck {

constexpr int kJsonReportVersion = 1;

struct FileReport {
  std::string path;
  CheckResult result;
};

void writeJsonReport(std::ostream& out, const std::vector<FileReport>& files, bool stats);

}  // namespace initcheck
