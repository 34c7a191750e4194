// The command line: `initcheck parse | fmt | check | test`. Lives in a library so tests can
// drive it in-process with their own streams; main.cpp only forwards to it.
#pragma once

#include <ostream>

namespace initcheck::cli {

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace initcheck::cli
