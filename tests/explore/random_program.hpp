// Random small specs for differential testing of the search engines (issue 4): every
// construct of the language (LANGUAGE.md) appears across seeds, and every program passes the
// front end. Programs are kept small (2-4 threads, a handful of steps each) so that the
// exhaustive search walks them in milliseconds, and they are often buggy (races, double
// init, deadlocks, failed assertions, runtime errors, bound cuts) so that comparing the
// violated property instances of two engines means something.
#pragma once

#include <cstdint>
#include <string>

namespace initcheck {

// The program for `seed`: the same text for the same seed, on every platform.
std::string randomProgram(std::uint64_t seed);

}  // namespace initcheck
