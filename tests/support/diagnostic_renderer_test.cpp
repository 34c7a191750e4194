#include "support/diagnostic_renderer.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(DiagnosticRenderer, PrintsLocationLineAndCaret) {
  SourceFile file("spec.ic", "var x: int = 0;\nthread main { y = 1; }\n");
  DiagnosticList list;
  list.error({2, 15}, "unknown name 'y'");
  EXPECT_EQ(renderToString(file, list),
            "spec.ic:2:15: error: unknown name 'y'\n"
            "thread main { y = 1; }\n"
            "              ^\n");
}

TEST(DiagnosticRenderer, KeepsTabsSoTheCaretLinesUp) {
  SourceFile file("t.ic", "\tx = 1\n");
  DiagnosticList list;
  list.error({1, 7}, "expected ';'");
  EXPECT_EQ(renderToString(file, list), "t.ic:1:7: error: expected ';'\n\tx = 1\n\t     ^\n");
}

TEST(DiagnosticRenderer, CaretMayStandJustPastTheLineEnd) {
  SourceFile file("t.ic", "abc");
  DiagnosticList list;
  list.error({1, 4}, "expected ';'");
  EXPECT_EQ(renderToString(file, list), "t.ic:1:4: error: expected ';'\nabc\n   ^\n");
}

TEST(DiagnosticRenderer, ControlBytesAreShownAsQuestionMarks) {
  SourceFile file("t.ic", std::string("a\0b", 3));
  DiagnosticList list;
  list.error({1, 2}, "unexpected character");
  EXPECT_EQ(renderToString(file, list), "t.ic:1:2: error: unexpected character\na?b\n ^\n");
}

TEST(DiagnosticRenderer, NotesFollowTheirError) {
  DiagnosticList list;
  list.error({3, 1}, "later");
  list.error({1, 1}, "duplicate 'x'");
  list.note({2, 1}, "first declared here");
  list.sortByPosition();
  ASSERT_EQ(list.all().size(), 3u);
  EXPECT_EQ(list.all()[0].message, "duplicate 'x'");
  EXPECT_EQ(list.all()[1].message, "first declared here");
  EXPECT_EQ(list.all()[2].message, "later");
}

}  // namespace
}  // namespace initcheck
