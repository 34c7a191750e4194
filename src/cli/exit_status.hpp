// Combines per-file exit codes into the process's: an internal error outranks a spec error,
// which outranks a violation, which outranks `unknown`; 0 only when every file is fine.
#pragma once

#include "support/exit_codes.hpp"

namespace initcheck::cli {

class ExitStatus {
 public:
  void add(ExitCode code);
  int value() const { return toInt(worst_); }

 private:
  ExitCode worst_ = ExitCode::Ok;
};

}  // namespace initcheck::cli
