// `LINE:COL` tokens mapped inside a text, everything else kept.
#include "support/positions_in_text.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(PositionsInText, EveryLineColTokenIsMappedAndNothingElse) {
  auto nextLine = [](SourcePosition position) {
    return SourcePosition{position.line + 1, position.column};
  };
  EXPECT_EQ(withPositionsMapped("x@4:5,9:37", nextLine), "x@5:5,10:37");
  EXPECT_EQ(withPositionsMapped("3:23 4:26 ", nextLine), "4:23 5:26 ");
  EXPECT_EQ(withPositionsMapped("a1:2 7: :3 12", nextLine), "a2:2 7: :3 12");
  EXPECT_EQ(withPositionsMapped("", nextLine), "");
}

}  // namespace
}  // namespace initcheck
