// The source lines a violation involves: its own position, the related places (the other
// access, the blocked threads, the check) and the violating steps of its trace, each line
// once and in line order, as text with line numbers for a code block.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "check/check_result.hpp"
#include "report/execution_graph.hpp"
#include "support/source_file.hpp"

namespace initcheck {

std::vector<std::uint32_t> linesInvolved(const ReportedViolation& reported,
                                         const ExecutionGraph& graph);

// `> 40 | if !done {` for the violation's line, `  44 | done = true;` for the others, and
// `  ...` where lines are left out; empty when no line is in the source.
std::string sourceExcerpt(const SourceFile& source, const std::vector<std::uint32_t>& lines,
                          std::uint32_t violationLine);

}  // namespace initcheck
