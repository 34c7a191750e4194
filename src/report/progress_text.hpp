// The text of the live progress line (cli/progress_line.hpp shows it on a terminal):
//   examples/x.ic: 12,345 executions  67,890 states  23,456 states/s  2.9 s  depth 14
// with "  preemption bound 2" after it when the search is bounded, and for the smt engine
//   examples/x.ic: 7 queries answered  2.9 s
// states/s is the average since the search started; depth is the longest execution so far,
// in scheduling steps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "explore/search_progress.hpp"

namespace initcheck {

// 1234567 -> "1,234,567".
std::string groupThousands(std::uint64_t value);

std::string progressText(std::string_view path, const SearchProgress& progress);

}  // namespace initcheck
