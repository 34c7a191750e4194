// Resynchronisation after a syntax error: where the parser resumes so that the rest of the
// file is still checked, with one error per broken statement or item and no cascade.
//
// Statements resume after the next `;` at the same nesting, before the `}` that closes the
// block, or after a block that ends a compound statement. When the error sits at the end of a
// line and the next line starts like a statement, the parser resumes right there instead (the
// usual case of a forgotten `;`). Items resume at the next token that starts an item.
#pragma once

#include <cstddef>

#include "parser/lexer.hpp"

namespace initcheck::parser {

// Whether token `index` begins a top-level item. Within braces (`insideBraces`), `var`,
// `func NAME` and `init func` count only at column 1, since they may be misplaced statements.
bool startsItem(const LexedSource& lexed, std::size_t index, bool insideBraces);

// Whether token `index` can begin a statement.
bool startsStatement(const LexedSource& lexed, std::size_t index);

// The offset to resume at after a statement broken at offset `from`.
std::size_t resumeAfterStatement(const LexedSource& lexed, std::size_t from);

// The offset to resume at after an item broken at offset `from` (which must lie past the
// item's first token, so that the item's own keyword is not taken for the next item).
std::size_t resumeAfterItem(const LexedSource& lexed, std::size_t from);

}  // namespace initcheck::parser
