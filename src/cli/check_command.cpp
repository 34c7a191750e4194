#include "cli/check_command.hpp"

#include "check/engine.hpp"
#include "check/loaded_spec.hpp"
#include "check/spec_files.hpp"
#include "cli/diagnostics_output.hpp"
#include "cli/exit_status.hpp"
#include "cli/largest_first.hpp"
#include "cli/progress_line.hpp"
#include "cli/report_outputs.hpp"
#include "cli/worker_engines.hpp"
#include "repair/fix_search.hpp"
#include "support/ordered_parallel.hpp"

namespace initcheck::cli {

void addCheckCommand(CLI::App& app, CheckCommandOptions& options) {
  auto* command = app.add_subcommand("check", "Verify the properties of spec files");
  command->add_option("files", options.files, "Spec files (.ic) or folders (searched recursively)")
      ->required();
  addEngineFlags(*command, options.engine);
  addOutputFlags(*command, options.output);
  command->add_flag("--suggest-fixes,!--no-suggest-fixes", options.engine.suggestFixes,
                    "For a violated spec, try small repairs (memory orders, loop variables, "
                    "wg.add placement, atomic flags, a CAS flag made a once, a once on every "
                    "path, unlock placement, mutexes) and show those the engine verifies: they "
                    "remove a violation and add none. On by default when a text or Markdown "
                    "report is written; --suggest-fixes adds the fixes to SARIF too");
}

namespace {

// Fixes are searched when asked for, or by default when a report people read (text, Markdown)
// is written: their search re-checks the spec, which tools reading JSON need not pay for.
bool wantsFixes(const CheckCommandOptions& options) {
  if (options.engine.suggestFixes != 0)
    return options.engine.suggestFixes > 0;
  auto readByPeople = [](const std::string& format) {
    return format == "text" || format == "markdown";
  };
  if (readByPeople(options.output.format))
    return true;
  for (const auto& [format, path] : options.output.extraOutputs) {
    if (readByPeople(format))
      return true;
  }
  return false;
}

struct CheckedFile {
  LoadedSpec spec;
  std::optional<CheckResult> result;  // none for a spec with errors
};

// One file's work, on a worker thread: load, check, and search fixes when asked.
CheckedFile checkFile(const std::string& path, Engine& engine, ProgressLine& progress,
                      const CheckOptions& options, bool fixes) {
  CheckedFile checked{loadSpecFile(path), std::nullopt};
  if (checked.spec.diagnostics.hasErrors())
    return checked;
  checked.result = checkSpec(engine, checked.spec, progress.begin(path, options));
  if (fixes)
    searchFixes(checked.spec, engine, options, FixSearchOptions{}, *checked.result);
  return checked;
}

}  // namespace

int runCheckCommand(const CheckCommandOptions& options, std::ostream& out, std::ostream& err) {
  SpecFileList list = collectSpecFiles(options.files);
  ExitStatus status;
  for (const auto& path : list.missing) {
    err << path << ": error: no such file or folder\n";
    status.add(ExitCode::SpecError);
  }
  ReportOutputs reports(options.output, ReportOptions{options.engine.stats, std::nullopt}, out);
  if (!reports.open(err))
    return toInt(ExitCode::SpecError);
  CheckOptions checkOptions = toCheckOptions(options.engine);
  ProgressLine progress(err, options.output.quiet);
  unsigned jobs = jobsFor(options.engine);
  WorkerEngines engines(engineKind(options.engine), jobs);
  bool fixes = wantsFixes(options);
  runInOrder<CheckedFile>(
      list.files.size(), jobs,
      [&](std::size_t index, unsigned worker) {
        return checkFile(list.files[index], engines.of(worker), progress, checkOptions, fixes);
      },
      [&](std::size_t index, CheckedFile checked) {
        progress.end();
        FileReport report = fileReportFor(list.files[index], checked.spec);
        if (reportDiagnostics(checked.spec, err)) {
          status.add(ExitCode::SpecError);
        } else {
          report.result = std::move(checked.result);
          status.add(exitCodeFor(report.result->verdict));
        }
        reports.add(std::move(report));
      },
      largestFirst(list.files));
  reports.finish();
  return status.value();
}

}  // namespace initcheck::cli
