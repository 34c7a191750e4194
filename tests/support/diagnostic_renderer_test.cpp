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

TEST(DiagnosticRenderer, ALongLineIsShownAsAWindowAroundTheCaret) {
  std::string line = std::string(600000, 'a') + "$" + std::string(600000, 'b');
  SourceFile file("t.ic", line + "\n");
  DiagnosticList list;
  list.error({1, 600001}, "unexpected character");
  std::string shown = renderToString(file, list);
  EXPECT_EQ(shown, "t.ic:1:600001: error: unexpected character\n..." + std::string(60, 'a') + "$" +
                       std::string(59, 'b') + "...\n" + std::string(63, ' ') + "^\n");
}

TEST(DiagnosticRenderer, ALongLineWindowKeepsItsStartAndWholeCharacters) {
  std::string line = "x" + std::string(200, 'a');
  for (int i = 0; i < 100; ++i)
    line += "\xC3\xA9";  // e with acute accent, two bytes
  SourceFile file("t.ic", line + "\n");
  DiagnosticList list;
  list.error({1, 1}, "here");
  EXPECT_EQ(renderToString(file, list),
            "t.ic:1:1: error: here\nx" + std::string(119, 'a') + "...\n^\n");
  auto windowAt = [&](std::uint32_t column) {
    DiagnosticList at;
    at.error({1, column}, "there");
    std::string shown = renderToString(file, at);
    std::string text = shown.substr(shown.find('\n') + 1);
    text = text.substr(0, text.find('\n'));
    EXPECT_EQ(text.substr(0, 3), "...");
    EXPECT_EQ(text.substr(text.size() - 3), "...");
    return text.substr(3, text.size() - 6);
  };
  // Bytes 190..310 would end inside an accented character: the window stops before it.
  std::string window = windowAt(251);
  EXPECT_EQ(window.size(), 119u);
  EXPECT_EQ(window.find("a\xC3\xA9"), 10u);
  // Bytes 202..322 would start inside one: the window starts with the whole character.
  window = windowAt(263);
  EXPECT_EQ(window.substr(0, 2), "\xC3\xA9");
  EXPECT_EQ(window.size(), 120u);
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
