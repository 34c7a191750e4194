#include "cli/diagnostics_output.hpp"

#include "support/diagnostic_renderer.hpp"

namespace initcheck::cli {

bool reportDiagnostics(const LoadedSpec& spec, std::ostream& err) {
  renderDiagnostics(err, spec.source, spec.diagnostics);
  return spec.diagnostics.hasErrors();
}

}  // namespace initcheck::cli
