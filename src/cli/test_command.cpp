#include "cli/test_command.hpp"

#include "check/engine.hpp"
#include "check/spec_files.hpp"
#include "check/spec_test.hpp"
#include "cli/progress_line.hpp"
#include "cli/report_outputs.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

void addTestCommand(CLI::App& app, TestOptions& options) {
  auto* command = app.add_subcommand(
      "test", "Run spec files against their expect lines or expect-error header");
  command->add_option("paths", options.paths, "Spec files or folders (searched recursively)")
      ->required();
  addEngineFlags(*command, options.engine);
  addOutputFlags(*command, options.output);
}

int runTestCommand(const TestOptions& options, std::ostream& out, std::ostream& err) {
  SpecFileList list = collectSpecFiles(options.paths);
  for (const auto& path : list.missing)
    err << path << ": error: no such file or folder\n";
  if (!list.missing.empty())
    return toInt(ExitCode::SpecError);
  if (list.files.empty()) {
    err << "initcheck: error: no .ic files found\n";
    return toInt(ExitCode::SpecError);
  }
  ReportOutputs reports(options.output, ReportOptions{options.engine.stats}, out);
  if (!reports.open(err))
    return toInt(ExitCode::SpecError);
  auto engine = makeEngine(engineKind(options.engine));
  CheckOptions checkOptions = toCheckOptions(options.engine);
  ProgressLine progress(err, options.output.quiet);
  bool failed = false;
  for (const auto& path : list.files) {
    LoadedSpec spec = loadSpecFile(path);
    SpecTestResult result = runSpecTest(spec, *engine, progress.begin(path, checkOptions));
    progress.end();
    FileReport report = fileReportFor(path, spec);
    report.result = std::move(result.result);
    report.test = TestOutcome{result.status == SpecTestStatus::Pass, result.detail};
    failed |= !report.test->passed;
    reports.add(std::move(report));
  }
  reports.finish();
  return toInt(failed ? ExitCode::Violation : ExitCode::Ok);
}

}  // namespace initcheck::cli
