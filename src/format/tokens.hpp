// The spelling of the language's fixed tokens for `fmt`: types, memory orders, operators,
// string literals (re-encoded with `\"` and `\\`).
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace initcheck::format {

std::string typeText(const ast::Type& type);
std::string_view binaryOperatorText(ast::BinaryOperator op);
std::string_view unaryOperatorText(ast::UnaryOperator op);
std::string quoteString(std::string_view value);

}  // namespace initcheck::format
