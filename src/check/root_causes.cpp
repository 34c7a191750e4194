// Grouping a check's violations by root cause (see root_causes.hpp).
#include "check/root_causes.hpp"

#include <map>
#include <string>

#include "check/effective_bounds.hpp"
#include "model/root_cause.hpp"
#include "model/semantics.hpp"

namespace initcheck {

void groupRootCauses(const LoadedSpec& spec, const CheckOptions& options, CheckResult& result) {
  for (std::size_t i = 0; i < result.violations.size(); ++i)
    result.violations[i].rootCause = i;
  if (result.violations.size() < 2 || !spec.ok())
    return;
  Bounds bounds = effectiveBounds(spec.directives.options, options.bounds);
  Semantics semantics(spec.file, spec.symbols, spec.directives, bounds);
  const SymmetryInfo& symmetry = semantics.symmetryInfo();
  if (symmetry.empty())
    return;
  std::map<std::string, std::size_t> firstOfKey;
  for (std::size_t i = 0; i < result.violations.size(); ++i) {
    std::string key = rootCauseKey(result.violations[i].violation, symmetry);
    result.violations[i].rootCause = firstOfKey.emplace(key, i).first->second;
  }
}

}  // namespace initcheck
