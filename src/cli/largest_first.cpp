// Largest files first (see largest_first.hpp).
#include "cli/largest_first.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <numeric>
#include <system_error>

namespace initcheck::cli {

std::vector<std::size_t> largestFirst(const std::vector<std::string>& files) {
  std::vector<std::uintmax_t> sizes;
  for (const std::string& file : files) {
    std::error_code error;
    std::uintmax_t size = std::filesystem::file_size(file, error);
    sizes.push_back(error ? 0 : size);
  }
  std::vector<std::size_t> order(files.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

}  // namespace initcheck::cli
