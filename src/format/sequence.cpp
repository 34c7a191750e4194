// The run printer: one element per line, comments around them, blank lines kept (at most one).
#include "format/sequence.hpp"

#include <algorithm>

#include "format/nested_blocks.hpp"

namespace initcheck::format {

namespace {

// How a piece is separated from the one before it.
enum class Gap { None, Space, Line, Blank };

class SequencePrinter {
 public:
  explicit SequencePrinter(CommentPool& pool) : pool_(pool) {}

  Doc run(const std::vector<SequenceElement>& elements, SourceRange range,
          const std::vector<const ast::Comment*>& moved) {
    for (const ast::Comment* comment : moved)
      movedComment(*comment, 0);
    SourcePosition cursor = range.begin;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      SourcePosition next = i + 1 < elements.size() ? elements[i + 1].begin : range.end;
      cursor = element(elements[i], cursor, next);
    }
    for (const ast::Comment* comment : pool_.take({cursor, range.end})) {
      leadingComment(*comment);
    }
    return std::move(out_);
  }

 private:
  // Prints one element with its comments; returns where the comments after it start.
  SourcePosition element(const SequenceElement& element, SourcePosition cursor,
                         SourcePosition next) {
    for (const ast::Comment* comment : pool_.take({cursor, element.begin})) {
      leadingComment(*comment);
    }
    for (const ast::Comment* comment : pool_.take({element.begin, firstBlockStart(element)})) {
      movedComment(*comment, element.begin.line);
    }
    claimBetweenBlocks(element.blocks);
    bool join = lastJoinable_ && lastEndLine_ == element.begin.line && element.begin.isKnown();
    piece(element.print(), gapBefore(element.begin.line, join), element.end.line);
    lastWasComment_ = false;
    for (const ast::Comment* comment : pool_.take({lastBlockEnd(element), element.end})) {
      trailingComment(*comment);
    }
    for (const ast::Comment* comment : pool_.takeTrailing({element.end, next})) {
      trailingComment(*comment);
    }
    lastLineComment_ = false;
    return element.end.isKnown() ? element.end : cursor;
  }

  static SourcePosition firstBlockStart(const SequenceElement& element) {
    return element.blocks.empty() ? element.end : element.blocks.front()->position;
  }

  static SourcePosition lastBlockEnd(const SequenceElement& element) {
    return element.blocks.empty() ? element.end : blockRange(*element.blocks.back()).end;
  }

  // A comment between two blocks of an element opens the later block.
  void claimBetweenBlocks(const std::vector<const ast::Block*>& blocks) {
    for (std::size_t i = 1; i < blocks.size(); ++i) {
      pool_.claim(*blocks[i], blockRange(*blocks[i - 1]).end);
    }
  }

  // On its own line, or after the comment before it when the source had them on one line.
  void leadingComment(const ast::Comment& comment) {
    bool join = !comment.ownLine && lastWasComment_ && lastEndLine_ == comment.position.line;
    piece(commentDoc(comment), gapBefore(comment.position.line, join), commentEndLine(comment));
    lastWasComment_ = true;
    lastJoinable_ = isBlockComment(comment);
  }

  // A comment moved out of its place in the source to the element starting on `line`: on its
  // own line, no blank line after it.
  void movedComment(const ast::Comment& comment, std::uint32_t line) {
    piece(commentDoc(comment), gapBefore(line, false), 0);
    lastWasComment_ = true;
    noBlankNext_ = true;
  }

  // At the end of the element's last line; after a line comment, on the next line.
  void trailingComment(const ast::Comment& comment) {
    out_ += lastLineComment_ ? Doc::hardLine() : Doc::commentColumn(comment.position);
    out_ += commentDoc(comment);
    lastEndLine_ = std::max(lastEndLine_, commentEndLine(comment));
    lastWasComment_ = true;
    lastLineComment_ = !isBlockComment(comment);
  }

  Gap gapBefore(std::uint32_t line, bool join) const {
    if (out_.empty())
      return Gap::None;
    if (join)
      return Gap::Space;
    bool blank = !noBlankNext_ && lastEndLine_ != 0 && line != 0 && line > lastEndLine_ + 1;
    return blank ? Gap::Blank : Gap::Line;
  }

  void piece(Doc doc, Gap gap, std::uint32_t endLine) {
    if (gap == Gap::Space)
      out_ += Doc::text(" ");
    if (gap == Gap::Blank)
      out_ += Doc::hardLine();
    if (gap == Gap::Line || gap == Gap::Blank) {
      out_ += lastWasComment_ ? Doc::hardLine() : Doc::line();
    }
    out_ += std::move(doc);
    lastEndLine_ = endLine;
    lastJoinable_ = false;
    noBlankNext_ = false;
  }

  CommentPool& pool_;
  Doc out_;
  std::uint32_t lastEndLine_ = 0;  // the source line the last piece ended on (0: unknown)
  bool lastWasComment_ = false;    // the output line ends in a comment
  bool lastJoinable_ = false;      // ... in a block comment that code on its line may follow
  bool lastLineComment_ = false;   // ... in a line comment: nothing may follow on that line
  bool noBlankNext_ = false;       // after a moved comment
};

}  // namespace

Doc commentDoc(const ast::Comment& comment) {
  return Doc::text(commentText(comment)) + Doc::breakParent();
}

Doc printSequence(CommentPool& pool, const std::vector<SequenceElement>& elements,
                  SourceRange range, const std::vector<const ast::Comment*>& moved) {
  return SequencePrinter(pool).run(elements, range, moved);
}

}  // namespace initcheck::format
