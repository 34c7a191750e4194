// Token spellings for `fmt` (LANGUAGE.md section 1-2).
#include "format/tokens.hpp"

namespace initcheck::format {

std::string typeText(const ast::Type& type) {
  switch (type.kind) {
    case ast::TypeKind::Int:
      return "int";
    case ast::TypeKind::Bool:
      return "bool";
    case ast::TypeKind::String:
      return "string";
    case ast::TypeKind::List:
      return "list";
    case ast::TypeKind::Func:
      return "func";
    case ast::TypeKind::Once:
      return "once";
    case ast::TypeKind::Mutex:
      return "mutex";
    case ast::TypeKind::WaitGroup:
      return "waitgroup";
    case ast::TypeKind::RwMutex:
      return "rwmutex";
    case ast::TypeKind::RMutex:
      return "rmutex";
    case ast::TypeKind::Cond:
      return "cond";
    case ast::TypeKind::Chan:
      return "chan(" + std::to_string(type.channelCapacity) + ")";
  }
  return "int";
}

}  // namespace initcheck::format
