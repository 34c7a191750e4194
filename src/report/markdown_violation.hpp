// One violation in the Markdown report: a `### N. KIND: message` heading, where it is, one
// sentence on what went wrong, the trace as a Mermaid sequence diagram, the source lines
// involved, and the numbered steps in a table that opens on a click.
#pragma once

#include <cstddef>
#include <ostream>

#include "check/check_result.hpp"
#include "report/file_report.hpp"

namespace initcheck {

void writeMarkdownViolation(std::ostream& out, const FileReport& file,
                            const ReportedViolation& reported, std::size_t number);

}  // namespace initcheck
