#include "cli/check_command.hpp"

#include "check/engine.hpp"
#include "check/loaded_spec.hpp"
#include "check/spec_files.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_status.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"

#include <fstream>

namespace initcheck::cli {

void addCheckCommand(CLI::App& app, CheckCommandOptions& options) {
  auto* command = app.add_subcommand("check", "Verify the properties of spec files");
  command->add_option("files", options.files, "Spec files (.ic) or folders (searched recursively)")
      ->required();
  addEngineFlags(*command, options.engine);
  command->add_option("--format", options.format, "Report format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_option("-o,--output", options.outputPath, "Write the report to FILE");
}

namespace {

// The report goes to -o FILE when given, else to `out`.
class ReportSink {
 public:
  ReportSink(const std::string& path, std::ostream& fallback) : out_(&fallback) {
    if (!path.empty()) {
      file_.open(path);
      out_ = &file_;
    }
  }
  bool ok() const { return out_ != &file_ || file_.good(); }
  std::ostream& stream() { return *out_; }

 private:
  std::ofstream file_;
  std::ostream* out_;
};

}  // namespace

int runCheckCommand(const CheckCommandOptions& options, std::ostream& out, std::ostream& err) {
  SpecFileList list = collectSpecFiles(options.files);
  ExitStatus status;
  for (const auto& path : list.missing) {
    err << path << ": error: no such file or folder\n";
    status.add(ExitCode::SpecError);
  }
  ReportSink sink(options.outputPath, out);
  if (!sink.ok()) {
    err << options.outputPath << ": error: cannot write the report\n";
    return toInt(ExitCode::SpecError);
  }
  auto engine = makeEngine(engineKind(options.engine));
  CheckOptions checkOptions = toCheckOptions(options.engine);
  std::vector<FileReport> reports;
  for (const auto& path : list.files) {
    LoadedSpec spec = loadSpecFile(path);
    if (reportDiagnostics(spec, err)) {
      status.add(ExitCode::SpecError);
      continue;
    }
    CheckResult result = engine->check(spec, checkOptions);
    status.add(exitCodeFor(result.verdict));
    if (options.format == "json")
      reports.push_back(FileReport{path, std::move(result)});
    else
      writeText(sink.stream(), path, result, options.engine.stats);
  }
  if (options.format == "json")
    writeJsonReport(sink.stream(), reports, options.engine.stats);
  return status.value();
}

}  // namespace initcheck::cli
