// Golden diagnostics: each tests/sema/golden/NAME.ic, checked, renders exactly as
// NAME.expected (path shown as NAME.ic). Set INITCHECK_UPDATE_GOLDEN=1 to rewrite the
// .expected files from the current output (then review the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/parse.hpp"
#include "sema/semantic_check.hpp"
#include "support/diagnostic_renderer.hpp"
#include "support/source_file.hpp"

namespace initcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(INITCHECK_SOURCE_DIR) / "tests" / "sema" / "golden";

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string render(const fs::path& path) {
  SourceFile source(path.filename().string(), readText(path));
  ParseResult parsed = parseSource(source);
  if (!parsed.ok())
    return renderToString(source, parsed.diagnostics);
  SemanticResult result = checkSemantics(parsed.file);
  return renderToString(source, result.diagnostics);
}

TEST(GoldenDiagnostics, EveryFileRendersAsExpected) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kGoldenDir)) {
    if (entry.path().extension() == ".ic")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no golden files in " << kGoldenDir;
  bool update = std::getenv("INITCHECK_UPDATE_GOLDEN") != nullptr;
  for (const auto& path : files) {
    fs::path expectedPath = fs::path(path).replace_extension(".expected");
    std::string actual = render(path);
    if (update)
      std::ofstream(expectedPath, std::ios::binary) << actual;
    ASSERT_TRUE(fs::exists(expectedPath)) << "missing " << expectedPath;
    EXPECT_EQ(actual, readText(expectedPath)) << path.filename();
  }
}

}  // namespace
}  // namespace initcheck
