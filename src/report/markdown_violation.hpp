// One violation in the Markdown report: a `### N. KIND: message` heading, where it is, one
// sentence on what went wrong, the trace as a Mermaid sequence diagram, the source lines
// involved, and the numbered steps in a table that opens on a click.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "check/check_result.hpp"
#include "report/file_report.hpp"

namespace initcheck {

// `sameMistake`: the other instances of its root cause (like threads), listed after the
// explanation.
void writeMarkdownViolation(std::ostream& out, const FileReport& file,
                            const ReportedViolation& reported, std::size_t number,
                            const std::vector<const ReportedViolation*>& sameMistake = {});

}  // namespace initcheck
