// The public entry of the semantic checker: runs the Checker over a parsed file and returns
// the symbols, the directives and the diagnostics sorted by position.
#include "sema/semantic_check.hpp"

#include "sema/checker.hpp"

namespace initcheck {

SemanticResult checkSemantics(ast::File& file) {
  SemanticResult result;
  Checker checker(result.symbols, result.directives, result.diagnostics);
  checker.checkFile(file);
  result.diagnostics.sortByPosition();
  return result;
}

}  // namespace initcheck
