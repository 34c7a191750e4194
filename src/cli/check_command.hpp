// `initcheck check FILE...`: verifies every property of spec files and prints, per file, its
// verdict or each violation with a counterexample trace. Exit codes: LANGUAGE.md section 8.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "cli/engine_flags.hpp"
#include "cli/output_flags.hpp"

namespace initcheck::cli {

struct CheckCommandOptions {
  std::vector<std::string> files;
  EngineFlags engine;
  OutputFlags output;
};

void addCheckCommand(CLI::App& app, CheckCommandOptions& options);
int runCheckCommand(const CheckCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
