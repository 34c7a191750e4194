#include "cli/test_command.hpp"

#include "check/engine.hpp"
#include "check/spec_files.hpp"
#include "check/spec_test.hpp"
#include "cli/largest_first.hpp"
#include "cli/progress_line.hpp"
#include "cli/report_outputs.hpp"
#include "cli/run_description.hpp"
#include "cli/shard_option.hpp"
#include "cli/worker_engines.hpp"
#include "support/exit_codes.hpp"
#include "support/ordered_parallel.hpp"

namespace initcheck::cli {

void addTestCommand(CLI::App& app, TestOptions& options) {
  auto* command = app.add_subcommand(
      "test", "Run spec files against their expect lines or expect-error header");
  command->add_option("paths", options.paths, "Spec files or folders (searched recursively)")
      ->required();
  addEngineFlags(*command, options.engine);
  addOutputFlags(*command, options.output);
  addShardOption(*command, options.shard);
}

namespace {

// The files this run tests: all, or its shard's, which its JSON report then names.
std::vector<std::string> filesToTest(const TestOptions& options, const SpecFileList& list,
                                     ReportOptions& reportOptions, std::ostream& err) {
  if (options.shard.empty())
    return list.files;
  Shard shard = *parseShard(options.shard);
  std::vector<std::string> files = filesOfShard(list.files, shard);
  reportOptions.shard = ShardOfRun{shard.index, shard.count, list.files.size(),
                                   describeRun(options.engine, list.files)};
  if (files.empty())
    err << "initcheck: note: shard " << options.shard << " has no file (" << list.files.size()
        << " in all)\n";
  return files;
}

struct TestedFile {
  LoadedSpec spec;
  SpecTestResult result;
};

FileReport testReport(const std::string& path, TestedFile tested) {
  FileReport report = fileReportFor(path, tested.spec);
  report.result = std::move(tested.result.result);
  report.test = TestOutcome{tested.result.status == SpecTestStatus::Pass, tested.result.detail};
  return report;
}

}  // namespace

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
  ReportOptions reportOptions{options.engine.stats, std::nullopt};
  std::vector<std::string> files = filesToTest(options, list, reportOptions, err);
  ReportOutputs reports(options.output, reportOptions, out);
  if (!reports.open(err))
    return toInt(ExitCode::SpecError);
  CheckOptions checkOptions = toCheckOptions(options.engine);
  ProgressLine progress(err, options.output.quiet);
  unsigned jobs = jobsFor(options.engine);
  WorkerEngines engines(engineKind(options.engine), jobs);
  bool failed = false;
  runInOrder<TestedFile>(
      files.size(), jobs,
      [&](std::size_t index, unsigned worker) {
        LoadedSpec spec = loadSpecFile(files[index]);
        SpecTestResult result =
            runSpecTest(spec, engines.of(worker), progress.begin(files[index], checkOptions));
        return TestedFile{std::move(spec), std::move(result)};
      },
      [&](std::size_t index, TestedFile tested) {
        progress.end();
        FileReport report = testReport(files[index], std::move(tested));
        failed |= !report.test->passed;
        reports.add(std::move(report));
      },
      largestFirst(files));
  reports.finish();
  return toInt(failed ? ExitCode::Violation : ExitCode::Ok);
}

}  // namespace initcheck::cli
