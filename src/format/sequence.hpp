// Lays out a run of items (a file) or statements (a block) with their comments and the blank
// lines between them.
#pragma once

#include <functional>
#include <vector>

#include "format/comments.hpp"
#include "format/doc.hpp"

namespace initcheck::format {

// One item or statement of a run.
struct SequenceElement {
  SourcePosition begin;                   // first character
  SourcePosition end;                     // just past the last character
  std::vector<const ast::Block*> blocks;  // nested blocks (nestedBlocks), in source order
  std::function<Doc()> print;             // the element itself, without comments
};

// Prints the elements one per line (separated by Doc::line(), so a flat block keeps them on
// one line), each with its leading and trailing comments, then the comments left before
// `range.end`. Keeps one blank line where the source had one or more; none before the first
// or after the last piece. Returns an empty Doc when there is nothing to print. `moved`
// comments (claimed by a block, see CommentPool::claim) come first, each on its own line.
//
// The comments inside an element but outside its nested blocks ("loose") move so that every
// comment keeps its place in source order: those before the first nested block (or all of
// them, without blocks) go on their own lines before the element, those after the last
// block trail the element's last line, and those between two blocks open the later block.
Doc printSequence(CommentPool& pool, const std::vector<SequenceElement>& elements,
                  SourceRange range, const std::vector<const ast::Comment*>& moved = {});

// A comment as printed: its text, breaking the enclosing groups.
Doc commentDoc(const ast::Comment& comment);

}  // namespace initcheck::format
