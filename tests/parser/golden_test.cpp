// Golden diagnostics: every tests/parser/golden/NAME.ic parses to exactly the rendered output in
// NAME.expected (the path written as `NAME.ic`). Set INITCHECK_UPDATE_GOLDEN=1 to rewrite the
// .expected files from the parser's current output (then review the diff).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "parse_helpers.hpp"

namespace initcheck::testing {
namespace {

namespace fs = std::filesystem;

fs::path goldenDir() {
  return fs::path(INITCHECK_SOURCE_DIR) / "tests" / "parser" / "golden";
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::vector<fs::path> goldenCases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(goldenDir())) {
    if (entry.path().extension() == ".ic")
      cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

// The first line where the two texts differ, for a readable failure.
std::string firstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool moreE = static_cast<bool>(std::getline(e, el));
    bool moreA = static_cast<bool>(std::getline(a, al));
    if (!moreE && !moreA)
      return "(no difference)";
    if (!moreE || !moreA || el != al) {
      return "first difference at output line " + std::to_string(line) +
             ":\n  expected: " + (moreE ? el : "<end>") + "\n  actual:   " + (moreA ? al : "<end>");
    }
  }
}

TEST(GoldenDiagnostics, EveryCaseMatchesItsExpectedOutput) {
  auto cases = goldenCases();
  ASSERT_FALSE(cases.empty()) << "no golden cases in " << goldenDir();
  bool update = std::getenv("INITCHECK_UPDATE_GOLDEN") != nullptr;
  for (const auto& path : cases) {
    Parsed parsed = parseText(readFile(path), path.filename().string());
    std::string actual = parsed.rendered();
    fs::path expectedPath = fs::path(path).replace_extension(".expected");
    if (update)
      std::ofstream(expectedPath, std::ios::binary) << actual;
    std::string expected = readFile(expectedPath);
    EXPECT_EQ(expected, actual) << "golden case " << path.filename() << " differs; "
                                << firstDifference(expected, actual);
  }
}

TEST(GoldenDiagnostics, EveryCaseHasAnExpectedFile) {
  for (const auto& path : goldenCases()) {
    EXPECT_TRUE(fs::exists(fs::path(path).replace_extension(".expected")))
        << path.filename() << " has no .expected file";
  }
}

}  // namespace
}  // namespace initcheck::testing
