#include "check/spec_test.hpp"

#include "check/spec_expectations.hpp"

namespace initcheck {

namespace {

const Diagnostic* firstError(const DiagnosticList& list) {
  for (const auto& diagnostic : list.all()) {
    if (diagnostic.severity == Severity::Error)
      return &diagnostic;
  }
  return nullptr;
}

std::string describePosition(SourcePosition position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

SpecTestResult testExpectedError(const LoadedSpec& spec, const ExpectedSpecError& expected) {
  const Diagnostic* error = firstError(spec.diagnostics);
  if (!error) {
    return {SpecTestStatus::Fail, "expected an error at " + expected.describe() + ", found none"};
  }
  if (!expected.matches(error->position)) {
    return {SpecTestStatus::Fail, "expected an error at " + expected.describe() + ", found " +
                                      describePosition(error->position) + ": " + error->message};
  }
  return {SpecTestStatus::Pass, "error at " + describePosition(error->position)};
}

}  // namespace

SpecTestResult runSpecTest(const LoadedSpec& spec) {
  if (auto expected = readExpectedError(spec.source))
    return testExpectedError(spec, *expected);
  if (!spec.ok()) {
    const Diagnostic* error = firstError(spec.diagnostics);
    return {SpecTestStatus::Fail,
            "spec error: " + (error ? describePosition(error->position) + ": " + error->message
                                    : std::string("unknown"))};
  }
  if (!spec.directives.expectations.declared) {
    return {SpecTestStatus::Fail, "no `expect` line and no `// expect-error:` header"};
  }
  return {SpecTestStatus::NotImplemented, "checking is not implemented yet"};
}

}  // namespace initcheck
