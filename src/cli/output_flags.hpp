// The report flags `check` and `test` share: `--format F` and `-o FILE` for the main report
// (stdout by default), and `--text FILE`, `--json FILE`, ... to write more formats in the
// same run.
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <string>

#include "report/report_format.hpp"

namespace initcheck::cli {

struct OutputFlags {
  std::string format = "text";
  std::string outputPath;                           // -o: empty means stdout
  std::map<std::string, std::string> extraOutputs;  // format name -> file
  bool quiet = false;                               // no progress line
};

void addOutputFlags(CLI::App& command, OutputFlags& flags);

}  // namespace initcheck::cli
