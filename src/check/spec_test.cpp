#include "check/spec_test.hpp"

#include "check/check_result.hpp"
#include "check/engine.hpp"
#include "check/spec_expectations.hpp"

#include <set>

namespace initcheck {

namespace {

const Diagnostic* firstError(const DiagnosticList& list) {
  for (const auto& diagnostic : list.all()) {
    if (diagnostic.severity == Severity::Error)
      return &diagnostic;
  }
  return nullptr;
}

SpecTestResult testExpectedError(const LoadedSpec& spec, const ExpectedSpecError& expected) {
  const Diagnostic* error = firstError(spec.diagnostics);
  if (!error) {
    return {SpecTestStatus::Fail, "expected an error at " + expected.describe() + ", found none"};
  }
  if (!expected.matches(error->position)) {
    return {SpecTestStatus::Fail, "expected an error at " + expected.describe() + ", found " +
                                      error->position.text() + ": " + error->message};
  }
  return {SpecTestStatus::Pass, "error at " + error->position.text()};
}

std::set<PropertyKind> expectedKinds(const Expectations& expectations) {
  return {expectations.kinds.begin(), expectations.kinds.end()};
}

// One line per violation of a kind that was not expected, so a failure explains itself.
std::string unexpectedViolations(const CheckResult& result,
                                 const std::set<PropertyKind>& expected) {
  std::string text;
  for (const auto& reported : result.violations) {
    if (expected.count(reported.violation.kind))
      continue;
    text += "\n    " + reported.violation.position.text() + ": " +
            std::string(propertyName(reported.violation.kind)) + ": " + reported.violation.message;
  }
  return text;
}

SpecTestResult compareKinds(const CheckResult& result, const std::set<PropertyKind>& expected) {
  if (result.verdict == Verdict::InternalError) {
    std::string errors;
    for (const auto& error : result.internalErrors)
      errors += "; " + error;
    return {SpecTestStatus::Fail, "internal error" + errors};
  }
  std::set<PropertyKind> found = result.violatedKinds();
  std::string comparison =
      "expected " + describeKinds(expected) + ", found " + describeKinds(found);
  // What stopped it: the solver's reason, or the smt engine's "unsupported: what at L:C".
  std::string reason = result.limitReason ? " (" + *result.limitReason + ")" : "";
  if (result.verdict == Verdict::Unknown && found != expected) {
    return {SpecTestStatus::Fail, comparison + " before a limit stopped the search" + reason};
  }
  if (found != expected) {
    return {SpecTestStatus::Fail, comparison + unexpectedViolations(result, expected)};
  }
  if (result.verdict == Verdict::Unknown) {
    return {SpecTestStatus::Fail,
            comparison + ", but a limit stopped the search: unknown" + reason};
  }
  return {SpecTestStatus::Pass, describeKinds(found)};
}

}  // namespace

SpecTestResult runSpecTest(const LoadedSpec& spec, Engine& engine, const CheckOptions& options) {
  if (auto expected = readExpectedError(spec.source))
    return testExpectedError(spec, *expected);
  if (!spec.ok()) {
    const Diagnostic* error = firstError(spec.diagnostics);
    return {SpecTestStatus::Fail,
            "spec error: " +
                (error ? error->position.text() + ": " + error->message : std::string("unknown"))};
  }
  if (!spec.directives.expectations.declared) {
    return {SpecTestStatus::Fail, "no `expect` line and no `// expect-error:` header"};
  }
  CheckResult result = checkSpec(engine, spec, options);
  SpecTestResult outcome = compareKinds(result, expectedKinds(spec.directives.expectations));
  outcome.result = std::move(result);
  return outcome;
}

}  // namespace initcheck
