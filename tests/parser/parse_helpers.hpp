// Test helpers: parse text, render its diagnostics, dig out the pieces a test looks at.
#pragma once

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "parser/parse.hpp"
#include "support/diagnostic_renderer.hpp"

namespace initcheck {

// Shows positions as LINE:COL in test failures.
inline void PrintTo(const SourcePosition& position, std::ostream* out) {
  *out << position.line << ':' << position.column;
}

}  // namespace initcheck

namespace initcheck::testing {

struct Parsed {
  SourceFile source;
  ParseResult result;

  std::string rendered() const { return renderToString(source, result.diagnostics); }
};

inline Parsed parseText(const std::string& text, const std::string& path = "test.ic") {
  SourceFile source(path, text);
  ParseResult result = parseSource(source);
  return {std::move(source), std::move(result)};
}

// Parses a file that must have no diagnostics.
inline ast::File parseValid(const std::string& text) {
  Parsed parsed = parseText(text);
  EXPECT_TRUE(parsed.result.diagnostics.all().empty()) << parsed.rendered();
  return std::move(parsed.result.file);
}

// The statements of `thread t { BODY }`.
inline std::vector<ast::Stmt> parseStatements(const std::string& body) {
  ast::File file = parseValid("thread t {\n" + body + "\n}\n");
  if (file.items.size() != 1)
    return {};
  return std::get<ast::ThreadDecl>(file.items[0].node).body.statements;
}

// The expression of `let v = EXPR;` in a thread.
inline ast::Expr parseExpr(const std::string& expr) {
  auto statements = parseStatements("let v = " + expr + ";");
  if (statements.size() != 1)
    return {};
  return std::get<ast::LetStmt>(statements[0].node).value;
}

inline SourcePosition at(std::uint32_t line, std::uint32_t column) {
  return {line, column};
}

}  // namespace initcheck::testing
