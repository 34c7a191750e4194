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
    case ast::TypeKind::Chan:
      return "chan(" + std::to_string(type.channelCapacity) + ")";
  }
  return "int";
}

std::string_view binaryOperatorText(ast::BinaryOperator op) {
  switch (op) {
    case ast::BinaryOperator::Or:
      return "||";
    case ast::BinaryOperator::And:
      return "&&";
    case ast::BinaryOperator::Equal:
      return "==";
    case ast::BinaryOperator::NotEqual:
      return "!=";
    case ast::BinaryOperator::Less:
      return "<";
    case ast::BinaryOperator::LessEqual:
      return "<=";
    case ast::BinaryOperator::Greater:
      return ">";
    case ast::BinaryOperator::GreaterEqual:
      return ">=";
    case ast::BinaryOperator::Add:
      return "+";
    case ast::BinaryOperator::Subtract:
      return "-";
    case ast::BinaryOperator::Multiply:
      return "*";
    case ast::BinaryOperator::Divide:
      return "/";
    case ast::BinaryOperator::Modulo:
      return "%";
  }
  return "+";
}

std::string_view unaryOperatorText(ast::UnaryOperator op) {
  return op == ast::UnaryOperator::Not ? "!" : "-";
}

std::string quoteString(std::string_view value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\')
      quoted += '\\';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace initcheck::format
