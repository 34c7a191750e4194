// One file of `initcheck test`: run it and compare what happened with what it expects.
#pragma once

#include <string>

#include "check/loaded_spec.hpp"

namespace initcheck {

enum class SpecTestStatus { Pass, Fail, NotImplemented };

struct SpecTestResult {
  SpecTestStatus status = SpecTestStatus::Fail;
  std::string detail;  // expected vs found, for a person reading the test log
};

// Front-end part of the test: files with an `// expect-error:` header pass when the first
// error stands at that position. Files with `expect` items need the checker engine.
SpecTestResult runSpecTest(const LoadedSpec& spec);

}  // namespace initcheck
