// The Markdown report (`--format markdown`), for design reviews: GitHub renders it as it is.
// A `# initcheck report` title, a summary table (file, verdict, violated kinds, and from
// `initcheck test` whether the file met its expectations), then a `## PATH` section for each
// file with something to say: each violation (see markdown_violation.hpp), the diagnostics of
// a rejected spec, internal errors, the limit that stopped the search, the bounds that cut it
// and notes, one short line each. Nothing depends on time or memory unless `--stats` asks
// (then the table has the search figures and the report ends with the peak memory).
#pragma once

#include <ostream>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

void writeMarkdownReport(std::ostream& out, const std::vector<FileReport>& files,
                         const ReportOptions& options);

}  // namespace initcheck
