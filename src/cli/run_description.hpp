// What identifies a run for `initcheck merge` (issue 20): the tool's version, every flag that
// changes a result, and the list of files, as one string that the shards of one run share and
// the shards of another run do not.
#pragma once

#include <string>
#include <vector>

#include "cli/engine_flags.hpp"

namespace initcheck::cli {

std::string describeRun(const EngineFlags& flags, const std::vector<std::string>& files);

}  // namespace initcheck::cli
