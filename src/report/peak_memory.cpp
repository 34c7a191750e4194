// Peak resident set size from getrusage (Linux reports ru_maxrss in KiB, macOS in bytes).
#include "report/peak_memory.hpp"

#include <sys/resource.h>

namespace initcheck {

double peakRssMegabytes() {
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0)
    return 0;
#ifdef __APPLE__
  return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
#endif
}

}  // namespace initcheck
