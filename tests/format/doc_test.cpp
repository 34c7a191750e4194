// The layout engine: groups stay flat while they fit, break otherwise, and hard breaks break
// every enclosing group.
#include "format/doc.hpp"

#include <gtest/gtest.h>

namespace initcheck::format {
namespace {

// `{ a; b; }` as a block group.
Doc block(std::vector<Doc> statements, bool forceBreak = false) {
  Doc body;
  for (Doc& statement : statements)
    body += Doc::line() + statement;
  return Doc::group(Doc::text("{") + Doc::nest(body) + Doc::line() + Doc::text("}"), forceBreak);
}

TEST(Doc, GroupStaysFlatWhenItFits) {
  Doc doc = Doc::text("t ") + block({Doc::text("a;"), Doc::text("b;")});
  EXPECT_EQ(renderDoc(doc), "t { a; b; }");
}

TEST(Doc, GroupBreaksWhenTooLong) {
  Doc doc = Doc::text("t ") + block({Doc::text("a;"), Doc::text("b;")});
  EXPECT_EQ(renderDoc(doc, 11), "t { a; b; }");
  EXPECT_EQ(renderDoc(doc, 10), "t {\n    a;\n    b;\n}");
}

TEST(Doc, TextAfterTheGroupCountsTowardsTheWidth) {
  Doc doc = block({Doc::text("a;")}) + Doc::text(");");
  EXPECT_EQ(renderDoc(doc, 8), "{ a; });");
  EXPECT_EQ(renderDoc(doc, 7), "{\n    a;\n});");
}

TEST(Doc, InnerGroupMayStayFlatInsideABrokenOne) {
  Doc inner = Doc::text("f(") + block({Doc::text("x;")}) + Doc::text(");");
  Doc doc = block({inner, Doc::text("y;")}, true);
  EXPECT_EQ(renderDoc(doc), "{\n    f({ x; });\n    y;\n}");
}

TEST(Doc, HardLineBreaksEnclosingGroups) {
  Doc doc = block({Doc::text("// c") + Doc::hardLine() + Doc::text("a;")});
  EXPECT_EQ(renderDoc(doc), "{\n    // c\n    a;\n}");
  Doc parent = block({Doc::text("a; // c") + Doc::breakParent()});
  EXPECT_EQ(renderDoc(parent), "{\n    a; // c\n}");
}

TEST(Doc, BlankLinesCarryNoIndentation) {
  Doc doc = block({Doc::text("a;"), Doc::hardLine() + Doc::text("b;")}, true);
  EXPECT_EQ(renderDoc(doc), "{\n    a;\n\n    b;\n}");
}

TEST(Doc, WidthCountsCharactersNotBytes) {
  Doc doc = block({Doc::text("\"\xC3\xA9\xC3\xA9\";")});
  EXPECT_EQ(renderDoc(doc, 9), "{ \"\xC3\xA9\xC3\xA9\"; }");
}

}  // namespace
}  // namespace initcheck::format
