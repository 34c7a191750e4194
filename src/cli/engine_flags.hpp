// The flags `check` and `test` share: bound overrides, search settings, limits, statistics.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "check/check_options.hpp"
#include "check/engine.hpp"

namespace initcheck::cli {

struct EngineFlags {
  std::optional<std::int64_t> unroll, threads, depth, preemptions;
  std::string reduction = "dpor";
  std::string symmetry = "on";
  std::string stateCache = "on";
  std::optional<double> timeoutSeconds;
  std::optional<std::uint64_t> maxStates;
  bool stats = false;
  std::string engine = "explicit";
  bool crossCheck = false;
};

void addEngineFlags(CLI::App& command, EngineFlags& flags);
CheckOptions toCheckOptions(const EngineFlags& flags);
EngineKind engineKind(const EngineFlags& flags);

}  // namespace initcheck::cli
