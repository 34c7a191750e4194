// `initcheck fmt FILE...`: prints spec files in canonical layout; `--check` only reports
// the files that are not, `--write` rewrites them in place.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace initcheck::cli {

struct FmtOptions {
  std::vector<std::string> files;
  bool check = false;
  bool write = false;
};

void addFmtCommand(CLI::App& app, FmtOptions& options);
int runFmtCommand(const FmtOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
