#include "cli/exit_status.hpp"

namespace initcheck::cli {

namespace {

int rank(ExitCode code) {
  switch (code) {
    case ExitCode::Ok:
      return 0;
    case ExitCode::Unknown:
      return 1;
    case ExitCode::Violation:
      return 2;
    case ExitCode::SpecError:
      return 3;
    case ExitCode::InternalError:
      return 4;
  }
  return 4;
}

}  // namespace

void ExitStatus::add(ExitCode code) {
  if (rank(code) > rank(worst_))
    worst_ = code;
}

}  // namespace initcheck::cli
