// Renders diagnostics the way compilers do: `FILE:LINE:COL: error: MESSAGE`, then the
// source line and a caret under the column.
#pragma once

#include <ostream>
#include <string>

#include "support/diagnostic.hpp"
#include "support/source_file.hpp"

namespace initcheck {

std::string severityName(Severity severity);
void renderDiagnostic(std::ostream& out, const SourceFile& file, const Diagnostic& diagnostic);
void renderDiagnostics(std::ostream& out, const SourceFile& file, const DiagnosticList& list);
std::string renderToString(const SourceFile& file, const DiagnosticList& list);

}  // namespace initcheck
