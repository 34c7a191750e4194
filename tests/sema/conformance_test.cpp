// The shared conformance corpus: every spec checks without errors; e2-e4 (semantic errors)
// fail at exactly the position in their `// expect-error: LINE:COL` header. The same holds for
// the repository's own specs/errors/*.ic.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "parser/parse.hpp"
#include "sema/semantic_check.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/source_file.hpp"

namespace initcheck {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> specsIn(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder))
    return files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".ic")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// "LINE:COL" from the `// expect-error: LINE:COL` header, or "" when absent.
std::string expectedErrorPosition(const SourceFile& file) {
  std::smatch match;
  std::string first(file.lineText(1));
  static const std::regex header(R"(//\s*expect-error:\s*(\d+:\d+))");
  return std::regex_search(first, match, header) ? match[1].str() : "";
}

struct Outcome {
  bool parsed = false;
  std::string rendered;
  std::string firstError;  // "LINE:COL"
};

Outcome checkFile(const SourceFile& source) {
  Outcome outcome;
  ParseResult parsed = parseSource(source);
  outcome.parsed = parsed.ok();
  if (!outcome.parsed)
    return outcome;
  SemanticResult result = checkSemantics(parsed.file);
  outcome.rendered = renderToString(source, result.diagnostics);
  if (!result.diagnostics.all().empty()) {
    const auto& position = result.diagnostics.all().front().position;
    outcome.firstError = std::to_string(position.line) + ":" + std::to_string(position.column);
  }
  return outcome;
}

void expectErrorsAtHeaders(const fs::path& folder) {
  auto files = specsIn(folder);
  if (files.empty())
    GTEST_SKIP() << "no .ic files in " << folder;
  int checked = 0;
  for (const auto& path : files) {
    auto source = SourceFile::load(path.string());
    ASSERT_TRUE(source) << path;
    std::string expected = expectedErrorPosition(*source);
    if (expected.empty())
      continue;  // a LINE-only header: a syntax error, the parser's
    Outcome outcome = checkFile(*source);
    if (!outcome.parsed)
      continue;  // a syntax error: the parser's tests cover it
    EXPECT_EQ(outcome.firstError, expected) << path << "\n" << outcome.rendered;
    ++checked;
  }
  EXPECT_GT(checked, 0) << "no semantic error file in " << folder;
}

TEST(Conformance, EverySpecChecksWithoutErrors) {
  fs::path folder = fs::path(INITCHECK_SHARED_DIR) / "conformance";
  auto files = specsIn(folder);
  if (files.empty())
    GTEST_SKIP() << "conformance folder absent: " << folder;
  for (const auto& path : files) {
    auto source = SourceFile::load(path.string());
    ASSERT_TRUE(source) << path;
    Outcome outcome = checkFile(*source);
    EXPECT_TRUE(outcome.parsed) << path << " does not parse";
    EXPECT_EQ(outcome.rendered, "") << path;
  }
}

TEST(Conformance, SemanticErrorsAreReportedAtTheHeaderPosition) {
  fs::path folder = fs::path(INITCHECK_SHARED_DIR) / "conformance" / "errors";
  if (!fs::is_directory(folder))
    GTEST_SKIP() << "conformance folder absent: " << folder;
  for (const char* name :
       {"e2_unknown_name.ic", "e3_check_non_init_func.ic", "e4_type_mismatch.ic"}) {
    auto source = SourceFile::load((folder / name).string());
    if (!source) {
      ADD_FAILURE() << "missing " << name;
      continue;
    }
    Outcome outcome = checkFile(*source);
    ASSERT_TRUE(outcome.parsed) << name;
    EXPECT_EQ(outcome.firstError, expectedErrorPosition(*source)) << name << "\n"
                                                                  << outcome.rendered;
  }
}

TEST(Conformance, SharedErrorFolderHeadersHold) {
  expectErrorsAtHeaders(fs::path(INITCHECK_SHARED_DIR) / "conformance" / "errors");
}

TEST(Conformance, RepositorySpecErrorsHeadersHold) {
  expectErrorsAtHeaders(fs::path(INITCHECK_SOURCE_DIR) / "specs" / "errors");
}

}  // namespace
}  // namespace initcheck
