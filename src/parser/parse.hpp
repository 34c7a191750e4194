// The parser's one public entry: `.ic` source text -> AST, or diagnostics.
// The Spirit X3 grammar behind it never leaks out of src/parser.
#pragma once

#include "parser/ast.hpp"
#include "support/diagnostic.hpp"
#include "support/source_file.hpp"

namespace initcheck {

struct ParseResult {
  ast::File file;              // what was parsed; partial when there are errors
  DiagnosticList diagnostics;  // every syntax error found, in source order
  bool ok() const { return !diagnostics.hasErrors(); }
};

ParseResult parseSource(const SourceFile& source);

}  // namespace initcheck
