// The process's peak resident set size, for the statistics line of a report.
#pragma once

namespace initcheck {

// In megabytes (MiB), from getrusage; 0 when the system does not say.
double peakRssMegabytes();

}  // namespace initcheck
