// Prints an AST in initcheck's canonical layout (`initcheck fmt`), keeping every comment.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace initcheck {

std::string formatFile(const ast::File& file);

}  // namespace initcheck
