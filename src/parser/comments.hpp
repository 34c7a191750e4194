// The comments of a spec as AST nodes (`fmt` keeps every one of them).
#pragma once

#include <vector>

#include "parser/ast.hpp"
#include "parser/lexer.hpp"
#include "support/source_file.hpp"

namespace initcheck::parser {

std::vector<ast::Comment> collectComments(const SourceFile& source, const LexedSource& lexed);

}  // namespace initcheck::parser
