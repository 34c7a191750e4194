// The shared conformance corpus: every spec parses cleanly, and the syntax errors among the
// error specs are reported exactly where their `// expect-error: LINE[:COL]` header says.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

namespace fs = std::filesystem;

fs::path conformanceDir() {
  return fs::path(INITCHECK_SHARED_DIR) / "conformance";
}

std::vector<fs::path> specsIn(const fs::path& dir) {
  std::vector<fs::path> specs;
  if (!fs::is_directory(dir))
    return specs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".ic")
      specs.push_back(entry.path());
  }
  std::sort(specs.begin(), specs.end());
  return specs;
}

struct ExpectedError {
  std::uint32_t line = 0;
  std::optional<std::uint32_t> column;
};

// `// expect-error: LINE` or `// expect-error: LINE:COL` on the first line.
std::optional<ExpectedError> expectedErrorOf(const SourceFile& source) {
  std::istringstream header{std::string(source.lineText(1))};
  std::string comment, tag;
  ExpectedError expected;
  if (!(header >> comment >> tag >> expected.line) || comment != "//" || tag != "expect-error:") {
    return std::nullopt;
  }
  std::uint32_t column = 0;
  if (header.get() == ':' && header >> column)
    expected.column = column;
  return expected;
}

const Diagnostic* firstError(const ParseResult& result) {
  for (const auto& d : result.diagnostics.all()) {
    if (d.severity == Severity::Error)
      return &d;
  }
  return nullptr;
}

TEST(Conformance, EverySpecParsesWithoutDiagnostics) {
  auto specs = specsIn(conformanceDir());
  if (specs.empty())
    GTEST_SKIP() << "no conformance corpus at " << conformanceDir();
  for (const auto& path : specs) {
    auto source = SourceFile::load(path.string());
    ASSERT_TRUE(source.has_value()) << path;
    ParseResult result = parseSource(*source);
    EXPECT_TRUE(result.diagnostics.all().empty()) << renderToString(*source, result.diagnostics);
    EXPECT_TRUE(result.file.title.has_value()) << path;
    EXPECT_FALSE(result.file.items.empty()) << path;
  }
}

TEST(Conformance, SyntaxErrorsAreWhereTheHeaderSays) {
  auto specs = specsIn(conformanceDir() / "errors");
  if (specs.empty())
    GTEST_SKIP() << "no error specs at " << conformanceDir() / "errors";
  for (const auto& path : specs) {
    auto source = SourceFile::load(path.string());
    ASSERT_TRUE(source.has_value()) << path;
    auto expected = expectedErrorOf(*source);
    ASSERT_TRUE(expected.has_value()) << path << " has no expect-error header";
    ParseResult result = parseSource(*source);
    const Diagnostic* error = firstError(result);
    if (error == nullptr)
      continue;  // a semantic error: not the parser's to find
    EXPECT_EQ(error->position.line, expected->line) << renderToString(*source, result.diagnostics);
    if (expected->column) {
      EXPECT_EQ(error->position.column, *expected->column) << path;
    }
  }
}

TEST(Conformance, MissingSemicolonIsReportedJustAfterThePreviousToken) {
  fs::path path = conformanceDir() / "errors" / "e1_missing_semicolon.ic";
  if (!fs::exists(path))
    GTEST_SKIP() << "no " << path;
  auto source = SourceFile::load(path.string());
  ParseResult result = parseSource(*source);
  ASSERT_EQ(result.diagnostics.all().size(), 1u) << renderToString(*source, result.diagnostics);
  const Diagnostic& error = result.diagnostics.all()[0];
  EXPECT_EQ(error.message, "expected ';' after statement");
  EXPECT_EQ(error.position, at(expectedErrorOf(*source)->line, 10));
  EXPECT_EQ(error.position, at(5, 10));  // `    x = 1`: just past the `1`
}

}  // namespace
}  // namespace initcheck::testing
