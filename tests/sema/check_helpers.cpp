// Parse-and-check helpers shared by the model tests.
#include "check_helpers.hpp"

#include <gtest/gtest.h>

#include "parser/parse.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/source_file.hpp"

namespace initcheck::testing {

namespace {

std::string describe(const Diagnostic& diagnostic) {
  std::string where = std::to_string(diagnostic.position.line) + ":" +
                      std::to_string(diagnostic.position.column) + ": ";
  if (diagnostic.severity == Severity::Note)
    where += "note: ";
  return where + diagnostic.message;
}

}  // namespace

Checked checkText(const std::string& text) {
  SourceFile source("test.ic", text);
  ParseResult parsed = parseSource(source);
  Checked result;
  if (!parsed.ok()) {
    ADD_FAILURE() << "syntax error in test source:\n"
                  << renderToString(source, parsed.diagnostics) << text;
    return result;
  }
  result.parsed = true;
  result.file = std::move(parsed.file);
  result.semantic = checkSemantics(result.file);
  for (const auto& diagnostic : result.semantic.diagnostics.all()) {
    result.messages.push_back(describe(diagnostic));
  }
  return result;
}

std::vector<std::string> errorsOf(const std::string& text) {
  return checkText(text).messages;
}

std::string at(const std::string& text, std::string_view needle, int occurrence) {
  std::size_t offset = std::string::npos;
  for (int i = 0; i < occurrence; ++i) {
    offset = text.find(needle, offset == std::string::npos ? 0 : offset + 1);
    if (offset == std::string::npos) {
      ADD_FAILURE() << "'" << needle << "' not found in test source";
      return "?";
    }
  }
  SourcePosition position = SourceFile("test.ic", text).positionAt(offset);
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

SymbolId findSymbol(const SymbolTable& symbols, std::string_view name, SymbolKind kind) {
  for (const auto& symbol : symbols.symbols()) {
    if (symbol.name == name && symbol.kind == kind)
      return symbol.id;
  }
  return kUnresolved;
}

}  // namespace initcheck::testing
