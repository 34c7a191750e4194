// Prints blocks and statements for `fmt`.
#pragma once

#include <vector>

#include "format/comments.hpp"
#include "format/doc.hpp"
#include "parser/ast.hpp"

namespace initcheck::format {

// `{ }`, `{ a; b; }` (a block the source wrote on one line, while it fits) or one statement
// per line, with the block's comments.
Doc printBlock(const ast::Block& block, CommentPool& pool);

// One statement, `@label` included, without its comments.
Doc printStmt(const ast::Stmt& stmt, CommentPool& pool);

}  // namespace initcheck::format
