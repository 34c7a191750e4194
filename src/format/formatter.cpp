// `initcheck fmt`: prints a parsed spec in canonical layout, keeping every comment.
//
// The canonical layout (deterministic; every file in shared/conformance is a fixed point):
// - `spec "...";` first, followed by one blank line; items in source order, one per line.
// - 4-space indentation, one statement per line. Exactly one space around binary operators,
//   after commas, after `:` in declarations (`x: int`), around `->` and `=`; none inside
//   brackets or parentheses. `func[a, b](x: int) -> T { }`, `func() { }`, `@label stmt`,
//   `} else {` / `} else if c {` on the `}` line, `lo..hi` without spaces.
// - Parentheses exactly where the AST has Parenthesized nodes, plus wherever precedence
//   requires them in a hand-built tree (so the output always re-parses to the same tree).
// - Strings re-encoded with `\"` and `\\`.
// - Blank lines: one where the source had one or more between consecutive items, statements
//   or own-line comments; none at the start or end of a block, none at the end of the file.
// - Blocks: a block whose `{` and `}` were on one source line prints on one line
//   (`{ a; b; }`) when its line fits in 100 columns; otherwise (written over several lines,
//   too long, or containing a comment) one statement per line, `}` at the indentation of the
//   line that opened it. An empty block without comments is always `{ }`. Nothing else
//   breaks lines: a statement with no block to expand stays on one line, however long.
// - Comments, all kept and in source order: an own-line comment prints on its own line at the
//   indentation of the statement or item that follows it (before a `}`: at the indentation
//   of the block's statements). A comment that followed code on its line stays at the end of
//   that line (after `{` too); a block comment followed by code on its line stays before the
//   code. A comment inside a statement but outside its nested blocks (inside an expression,
//   between `}` and `else`, ...) moves to the nearest statement boundary that keeps the
//   order: its own line before the statement when it precedes the statement's first nested
//   block, the end of the statement's last line when it follows the last one, otherwise the
//   start of the next nested block. Line comments lose trailing white space; block comments
//   keep their text verbatim. Trailing comments that started in one column on consecutive
//   source lines, and land on consecutive lines of one indentation, are padded to one column
//   (Doc::commentColumn); every other trailing comment is one space after its code.
// - Before `spec`: the own-line comments that start the file at 1:1 (one per following line)
//   stay before the `spec` line, which follows them directly; the AST has no position for
//   the `spec` line, so the other comments go after it.
// - The output ends with exactly one newline.
#include "format/formatter.hpp"
#include "parser/ast_names.hpp"

#include <limits>

#include "format/comments.hpp"
#include "format/doc.hpp"
#include "format/item_printer.hpp"
#include "format/nested_blocks.hpp"
#include "format/sequence.hpp"
#include "format/tokens.hpp"

namespace initcheck {

namespace {

using format::CommentPool;
using format::Doc;

constexpr SourcePosition kEndOfFile{std::numeric_limits<std::uint32_t>::max(),
                                    std::numeric_limits<std::uint32_t>::max()};

SourcePosition firstItemPosition(const ast::File& file) {
  return file.items.empty() ? kEndOfFile : file.items.front().position;
}

// The header comments, then `spec "...";` with its trailing comments.
Doc printTitle(const ast::File& file, CommentPool& pool) {
  Doc doc;
  for (const ast::Comment* comment : pool.takeHeader()) {
    doc += format::commentDoc(*comment) + Doc::hardLine();
  }
  doc += Doc::text("spec " + ast::quotedStringLiteral(*file.title) + ";");
  for (const ast::Comment* comment : pool.takeSpecTrailing(firstItemPosition(file))) {
    doc += Doc::commentColumn(comment->position) + format::commentDoc(*comment);
  }
  return doc;
}

Doc printItems(const ast::File& file, CommentPool& pool) {
  std::vector<format::SequenceElement> elements;
  for (const ast::Item& item : file.items) {
    elements.push_back({item.position, item.end, format::nestedBlocks(item),
                        [&item, &pool] { return format::printItem(item, pool); }});
  }
  return format::printSequence(pool, elements, {SourcePosition{}, kEndOfFile});
}

// Comments that no rule placed (possible only with positions a parser would not produce).
void appendLeftovers(Doc& doc, CommentPool& pool) {
  for (const ast::Comment* comment : pool.takeRest()) {
    if (!doc.empty())
      doc += Doc::hardLine();
    doc += format::commentDoc(*comment);
  }
}

std::string withOneFinalNewline(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.pop_back();
  return text + '\n';
}

}  // namespace

std::string formatFile(const ast::File& file) {
  CommentPool pool(file.comments);
  Doc doc = file.title ? printTitle(file, pool) : Doc();
  Doc items = printItems(file, pool);
  if (!doc.empty() && !items.empty())
    doc += Doc::hardLine() + Doc::hardLine();
  doc += items;
  appendLeftovers(doc, pool);
  return withOneFinalNewline(format::renderDoc(doc));
}

}  // namespace initcheck
