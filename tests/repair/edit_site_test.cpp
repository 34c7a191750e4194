// Single-line edits applied, and positions followed through them.
#include "repair/edit_site.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(EditSite, EditsApplyInAnyOrderAndPositionsAfterThemMove) {
  SourceFile source("t.ic", "go f();\n    wg.add(1); x = 1;\n");
  std::vector<TextEdit> move = {{{2, 5}, "wg.add(1);", ""}, {{1, 1}, "", "wg.add(1); "}};
  EXPECT_EQ(applyEdits(source, move), "wg.add(1); go f();\n     x = 1;\n");
  EXPECT_EQ(editedPosition({1, 1}, move), (SourcePosition{1, 12}));   // `go` moved right
  EXPECT_EQ(editedPosition({2, 16}, move), (SourcePosition{2, 6}));   // `x` moved left
  EXPECT_EQ(editedPosition({3, 16}, move), (SourcePosition{3, 16}));  // other lines stay
  EXPECT_EQ(withEditedPositions("x@1:1,2:16 2:3", move), "x@1:12,2:6 2:3");
}

}  // namespace
}  // namespace initcheck
