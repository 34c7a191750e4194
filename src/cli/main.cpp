// The initcheck executable: everything lives in the libraries underneath.
#include <iostream>

#include "cli/cli_app.hpp"

int main(int argc, char** argv) {
  return initcheck::cli::runCli(argc, argv, std::cout, std::cerr);
}
