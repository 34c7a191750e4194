// Verdicts and exit codes of a CheckResult (see check_result.hpp).
#include "check/check_result.hpp"

namespace initcheck {

std::set<PropertyKind> CheckResult::violatedKinds() const {
  std::set<PropertyKind> kinds;
  for (const ReportedViolation& reported : violations)
    kinds.insert(reported.violation.kind);
  return kinds;
}

Verdict decideVerdict(const CheckResult& result) {
  if (!result.internalErrors.empty())
    return Verdict::InternalError;
  if (!result.violations.empty())
    return Verdict::Violated;
  if (result.limit)
    return Verdict::Unknown;
  return Verdict::Ok;
}

ExitCode exitCodeFor(Verdict verdict) {
  switch (verdict) {
    case Verdict::Ok:
      return ExitCode::Ok;
    case Verdict::Violated:
      return ExitCode::Violation;
    case Verdict::Unknown:
      return ExitCode::Unknown;
    case Verdict::InternalError:
      return ExitCode::InternalError;
  }
  return ExitCode::InternalError;
}

}  // namespace initcheck
