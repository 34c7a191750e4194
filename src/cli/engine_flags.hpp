// The flags `check` and `test` share: bound overrides, search settings, limits, statistics.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "check/check_options.hpp"
#include "check/engine.hpp"
#include "cli/limit_defaults.hpp"

namespace initcheck::cli {

struct EngineFlags {
  std::optional<std::int64_t> unroll, threads, depth, preemptions;
  std::optional<std::string> memoryModel;
  std::string reduction = "dpor";
  std::string symmetry = "on";
  std::string stateCache = "on";
  ResourceLimits limits;  // as given; unset ones take limit_defaults.hpp's defaults
  bool stats = false;
  std::optional<unsigned> jobs;  // -j N: files checked at once (default: the cores)
  std::string engine = "explicit";
  bool crossCheck = false;
  // check only: +1 `--suggest-fixes`, -1 `--no-suggest-fixes`, 0 (neither): search verified
  // fixes when a text or Markdown report is written (cli/check_command.cpp).
  int suggestFixes = 0;
};

void addEngineFlags(CLI::App& command, EngineFlags& flags);
// The options for checking one file: the flags, with the default limits (which depend on the
// environment variable CI and the machine's RAM) where no flag sets them.
CheckOptions toCheckOptions(const EngineFlags& flags);
EngineKind engineKind(const EngineFlags& flags);
// The threads a run uses: --jobs, or the number of cores.
unsigned jobsFor(const EngineFlags& flags);

}  // namespace initcheck::cli
