// `initcheck parse FILE...`: validates spec files and prints a one-line summary of each.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace initcheck::cli {

struct ParseOptions {
  std::vector<std::string> files;
};

void addParseCommand(CLI::App& app, ParseOptions& options);
int runParseCommand(const ParseOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
