#include "cli/cli_app.hpp"

#include <CLI/CLI.hpp>

#include "cli/check_command.hpp"
#include "cli/fmt_command.hpp"
#include "cli/merge_command.hpp"
#include "cli/parse_command.hpp"
#include "cli/test_command.hpp"
#include "support/exit_codes.hpp"

#ifndef INITCHECK_VERSION
#define INITCHECK_VERSION "unknown"
#endif

namespace initcheck::cli {

namespace {

struct AllOptions {
  ParseOptions parse;
  FmtOptions fmt;
  CheckCommandOptions check;
  TestOptions test;
  MergeOptions merge;
};

void describeApp(CLI::App& app) {
  app.description(
      "initcheck: a model checker for initialization protocols.\n"
      "Exit codes: 0 all properties hold, 1 a violation (or failed test), 2 spec or usage "
      "error,\n3 a resource limit ended the search (unknown), 70 internal error.");
  app.set_version_flag("--version", std::string("initcheck ") + INITCHECK_VERSION);
  app.require_subcommand(1);
}

int runChosen(CLI::App& app, const AllOptions& options, std::ostream& out, std::ostream& err) {
  if (app.got_subcommand("parse"))
    return runParseCommand(options.parse, out, err);
  if (app.got_subcommand("fmt"))
    return runFmtCommand(options.fmt, out, err);
  if (app.got_subcommand("check"))
    return runCheckCommand(options.check, out, err);
  if (app.got_subcommand("merge"))
    return runMergeCommand(options.merge, out, err);
  return runTestCommand(options.test, out, err);
}

}  // namespace

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app;
  describeApp(app);
  AllOptions options;
  addParseCommand(app, options.parse);
  addFmtCommand(app, options.fmt);
  addCheckCommand(app, options.check);
  addTestCommand(app, options.test);
  addMergeCommand(app, options.merge);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code == 0 ? toInt(ExitCode::Ok) : toInt(ExitCode::SpecError);
  }
  try {
    return runChosen(app, options, out, err);
  } catch (const std::exception& error) {
    err << "initcheck: internal error: " << error.what() << '\n';
    return toInt(ExitCode::InternalError);
  }
}

}  // namespace initcheck::cli
