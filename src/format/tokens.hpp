// The spelling of the language's fixed tokens for `fmt`: types, memory orders, operators,
// string literals (re-encoded with `\"` and `\\`).
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace initcheck::format {

std::string typeText(const ast::Type& type);

}  // namespace initcheck::format
