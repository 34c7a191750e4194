// The one-line summary `initcheck parse` prints: threads, functions, globals, checks.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace initcheck::cli {

std::string summarizeSpec(const ast::File& file);

}  // namespace initcheck::cli
