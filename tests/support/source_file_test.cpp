#include "support/source_file.hpp"

#include <gtest/gtest.h>

namespace initcheck {
namespace {

TEST(SourceFile, MapsOffsetsToLinesAndColumns) {
  SourceFile file("a.ic", "ab\ncd\n\nxyz");
  EXPECT_EQ(file.positionAt(0), (SourcePosition{1, 1}));
  EXPECT_EQ(file.positionAt(2), (SourcePosition{1, 3}));
  EXPECT_EQ(file.positionAt(3), (SourcePosition{2, 1}));
  EXPECT_EQ(file.positionAt(7), (SourcePosition{4, 1}));
  EXPECT_EQ(file.positionAt(10), (SourcePosition{4, 4}));
  EXPECT_EQ(file.positionAt(999), (SourcePosition{4, 4}));
}

TEST(SourceFile, OffsetOfInvertsPositionAt) {
  SourceFile file("a.ic", "ab\ncd\n\nxyz");
  for (std::size_t offset = 0; offset <= file.text().size(); ++offset) {
    EXPECT_EQ(file.offsetOf(file.positionAt(offset)), offset);
  }
}

TEST(SourceFile, LineTextDropsLineBreaks) {
  SourceFile file("a.ic", "first\r\nsecond\nthird");
  EXPECT_EQ(file.lineCount(), 3u);
  EXPECT_EQ(file.lineText(1), "first");
  EXPECT_EQ(file.lineText(2), "second");
  EXPECT_EQ(file.lineText(3), "third");
  EXPECT_EQ(file.lineText(4), "");
  EXPECT_EQ(file.lineText(0), "");
}

TEST(SourceFile, PositionWithAHintIsThePositionWhateverTheHint) {
  SourceFile file("a.ic", "ab\n\ncd\r\nefg\nh");
  std::size_t size = file.text().size();
  for (std::size_t hint = 0; hint < 6; ++hint) {
    for (std::size_t offset = 0; offset <= size + 2; ++offset) {
      std::size_t moving = hint;
      EXPECT_EQ(file.positionAt(offset, moving), file.positionAt(offset))
          << "offset " << offset << " hint " << hint;
      EXPECT_EQ(file.positionAt(offset, moving), file.positionAt(offset));  // the hint it left
    }
  }
  std::size_t forward = 0;  // as the parser asks: forward, then back
  for (std::size_t offset : {0u, 1u, 3u, 4u, 8u, 12u, 2u, 13u, 0u})
    EXPECT_EQ(file.positionAt(offset, forward), file.positionAt(offset)) << offset;
}

TEST(SourceFile, LoadReportsMissingFile) {
  EXPECT_FALSE(SourceFile::load("/nonexistent/file.ic").has_value());
}

}  // namespace
}  // namespace initcheck
