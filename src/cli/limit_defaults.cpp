// Default resource limits (see limit_defaults.hpp).
#include "cli/limit_defaults.hpp"

#include <algorithm>
#include <string_view>

namespace initcheck::cli {

namespace {

template <class T>
std::optional<T> overridden(const std::optional<T>& flag, const std::optional<T>& fallback) {
  if (!flag)
    return fallback;
  if (*flag == T{0})
    return std::nullopt;
  return flag;
}

}  // namespace

bool isCiValue(const char* value) {
  if (value == nullptr)
    return false;
  std::string_view text(value);
  return !text.empty() && text != "0" && text != "false" && text != "FALSE" && text != "False";
}

ResourceLimits defaultLimits(bool inCi, std::optional<std::uint64_t> physicalMB) {
  ResourceLimits limits;
  if (physicalMB)
    limits.maxMemoryMB = std::max<std::uint64_t>(*physicalMB / 4 * 3, 1);
  if (inCi) {
    limits.timeoutSeconds = kCiTimeoutSeconds;
    limits.maxMemoryMB = std::min(limits.maxMemoryMB.value_or(kCiMaxMemoryMB), kCiMaxMemoryMB);
  }
  return limits;
}

ResourceLimits effectiveLimits(const ResourceLimits& flags, const ResourceLimits& defaults) {
  return ResourceLimits{overridden(flags.timeoutSeconds, defaults.timeoutSeconds),
                        overridden(flags.maxStates, defaults.maxStates),
                        overridden(flags.maxMemoryMB, defaults.maxMemoryMB)};
}

}  // namespace initcheck::cli
