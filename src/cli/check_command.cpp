#include "cli/check_command.hpp"

#include "check/loaded_spec.hpp"
#include "cli/diagnostics_output.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

void addCheckCommand(CLI::App& app, CheckOptions& options) {
  auto* command = app.add_subcommand("check", "Verify the properties of spec files");
  command->add_option("files", options.files, "Spec files (.ic)")->required();
}

int runCheckCommand(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  bool anyError = false;
  for (const auto& path : options.files) {
    LoadedSpec spec = loadSpecFile(path);
    if (reportDiagnostics(spec, err)) {
      anyError = true;
      continue;
    }
    out << path << ": not checked: the checking engine is not implemented yet\n";
  }
  return toInt(anyError ? ExitCode::SpecError : ExitCode::NotImplemented);
}

}  // namespace initcheck::cli
