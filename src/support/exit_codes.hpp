// The process exit codes initcheck promises (LANGUAGE.md section 8); CI gates depend on them.
#pragma once

namespace initcheck {

enum class ExitCode : int {
  Ok = 0,              // every property holds (or: files valid, tests passed)
  Violation = 1,       // some property is violated (or: a test failed, a file is not formatted)
  SpecError = 2,       // a spec or usage error
  Unknown = 3,         // a resource limit ended the search first
  InternalError = 70,  // a bug in initcheck (EX_SOFTWARE)
};

constexpr int toInt(ExitCode code) {
  return static_cast<int>(code);
}

}  // namespace initcheck
