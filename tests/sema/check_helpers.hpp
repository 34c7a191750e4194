// Helpers for the semantic checker's tests: parse and check source text, and show the
// diagnostics as "LINE:COL: message" strings (notes as "LINE:COL: note: message").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"
#include "sema/semantic_check.hpp"

namespace initcheck::testing {

struct Checked {
  bool parsed = false;
  ast::File file;
  SemanticResult semantic;
  std::vector<std::string> messages;
};

// Parses (a syntax error fails the calling test) and checks the text.
Checked checkText(const std::string& text);
// The diagnostics of checkText.
std::vector<std::string> errorsOf(const std::string& text);
// "LINE:COL" of the `occurrence`-th (1-based) occurrence of `needle` in `text`.
std::string at(const std::string& text, std::string_view needle, int occurrence = 1);
// The first symbol with this name and kind; kUnresolved if none.
SymbolId findSymbol(const SymbolTable& symbols, std::string_view name, SymbolKind kind);

}  // namespace initcheck::testing
