// Prints the top-level items of a spec for `fmt`.
#pragma once

#include "format/comments.hpp"
#include "format/doc.hpp"
#include "parser/ast.hpp"

namespace initcheck::format {

// One item, without its comments.
Doc printItem(const ast::Item& item, CommentPool& pool);

}  // namespace initcheck::format
