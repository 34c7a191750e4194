// Golden tests: every tests/format/golden/NAME.ic formats to NAME.expected, which is itself
// canonical and parses to the same AST as the input.
#include <gtest/gtest.h>

#include <filesystem>

#include "format/formatter.hpp"
#include "format_test_support.hpp"

namespace initcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(INITCHECK_SOURCE_DIR) / "tests" / "format" / "golden";

std::vector<fs::path> goldenInputs() {
  return testing::specFilesUnder(kGoldenDir);
}

class Golden : public ::testing::TestWithParam<fs::path> {};

TEST_P(Golden, FormatsToExpected) {
  fs::path expectedPath = fs::path(GetParam()).replace_extension(".expected");
  ASSERT_TRUE(fs::exists(expectedPath)) << expectedPath;
  std::string input = testing::readText(GetParam());
  std::string expected = testing::readText(expectedPath);

  std::optional<ast::File> original = testing::parseText(input);
  ASSERT_TRUE(original.has_value()) << testing::parseErrors(input);
  EXPECT_EQ(formatFile(*original), expected);

  std::optional<ast::File> canonical = testing::parseText(expected);
  ASSERT_TRUE(canonical.has_value()) << testing::parseErrors(expected);
  EXPECT_TRUE(*canonical == *original) << "the expected output parses to a different AST";
  EXPECT_EQ(formatFile(*canonical), expected) << "the expected output is not canonical";
}

TEST(GoldenFolder, IsNotEmpty) {
  EXPECT_GE(goldenInputs().size(), 3u) << kGoldenDir;
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, ::testing::ValuesIn(goldenInputs()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                           return testing::testNameFor(info.param, kGoldenDir);
                         });

}  // namespace
}  // namespace initcheck
