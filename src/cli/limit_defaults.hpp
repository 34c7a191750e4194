// The resource limits a check gets when the command line does not set them. Each file
// checked gets its own limits (a `test` over 100 files may take 100 times the timeout).
// - Always: the memory limit is 3/4 of the machine's RAM, so that a model too large ends with
//   verdict `unknown` instead of swapping the machine or being killed by the kernel.
// - In CI (the environment variable CI is set and is not "false" or "0", as GitHub Actions,
//   GitLab CI and most others set it): also a time limit of 300 s per file, and at most
//   4096 MB, so one oversized spec cannot hold a CI job for hours.
// `--timeout 0` and `--max-memory 0` turn a default off. docs/ROBUSTNESS.md documents this.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace initcheck::cli {

struct ResourceLimits {
  std::optional<double> timeoutSeconds;
  std::optional<std::uint64_t> maxStates;
  std::optional<std::uint64_t> maxMemoryMB;
};

constexpr double kCiTimeoutSeconds = 300;
constexpr std::uint64_t kCiMaxMemoryMB = 4096;

// True when the value of the CI environment variable (nullptr: unset) says a CI run.
bool isCiValue(const char* value);

// The defaults for a machine with `physicalMB` of RAM (nullopt: unknown).
ResourceLimits defaultLimits(bool inCi, std::optional<std::uint64_t> physicalMB);

// The command line's limits over the defaults: an unset flag takes the default, 0 means none.
ResourceLimits effectiveLimits(const ResourceLimits& flags, const ResourceLimits& defaults);

}  // namespace initcheck::cli
