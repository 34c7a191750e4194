// Root causes: violation instances of like threads that are one mistake. Instance keys name
// source positions; in declared threads of one symmetry class (model/symmetry_classes.hpp)
// the same statement has a position per thread, so one unordered write read by three like
// threads is three race instances. Mapping every position of a key to its class
// representative's gives the key of the root cause: instances with equal root-cause keys are
// the same mistake seen in different threads of a class (issue 19).
#pragma once

#include <string>

#include "model/symmetry_classes.hpp"
#include "runtime/violation.hpp"

namespace initcheck {

// The violation's kind and instance key with each `LINE:COL` replaced by its representative's;
// position lists (a race's pair, a deadlock's blocked statements) are re-sorted after mapping.
std::string rootCauseKey(const Violation& violation, const SymmetryInfo& symmetry);

}  // namespace initcheck
