// Comment placement for `fmt`: which comment goes where.
//
// Every comment of the file sits in one pool and is handed out exactly once, by position:
// to the statement or item before it on the same line (trailing), to the one after it
// (leading, on its own line), to the end of a block, or, when it sits inside a statement but
// outside the statement's nested blocks (inside an expression, between `}` and `else`, ...),
// to the nearest place that keeps the comments in source order (see sequence.hpp). A block
// may "claim" the comments between the previous block of its statement and its `{`.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "parser/ast.hpp"
#include "support/source_position.hpp"

namespace initcheck::format {

// A half-open source range [begin, end).
struct SourceRange {
  SourcePosition begin;
  SourcePosition end;

  bool contains(SourcePosition position) const { return begin <= position && position < end; }
};

// The line on which a comment ends (a block comment may span lines).
std::uint32_t commentEndLine(const ast::Comment& comment);

bool isBlockComment(const ast::Comment& comment);

// The text to print: a line comment loses trailing white space, a block comment is verbatim.
std::string commentText(const ast::Comment& comment);

class CommentPool {
 public:
  explicit CommentPool(const std::vector<ast::Comment>& comments);

  // Every comment not yet handed out with a position in `range`, in source order.
  std::vector<const ast::Comment*> take(SourceRange range);

  // The comments that trail something ending at `range.begin`: on that same line, not on a
  // line of their own, before `range.end`.
  std::vector<const ast::Comment*> takeTrailing(SourceRange range);

  // The leading run of own-line comments that starts at 1:1 (before a `spec` line).
  std::vector<const ast::Comment*> takeHeader();

  // The comments that trail the `spec` line, whose position the AST does not keep: the first
  // unhanded comments before `limit` while they are not on a line of their own.
  std::vector<const ast::Comment*> takeSpecTrailing(SourcePosition limit);

  // True when some comment (handed out or not) lies in `range`.
  bool anyIn(SourceRange range) const;

  // Lets `block` print the comments from `start` on (before its `{`) as its first ones.
  void claim(const ast::Block& block, SourcePosition start);
  // Where the comments of `block` start: its `{`, or what it claimed.
  SourcePosition claimStart(const ast::Block& block) const;

  // Whatever is left: a safety net so that no comment is ever dropped.
  std::vector<const ast::Comment*> takeRest();

 private:
  // The index of the first comment at or after `position`.
  std::size_t firstAt(SourcePosition position) const;

  std::vector<const ast::Comment*> comments_;
  std::vector<bool> used_;
  std::map<const ast::Block*, SourcePosition> claims_;
};

}  // namespace initcheck::format
