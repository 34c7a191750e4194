// The DOT report (`--format dot`): the execution graph of every counterexample of a run, for
// graphviz (`dot -Tsvg`). One `digraph initcheck` per run; per violation a cluster labelled
// `PATH:LINE:COL KIND: message` holding one lane (cluster) per thread with that thread's events
// as boxes (`step. action`, `line:col`), program-order edges within a lane, bold blue
// synchronizes-with edges labelled with the object, dashed green reads-from edges labelled
// `rf`, the violating events filled, and for a race or init_before_use a red edge between the
// pair labelled with the kind. Invisible edges chain the steps so time reads top to bottom.
// Files without violations contribute nothing; a run without any is one "no violations" note.
#pragma once

#include <ostream>
#include <vector>

#include "report/file_report.hpp"

namespace initcheck {

void writeDotReport(std::ostream& out, const std::vector<FileReport>& files,
                    const ReportOptions& options);

}  // namespace initcheck
