#include "cli/test_command.hpp"

#include "check/engine.hpp"
#include "check/spec_files.hpp"
#include "check/spec_test.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

namespace {

struct Tally {
  int passed = 0, failed = 0;
};

void printOutcome(const std::string& path, const SpecTestResult& result, std::ostream& out) {
  if (result.status == SpecTestStatus::Pass) {
    out << "PASS " << path << '\n';
  } else {
    out << "FAIL " << path << ": " << result.detail << '\n';
  }
}

}  // namespace

void addTestCommand(CLI::App& app, TestOptions& options) {
  auto* command = app.add_subcommand(
      "test", "Run spec files against their expect lines or expect-error header");
  command->add_option("paths", options.paths, "Spec files or folders (searched recursively)")
      ->required();
  addEngineFlags(*command, options.engine);
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
  auto engine = makeEngine(engineKind(options.engine));
  CheckOptions checkOptions = toCheckOptions(options.engine);
  Tally tally;
  for (const auto& path : list.files) {
    SpecTestResult result = runSpecTest(loadSpecFile(path), *engine, checkOptions);
    printOutcome(path, result, out);
    ++(result.status == SpecTestStatus::Pass ? tally.passed : tally.failed);
  }
  out << tally.passed << " passed, " << tally.failed << " failed\n";
  return toInt(tally.failed > 0 ? ExitCode::Violation : ExitCode::Ok);
}

}  // namespace initcheck::cli
