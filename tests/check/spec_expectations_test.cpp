#include "check/spec_expectations.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(ExpectedError, ReadsLineAndColumn) {
  auto expected = readExpectedError(SourceFile("e.ic", "// expect-error: 4:19\nx"));
  ASSERT_TRUE(expected);
  EXPECT_EQ(expected->line, 4u);
  EXPECT_EQ(expected->column, 19u);
  EXPECT_TRUE(expected->matches({4, 19}));
  EXPECT_FALSE(expected->matches({4, 18}));
}

TEST(ExpectedError, ReadsLineOnlyAndMatchesAnyColumn) {
  auto expected = readExpectedError(SourceFile("e.ic", "// expect-error: 5\n"));
  ASSERT_TRUE(expected);
  EXPECT_EQ(expected->column, std::nullopt);
  EXPECT_TRUE(expected->matches({5, 1}));
  EXPECT_TRUE(expected->matches({5, 80}));
  EXPECT_EQ(expected->describe(), "5");
}

TEST(ExpectedError, OnlyTheFirstLineCounts) {
  EXPECT_FALSE(readExpectedError(SourceFile("e.ic", "\n// expect-error: 5\n")));
  EXPECT_FALSE(readExpectedError(SourceFile("e.ic", "// expect-error: five\n")));
  EXPECT_FALSE(readExpectedError(SourceFile("e.ic", "")));
}

TEST(DescribeKinds, ListsKindsInReportOrderOrSaysOk) {
  EXPECT_EQ(describeKinds({}), "ok");
  EXPECT_EQ(describeKinds({PropertyKind::InitBeforeUse, PropertyKind::Race}),
            "{race, init_before_use}");
}

}  // namespace
}  // namespace initcheck
