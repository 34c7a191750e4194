// A spec file taken through the front end: read, parsed, and semantically checked.
// Every command that reads `.ic` files starts here.
#pragma once

#include <string>

#include "parser/ast.hpp"
#include "sema/semantic_check.hpp"
#include "support/diagnostic.hpp"
#include "support/source_file.hpp"

namespace initcheck {

struct LoadedSpec {
  SourceFile source;
  ast::File file;
  SymbolTable symbols;
  SpecDirectives directives;   // resolved `check`, `expect` and `option` items
  DiagnosticList diagnostics;  // syntax errors, or else semantic errors, in source order
  bool readFailed = false;     // the file could not be read at all

  bool ok() const { return !readFailed && !diagnostics.hasErrors(); }
};

// Parses and checks text already in memory. Semantic checking runs only on a file that
// parsed cleanly, so a syntax error never brings a cascade of follow-on errors.
LoadedSpec analyzeSpec(SourceFile source);

// Reads a file from disk, then analyzeSpec; a file that cannot be read gives readFailed
// and one diagnostic without a position.
LoadedSpec loadSpecFile(const std::string& path);

}  // namespace initcheck
