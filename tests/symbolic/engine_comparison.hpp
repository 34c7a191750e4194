// What the differential tests of tests/symbolic compare between the engines' results.
#pragma once

#include <set>
#include <string>

#include "check/check_result.hpp"

namespace initcheck {

// Every violated property instance: its kind and key (the init call's arguments, the final
// check's position, a race's location and pair of places, ...).
inline std::set<std::string> instancesOf(const CheckResult& result) {
  std::set<std::string> instances;
  for (const ReportedViolation& reported : result.violations)
    instances.insert(std::string(propertyName(reported.violation.kind)) + " " +
                     reported.violation.instanceKey);
  return instances;
}

// The internal errors and the limit's reason, for a failure message.
inline std::string errorsOf(const CheckResult& result) {
  std::string text;
  for (const std::string& error : result.internalErrors)
    text += "\n  " + error;
  return text + (result.limitReason ? "\n  limit: " + *result.limitReason : "");
}

}  // namespace initcheck
