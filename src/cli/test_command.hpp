// `initcheck test PATH...`: runs spec files (folders recursively) against their `expect`
// lines or `// expect-error:` header; PASS/FAIL per file, then `N passed, M failed`.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "cli/engine_flags.hpp"
#include "cli/output_flags.hpp"

namespace initcheck::cli {

struct TestOptions {
  std::vector<std::string> paths;
  EngineFlags engine;
  OutputFlags output;
  std::string shard;  // --shard K/N, empty: every file
};

void addTestCommand(CLI::App& app, TestOptions& options);
int runTestCommand(const TestOptions& options, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
