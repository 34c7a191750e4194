// Scalar globals of one type (see declared_globals.hpp).
#include "repair/declared_globals.hpp"

#include <variant>

namespace initcheck {

std::vector<const ast::GlobalDecl*> scalarGlobals(const ast::File& file, ast::TypeKind kind) {
  std::vector<const ast::GlobalDecl*> globals;
  for (const ast::Item& item : file.items) {
    const auto* global = std::get_if<ast::GlobalDecl>(&item.node);
    if (global != nullptr && !global->arrayLength && global->type.kind == kind)
      globals.push_back(global);
  }
  return globals;
}

std::vector<const ast::GlobalDecl*> flagGlobals(const ast::File& file) {
  std::vector<const ast::GlobalDecl*> flags = scalarGlobals(file, ast::TypeKind::Bool);
  for (const ast::GlobalDecl* global : scalarGlobals(file, ast::TypeKind::Int))
    flags.push_back(global);
  return flags;
}

}  // namespace initcheck
