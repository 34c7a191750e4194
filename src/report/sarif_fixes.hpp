// The verified fix suggestions (--suggest-fixes, src/repair) of a SARIF result as SARIF 2.1.0
// `fixes`: each a description (what it changes and what its re-check showed) and one artifact
// change of the spec file whose replacements are the suggestion's edits.
#pragma once

#include <nlohmann/json.hpp>

#include "report/file_report.hpp"
#include "report/root_cause_groups.hpp"

namespace initcheck {

// The fixes that remove some violation of `group`; an empty array when there are none.
nlohmann::ordered_json sarifFixes(const FileReport& file, const RootCauseGroup& group);

}  // namespace initcheck
