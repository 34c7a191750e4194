// A small Wadler/Prettier-style layout engine: the printers build a Doc tree, and `renderDoc`
// decides which groups fit on one line.
//
// In initcheck's layout the only breakable groups are blocks: a block whose source was on one
// line is a group that stays flat while it fits in the line width; every other block is a
// group with `forceBreak`. A group that contains a hard line break (a comment, a blank line,
// a broken block) is broken too, so a `//` comment never ends up with code after it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "support/source_position.hpp"

namespace initcheck::format {

class Doc {
 public:
  enum class Kind { Text, Line, HardLine, BreakParent, Concat, Nest, Group, CommentColumn };

  Doc();  // empty
  static Doc text(std::string text);
  static Doc line();          // a space when its group is flat, a new line when broken
  static Doc hardLine();      // always a new line; breaks every enclosing group
  static Doc breakParent();   // prints nothing; breaks every enclosing group
  static Doc nest(Doc body);  // one indentation level deeper after each new line
  static Doc group(Doc body, bool forceBreak);
  // The space before a trailing comment that began at `source` in the input. Trailing comments
  // on consecutive lines of one indentation that began on consecutive source lines in one
  // column stay in one column (renderDoc pads them to the widest line's); others get one space.
  static Doc commentColumn(SourcePosition source);

  Doc& operator+=(Doc other);
  Doc operator+(Doc other) const;

  bool empty() const;
  Kind kind() const;
  const std::string& content() const;
  const std::vector<Doc>& children() const;
  SourcePosition source() const;  // CommentColumn: where the comment began
  bool breaks() const;            // a hard break inside, or a forced-broken group

 private:
  struct Node;
  explicit Doc(std::shared_ptr<Node> node);
  std::shared_ptr<Node> node_;  // shared and never changed, except a Concat owned by one Doc
};

inline constexpr int kIndentWidth = 4;
inline constexpr int kLineWidth = 100;

// Lays the document out: new lines get the current indentation, lines never end in spaces.
std::string renderDoc(const Doc& doc, int width = kLineWidth);

}  // namespace initcheck::format
