// `initcheck check FILE...`: verifies spec files. Until the engine lands it validates the
// files and says plainly that checking is not implemented (exit 4), never a fake verdict.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace initcheck::cli {

struct CheckOptions {
  std::vector<std::string> files;
};

void addCheckCommand(CLI::App& app, CheckOptions& options);
int runCheckCommand(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
