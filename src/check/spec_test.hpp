// One file of `initcheck test`: run it and compare what happened with what it expects.
#pragma once

#include <optional>
#include <string>

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/engine.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

enum class SpecTestStatus { Pass, Fail };

struct SpecTestResult {
  SpecTestResult(SpecTestStatus status, std::string detail)
      : status(status), detail(std::move(detail)) {}

  SpecTestStatus status = SpecTestStatus::Fail;
  std::string detail;                 // expected vs found, for a person reading the test log
  std::optional<CheckResult> result;  // what the check found, when the spec was checked
};

// A file with an `// expect-error:` header passes when its first error stands at that
// position. Any other file must be valid and have `expect` items; it passes when the set of
// kinds some explored execution violates equals the set expected (`ok`: the empty set).
SpecTestResult runSpecTest(const LoadedSpec& spec, Engine& engine, const CheckOptions& options);

}  // namespace initcheck
