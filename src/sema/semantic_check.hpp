// The semantic checker's public entry: names, scopes, types, arity, `init func` rules,
// `check`/`expect`/`option` items. It annotates the AST in place (the "resolved:" fields)
// and returns the symbol table the engines build on, with the directives in resolved form.
#pragma once

#include "parser/ast.hpp"
#include "sema/directives.hpp"
#include "sema/symbol_table.hpp"
#include "support/diagnostic.hpp"

namespace initcheck {

struct SemanticResult {
  SymbolTable symbols;
  SpecDirectives directives;   // the valid `check`, `expect` and `option` items
  DiagnosticList diagnostics;  // every semantic error, in source order
  bool ok() const { return !diagnostics.hasErrors(); }
};

SemanticResult checkSemantics(ast::File& file);

}  // namespace initcheck
