#include "real_counterexample.hpp"

#include <gtest/gtest.h>

#include "check/engine.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck::testing {

namespace {

CheckResult checked(const std::string& text) {
  LoadedSpec spec = analyzeSpec(SourceFile("t.ic", text));
  EXPECT_TRUE(spec.ok()) << text;
  CheckResult result = makeEngine(EngineKind::Explicit)->check(spec, CheckOptions{});
  EXPECT_TRUE(result.internalErrors.empty());
  return result;
}

}  // namespace

ReportedViolation firstViolation(const std::string& text) {
  CheckResult result = checked(text);
  if (result.violations.empty()) {
    ADD_FAILURE() << "no violation in\n" << text;
    return {};
  }
  return result.violations.front();
}

ReportedViolation violationWith(const std::string& text, const std::string& part) {
  for (ReportedViolation& reported : checked(text).violations) {
    if (reported.violation.message.find(part) != std::string::npos)
      return reported;
  }
  ADD_FAILURE() << "no violation with '" << part << "' in\n" << text;
  return {};
}

}  // namespace initcheck::testing
