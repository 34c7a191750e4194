// Shared helpers for the formatter tests: reading and parsing files, listing the corpus,
// comparing trees without Parenthesized nodes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast.hpp"

namespace initcheck::testing {

std::string readText(const std::filesystem::path& path);

// The AST of `text`, or std::nullopt when it has syntax errors.
std::optional<ast::File> parseText(const std::string& text, const std::string& path = "test.ic");

// The syntax errors of `text`, one per line ("LINE:COL: message"), empty when it parses.
std::string parseErrors(const std::string& text);

// Every `.ic` file under `root` (recursively), sorted; empty when `root` does not exist.
std::vector<std::filesystem::path> specFilesUnder(const std::filesystem::path& root);

// A test name made of letters, digits and `_` from a path relative to `base`.
std::string testNameFor(const std::filesystem::path& path, const std::filesystem::path& base);

// The same tree with every Parenthesized node replaced by its inner expression.
ast::File withoutParentheses(ast::File file);

}  // namespace initcheck::testing
