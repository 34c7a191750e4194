#include "cli/parse_command.hpp"

#include "check/loaded_spec.hpp"
#include "check/spec_files.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/spec_summary.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

void addParseCommand(CLI::App& app, ParseOptions& options) {
  auto* command = app.add_subcommand("parse", "Check that spec files are valid and summarise them");
  command->add_option("files", options.files, "Spec files (.ic) or folders (searched recursively)")
      ->required();
}

int runParseCommand(const ParseOptions& options, std::ostream& out, std::ostream& err) {
  SpecFileList list = collectSpecFiles(options.files);
  bool anyError = !list.missing.empty();
  for (const auto& path : list.missing)
    err << path << ": error: no such file or folder\n";
  for (const auto& path : list.files) {
    LoadedSpec spec = loadSpecFile(path);
    if (reportDiagnostics(spec, err)) {
      anyError = true;
      continue;
    }
    out << path << ": " << summarizeSpec(spec.file) << '\n';
  }
  return toInt(anyError ? ExitCode::SpecError : ExitCode::Ok);
}

}  // namespace initcheck::cli
