// One result per root cause (issue 19): a check's violations that are one mistake seen in
// different threads of a symmetry class (model/root_cause.hpp) share a group, named by the
// index of its first instance. Reports show a group once and list its other instances; JSON
// keeps every instance with its group.
#pragma once

#include "check/check_options.hpp"
#include "check/check_result.hpp"
#include "check/loaded_spec.hpp"

namespace initcheck {

// Sets every violation's rootCause; violations keep their order.
void groupRootCauses(const LoadedSpec& spec, const CheckOptions& options, CheckResult& result);

}  // namespace initcheck
