// Resident memory from /proc/self/statm, physical memory from sysconf (see process_memory.hpp).
#include "support/process_memory.hpp"

#include <unistd.h>

#include <cstdio>

namespace initcheck {

std::optional<std::uint64_t> residentMegabytes() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr)
    return std::nullopt;
  unsigned long long sizePages = 0;
  unsigned long long residentPages = 0;
  int read = std::fscanf(statm, "%llu %llu", &sizePages, &residentPages);
  std::fclose(statm);
  long pageBytes = sysconf(_SC_PAGESIZE);
  if (read != 2 || pageBytes <= 0)
    return std::nullopt;
  return residentPages * static_cast<unsigned long long>(pageBytes) / (1024 * 1024);
}

std::optional<std::uint64_t> physicalMegabytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long pageBytes = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || pageBytes <= 0)
    return std::nullopt;
  return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageBytes) / (1024 * 1024);
}

}  // namespace initcheck
