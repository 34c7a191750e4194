#include "cli/test_command.hpp"

#include "check/spec_files.hpp"
#include "check/spec_test.hpp"
#include "support/exit_codes.hpp"

namespace initcheck::cli {

namespace {

struct Tally {
  int passed = 0, failed = 0, skipped = 0;
};

void printOutcome(const std::string& path, const SpecTestResult& result, std::ostream& out) {
  switch (result.status) {
    case SpecTestStatus::Pass:
      out << "PASS " << path << '\n';
      break;
    case SpecTestStatus::Fail:
      out << "FAIL " << path << ": " << result.detail << '\n';
      break;
    case SpecTestStatus::NotImplemented:
      out << "SKIP " << path << ": " << result.detail << '\n';
      break;
  }
}

void count(const SpecTestResult& result, Tally& tally) {
  if (result.status == SpecTestStatus::Pass)
    ++tally.passed;
  if (result.status == SpecTestStatus::Fail)
    ++tally.failed;
  if (result.status == SpecTestStatus::NotImplemented)
    ++tally.skipped;
}

int exitCodeFor(const Tally& tally) {
  if (tally.failed > 0)
    return toInt(ExitCode::Violation);
  if (tally.skipped > 0)
    return toInt(ExitCode::NotImplemented);
  return toInt(ExitCode::Ok);
}

}  // namespace

void addTestCommand(CLI::App& app, TestOptions& options) {
  auto* command = app.add_subcommand(
      "test", "Run spec files against their expect lines or expect-error header");
  command->add_option("paths", options.paths, "Spec files or folders (searched recursively)")
      ->required();
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
  Tally tally;
  for (const auto& path : list.files) {
    SpecTestResult result = runSpecTest(loadSpecFile(path));
    printOutcome(path, result, out);
    count(result, tally);
  }
  out << tally.passed << " passed, " << tally.failed << " failed";
  if (tally.skipped > 0)
    out << ", " << tally.skipped << " skipped";
  out << '\n';
  return exitCodeFor(tally);
}

}  // namespace initcheck::cli
