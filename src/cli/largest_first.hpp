// The order a `--jobs N` run starts its files in: the largest first (by bytes, ties in input
// order). A spec's size is a rough guess of its search's length, but the long searches are the
// large real-protocol specs, and one of them started last would run alone at the end.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace initcheck::cli {

std::vector<std::size_t> largestFirst(const std::vector<std::string>& files);

}  // namespace initcheck::cli
