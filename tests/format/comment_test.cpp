// Comment placement, blank lines and one-line blocks through the parser: each input formats
// to the expected text, which parses to the same AST and is canonical itself.
#include <gtest/gtest.h>

#include "format/formatter.hpp"
#include "format_test_support.hpp"

namespace initcheck {
namespace {

void expectCanonical(const std::string& input, const std::string& expected) {
  std::optional<ast::File> original = testing::parseText(input);
  ASSERT_TRUE(original.has_value()) << testing::parseErrors(input);
  EXPECT_EQ(formatFile(*original), expected);
  std::optional<ast::File> canonical = testing::parseText(expected);
  ASSERT_TRUE(canonical.has_value()) << testing::parseErrors(expected);
  EXPECT_TRUE(*canonical == *original);
  EXPECT_EQ(formatFile(*canonical), expected);
}

TEST(Comments, TrailingCommentsStayOnTheirLine) {
  expectCanonical("var x: int;   // x\nvar y: int;/* y */ /* z */\n",
                  "var x: int; // x\nvar y: int; /* y */ /* z */\n");
}

TEST(Comments, TrailingCommentsAlignedInTheSourceStayAligned) {
  expectCanonical(
      "var a: int = 0;        // the first\nvar bb:int=0;          // the second\n"
      "var ccc: int = 0;      // the third\n\nthread t {\n    a = 1;   // set a\n"
      "    bb = 2;  // set bb\n}\n",
      "var a: int = 0;   // the first\nvar bb: int = 0;  // the second\n"
      "var ccc: int = 0; // the third\n\nthread t {\n    a = 1;  // set a\n"
      "    bb = 2; // set bb\n}\n");
}

TEST(Comments, OnlyConsecutiveLinesOfOneIndentationAndOneSourceColumnAlign) {
  // Not aligned in the source; a blank line between; a deeper line in between.
  expectCanonical("var a: int = 0; // a\nvar bbb: int = 0; // b\n",
                  "var a: int = 0; // a\nvar bbb: int = 0; // b\n");
  expectCanonical("var a: int = 0;   // a\n\nvar bbb: int = 0; // b\n",
                  "var a: int = 0; // a\n\nvar bbb: int = 0; // b\n");
  expectCanonical("thread t {       // t\n    x = 1;       // x\n}\n",
                  "thread t { // t\n    x = 1; // x\n}\n");
}

TEST(Comments, OwnLineCommentsTakeTheIndentationOfWhatFollows) {
  expectCanonical("thread main {\n// a\n        x = 1;\n      // end\n}\n",
                  "thread main {\n    // a\n    x = 1;\n    // end\n}\n");
}

TEST(Comments, CommentsInsideExpressionsMoveBeforeTheStatement) {
  expectCanonical("thread main {\n    x = 1 + /* one */ 2; // two\n}\n",
                  "thread main {\n    /* one */\n    x = 1 + 2; // two\n}\n");
}

TEST(Comments, CommentBetweenBraceAndElseOpensTheElseBlock) {
  expectCanonical(
      "thread main {\n    if c {\n        x = 1;\n    } // then\n    else {\n        x = 2;\n"
      "    }\n}\n",
      "thread main {\n    if c {\n        x = 1;\n    } else {\n        // then\n        x = 2;\n"
      "    }\n}\n");
}

TEST(Comments, CommentsAfterTheLastBlockTrailTheStatement) {
  expectCanonical("thread main {\n    go func() {\n        f();\n    }(/* now */); // go\n}\n",
                  "thread main {\n    go func() {\n        f();\n    }(); /* now */ // go\n}\n");
}

TEST(Comments, CommentsBetweenClosuresOpenTheLaterOne) {
  expectCanonical(
      "thread main { f(func() { a(); }, /* second */ func() { b(); }); }\n",
      "thread main {\n    f(func() { a(); }, func() {\n        /* second */\n        b();\n"
      "    });\n}\n");
}

TEST(Comments, OneLineBlockWithACommentExpands) {
  expectCanonical("thread a { x = 1; /* c */ }\n", "thread a {\n    x = 1; /* c */\n}\n");
}

TEST(Comments, ClosureBlockWithACommentExpands) {
  expectCanonical(
      "thread main {\n    fs = append(fs, func() { f(); /* c */ });\n}\n",
      "thread main {\n    fs = append(fs, func() {\n        f(); /* c */\n    });\n}\n");
}

TEST(Comments, CommentAfterOpenBraceStays) {
  expectCanonical("thread a {   // why\n    x = 1;\n}\n", "thread a { // why\n    x = 1;\n}\n");
  expectCanonical("thread a { // nothing yet\n}\n", "thread a { // nothing yet\n}\n");
}

TEST(Comments, BlockCommentBeforeCodeStaysOnItsLine) {
  expectCanonical("thread a {\n    /* first */   x = 1;\n}\n",
                  "thread a {\n    /* first */ x = 1;\n}\n");
}

TEST(Comments, HeaderCommentsStayBeforeSpec) {
  expectCanonical("// header\n// more\nspec \"x\";   // title\n// about x\nvar x: int;\n",
                  "// header\n// more\nspec \"x\"; // title\n\n// about x\nvar x: int;\n");
}

TEST(Comments, CommentsAtTheEndOfTheFile) {
  expectCanonical("var x: int;\n\n\n// bye\n/* really */\n\n",
                  "var x: int;\n\n// bye\n/* really */\n");
}

TEST(Comments, MultiLineBlockCommentKeepsItsText) {
  expectCanonical("thread a {\n        /* one\n   two */\n  x = 1;\n}\n",
                  "thread a {\n    /* one\n   two */\n    x = 1;\n}\n");
}

TEST(Comments, LineCommentsLoseTrailingWhiteSpace) {
  std::optional<ast::File> file = testing::parseText("var x: int; // x   \n");
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(formatFile(*file), "var x: int; // x\n");
}

TEST(BlankLines, AtMostOneAndNoneAtBlockEdges) {
  expectCanonical("var x: int;\n\n\n\nthread a {\n\n    x = 1;\n\n\n    x = 2;\n\n}\n",
                  "var x: int;\n\nthread a {\n    x = 1;\n\n    x = 2;\n}\n");
}

TEST(BlankLines, AroundComments) {
  expectCanonical("var x: int;\n// a\n\n\n// b\n\nvar y: int;\n",
                  "var x: int;\n// a\n\n// b\n\nvar y: int;\n");
}

TEST(BlankLines, SpecIsFollowedByOne) {
  expectCanonical("spec \"s\"; var x: int;\n", "spec \"s\";\n\nvar x: int;\n");
}

TEST(Blocks, OneLineBlocksStayWhileTheyFit) {
  expectCanonical("thread a {    assert get()==42;}\nthread b {}\n",
                  "thread a { assert get() == 42; }\nthread b { }\n");
}

TEST(Blocks, MultiLineBlocksStayExpanded) {
  expectCanonical("thread a {\n    x = 1; y = 2; }\n", "thread a {\n    x = 1;\n    y = 2;\n}\n");
}

TEST(Blocks, LongOneLineBlockExpands) {
  std::string call = "initializeTheConfigurationWithAVeryLongName(firstArgument, secondArgument);";
  expectCanonical("thread a { " + call + " " + call + " }\n",
                  "thread a {\n    " + call + "\n    " + call + "\n}\n");
}

TEST(Blocks, ExactlyOneHundredColumnsFits) {
  std::string body = "f(" + std::string(100 - 17, 'a') + ");";  // "thread a { " + body + " }"
  std::string line = "thread a { " + body + " }";
  ASSERT_EQ(line.size(), 100u);
  expectCanonical(line + "\n", line + "\n");
  std::string longer = "thread a { f(a" + std::string(100 - 17, 'a') + "); }";
  expectCanonical(longer + "\n", "thread a {\n    f(a" + std::string(100 - 17, 'a') + ");\n}\n");
}

TEST(Blocks, OuterBlockBreaksFirst) {
  std::string inner =
      "o.do(func() { initializeTheFirstConfiguration(name); "
      "initializeTheSecondConfiguration(name); "
      "});";
  ASSERT_EQ(inner.size(), 96u);  // fits at indentation 4, not after "thread a { "
  expectCanonical("thread a { " + inner + " }\n", "thread a {\n    " + inner + "\n}\n");
}

}  // namespace
}  // namespace initcheck
