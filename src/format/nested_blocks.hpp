// The blocks directly inside a statement or item (bodies, branches, closure bodies in its
// expressions), in source order. Comments inside them belong to those blocks; the rest of a
// statement's comments are "loose" (see sequence.hpp).
#pragma once

#include <vector>

#include "format/comments.hpp"
#include "parser/ast.hpp"

namespace initcheck::format {

// The range from a block's `{` to just past its `}`.
SourceRange blockRange(const ast::Block& block);

std::vector<const ast::Block*> nestedBlocks(const ast::Stmt& stmt);
std::vector<const ast::Block*> nestedBlocks(const ast::Item& item);

}  // namespace initcheck::format
